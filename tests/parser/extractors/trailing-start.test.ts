import { describe, expect, it } from 'vitest';
import { said } from './test-single-case.ts';

describe('where a trailing attribution’s content starts', () => {
  it('keeps a contrastive "while" clause in the content', () =>
    expect(said('While the mill has cut jobs for a decade, the town can now attract new employers, local officials said.')).toEqual([
      { speaker: 'local officials', quote: 'While the mill has cut jobs for a decade, the town can now attract new employers', kind: 'indirect' },
    ]));

  it('keeps a condition in the content', () =>
    expect(said('If elected, Nora Vance would be the first governor from the valley, historian Paul Erwin said.')).toEqual([
      { speaker: 'Paul Erwin', quote: 'If elected, Nora Vance would be the first governor from the valley', kind: 'indirect' },
    ]));

  it('leaves a concessive opener to the reporter', () =>
    expect(said('Although the storm has passed, the roads will stay closed until Friday, the county engineer said.')).toEqual([
      { speaker: 'county engineer', quote: 'the roads will stay closed until Friday', kind: 'indirect' },
    ]));

  it('reads the clause after an introductory phrase and a parenthetical attribution', () =>
    expect(said('In the late 1980s, Ms. Lopez said, when she was making $20,000 a year, a manager invited her to dinner.')).toEqual([
      { speaker: 'Lopez', quote: 'when she was making $20,000 a year, a manager invited her to dinner', kind: 'indirect' },
    ]));
});

describe('trailing content across sentences, asides and appositives', () => {
  it('takes in the previous sentence when the content opens with "And"', () =>
    expect(said('Ida Moss is a strategist. At first, there was pressure on the mayor to enter the race early. And now there is some worry that the budget gets too little attention, she said.')).toEqual([
      { speaker: 'Ida Moss', quote: 'At first, there was pressure on the mayor to enter the race early. And now there is some worry that the budget gets too little attention', kind: 'indirect' },
    ]));

  it('resumes the content after a dash aside holding its own attribution', () =>
    expect(said('Nurses learn to read a ward - several nurses said they know which doctors to avoid - and build a set of habits, Dana Reyes said.').at(-1)).toEqual({
      speaker: 'Dana Reyes',
      quote: 'and build a set of habits',
      kind: 'indirect',
    }));

  it('leaves the appositive of an inverted speaker out of the content', () =>
    expect(said('The county will need a new bridge within ten years, said Omar Haddad, director of the Harbor Institute at the state university.')).toEqual([
      { speaker: 'Omar Haddad', quote: 'The county will need a new bridge within ten years', kind: 'indirect' },
    ]));

  it('reads the clause that resumes after an inverted speaker and appositive', () =>
    expect(said('The irony of the plan, says Paul Erwin, a historian at the city museum, is that it was drafted by its critics.')).toEqual([
      { speaker: 'Paul Erwin', quote: 'The irony of the plan … is that it was drafted by its critics', kind: 'indirect' },
    ]));
});

describe('which cue a trailing content belongs to', () => {
  it('lets a trailing "she and another reporter said" win over an attempt inside the content', () =>
    expect(said('On Tuesday, the campaign manager, Al Brown, yanked the arm of a reporter as she tried to ask the candidate about taxes, she and another reporter said.')[0]).toEqual({
      speaker: 'she and another reporter',
      quote: 'On Tuesday, the campaign manager, Al Brown, yanked the arm of a reporter as she tried to ask the candidate about taxes',
      kind: 'indirect',
    }));

  it('reads "people close to" and "someone in attendance" as according-to sources', () => {
    expect(said('The mayor was holding a meeting and told aides that she saw the rival as a threat, according to someone in attendance.')).toEqual([
      expect.objectContaining({ quote: 'The mayor was holding a meeting and told aides that she saw the rival as a threat' }),
    ]);
    expect(said('The aides were angry at the coverage, according to people close to the mayor.')).toEqual([
      expect.objectContaining({ quote: 'The aides were angry at the coverage' }),
    ]);
  });
});

describe('the clause that resumes after a parenthetical attribution', () => {
  it('keeps a second clause joined by "and" or "because"', () => {
    expect(said('The library opened the reading room in May, she said, and it has hosted six events since then.')[0]).toEqual(
      expect.objectContaining({ quote: 'The library opened the reading room in May … and it has hosted six events since then', kind: 'indirect' }),
    );
    expect(said('He is leaning toward the mayor, he said, because he values experience in a crisis.')[0]).toEqual(
      expect.objectContaining({ quote: 'He is leaning toward the mayor … because he values experience in a crisis', kind: 'indirect' }),
    );
  });

  it('stops before "and" that opens another act of the speaker', () =>
    expect(said('The bridge is safe, the engineer said, and added that repairs would start soon.')[0]).toEqual(
      expect.objectContaining({ quote: 'The bridge is safe', kind: 'indirect' }),
    ));
});

describe('a gerund subject after a parenthetical attribution', () => {
  it('reads "replacing the mayor would be …" as the rest of the report', () =>
    expect(said('That vote was easy, he said, replacing the mayor would be much harder.')[0]).toEqual(
      expect.objectContaining({ quote: 'That vote was easy … replacing the mayor would be much harder', kind: 'indirect' }),
    ));

  it('still leaves a trailing participle out', () =>
    expect(said('The bridge is safe, the engineer said, adding that repairs would start soon.')[0]).toEqual(
      expect.objectContaining({ quote: 'The bridge is safe' }),
    ));
});

describe("a reporter's comment after a dash is no attribution", () => {
  it('keeps the speaker of "said" when "- a claim the inspectors dispute" follows', () =>
    expect(said('Ann Pike said the bridge was never unsafe - a claim the inspectors dispute.')).toEqual([
      { speaker: 'Ann Pike', quote: 'the bridge was never unsafe', kind: 'indirect' },
    ]));

  it('gives a paragraph closed by "— a claim … dispute" no speaker, while "— a spokeswoman said" still is one', () => {
    expect(said('The bridge was never unsafe — a claim the inspectors dispute.')).toEqual([]);
    expect(said('The bridge was never unsafe — a spokeswoman for the county said.')).toEqual([
      { speaker: 'spokeswoman for county', quote: 'The bridge was never unsafe', kind: 'direct' },
    ]);
  });
});

describe('a quotation inside an opening "asked" clause', () => {
  it('is the question, so the answer after the cue is the content', () =>
    expect(said('Asked whether the mayor "has the integrity to serve," 75 percent of residents said yes.')).toEqual([
      { speaker: '75 percent', quote: 'yes', kind: 'indirect' },
    ]));

  it('still gives a quotation after the clause\'s comma to the speaker', () =>
    expect(said('Asked about the vote, "We will win," she said.')).toEqual([{ speaker: 'she', quote: 'We will win,', kind: 'direct' }]));
});
