import { describe, expect, it } from 'vitest';
import { expectStatements, statementsOf } from '../extractors/test-single-case.ts';

describe('a direct quotation swallowed by another statement', () => {
  it('ends the outer content before the clause that attributes the quotation', () =>
    expectStatements('Speaking on WXYZ’s morning show while discussing a report about the storm damage to the docks, Governor Ann Lee said “the pier will be rebuilt by spring.”', [
      { speaker: 'WXYZ', kind: 'indirect', quote: 'while discussing a report about the storm damage to the docks' },
      { speaker: 'Ann Lee', kind: 'direct', cue: 'said', quote: 'the pier will be rebuilt by spring.' },
    ]));

  it('drops a parenthetical rest that is another speaker’s quotation', () =>
    expectStatements('As the crowd cheered the mayor on Tuesday night, the Gazette’s Tom Reyes reported, her husband whispered to her: “They are still with you.”', [
      { speaker: 'Tom Reyes', quote: 'As the crowd cheered the mayor on Tuesday night' },
      { speaker: 'husband', kind: 'direct', cue: 'whispered', quote: 'They are still with you.' },
    ]));

  it('keeps a depicted speaker inside the outer statement when no clause opens at the speaker', () => {
    const quotes = statementsOf('The film shows Ben Cole wanting to stay at the pier and depicts one of the sailors asking, “Why are we still here?”').map((s) => s.quote);
    expect(quotes).toEqual(['Ben Cole wanting to stay at the pier and depicts one of the sailors asking, “Why are we still here?”']);
  });
});

describe('a quotation resumed after a sentence about the speaker', () => {
  it('joins the resumed quotation to the speaker’s quotation, not to the sentence in between', () =>
    expectStatements('“The pier is safe,” said Ann Lee, a spokeswoman for the harbor board, which manages the docks. A sailor for 20 years, she plans to vote for the levy. “We need the money.”', [
      { speaker: 'Ann Lee', kind: 'direct', cue: 'said', quote: 'The pier is safe, … We need the money.' },
      { speaker: 'Ann Lee', kind: 'indirect', quote: 'to vote for the levy' },
    ]));
});

describe('trailing cues without a said', () => {
  it('reads “…,” she went on', () =>
    expectStatements('Mayor Ann Lee spoke on Monday.\n\n“We will rebuild the pier, and we will do it this year,” she went on.', [
      { speaker: 'Ann Lee', kind: 'direct', cue: 'went on', quote: 'We will rebuild the pier, and we will do it this year,' },
    ]));

  it('reads a cue with two joined manner adverbs before the quotation', () => {
    const found = statementsOf('Lincoln spoke in 1865. He concluded so simply and memorably, "With patience toward all ... let us finish the work we are in."');
    expect(found).toMatchObject([{ kind: 'direct', cue: 'concluded', quote: 'With patience toward all ... let us finish the work we are in.' }]);
  });
});

describe('a quotation before a sentence-initial attribution', () => {
  it('gives the quotation to “She tweeted when …”, not to the previous statement', () =>
    expectStatements('Ann Lee wrote a long post about the pier on Monday. “Too late?” She tweeted when the council closed the vote on Friday with a nod to the old pier, remarking, “Thank you all.”', [
      { speaker: 'Ann Lee', cue: 'wrote', kind: 'indirect', quote: 'a long post about the pier on Monday' },
      { speaker: 'Ann Lee', cue: 'tweeted', kind: 'direct', quote: 'Too late?' },
      { speaker: 'Ann Lee', cue: 'remarking', kind: 'direct', quote: 'Thank you all.' },
    ]));

  it('hands the next quotation to “going on to …”', () =>
    expectStatements('“We will rebuild the pier,” Ann Lee said, going on to compare the plan with the one of her rival. “So I would simply say to the voters: look at the numbers.”', [
      { speaker: 'Ann Lee', cue: 'said', kind: 'direct', quote: 'We will rebuild the pier,' },
      { speaker: 'Ann Lee', cue: 'going on', kind: 'mixed', quote: 'to compare the plan with the one of her rival … So I would simply say to the voters: look at the numbers.' },
    ]));
});
