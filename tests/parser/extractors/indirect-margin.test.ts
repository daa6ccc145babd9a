import { describe, expect, it } from 'vitest';
import { said } from './test-single-case.ts';

describe('a contrast with an attribution of its own is a second report', () => {
  it('ends before "while" + a subject and its cue', () =>
    expect(said('In the new survey, 57 percent of voters see the mayor negatively while 61 percent say the same of her rival.')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ speaker: '57 percent', quote: 'the mayor negatively', kind: 'indirect' }),
        expect.objectContaining({ speaker: '61 percent', quote: 'the same of her rival', kind: 'indirect' }),
      ]),
    ));

  it('keeps a "while" clause with no attribution', () =>
    expect(said('Senator Ruth Kell said the harbor would grow while the mill shrank.').map((s) => s.quote)).toContain('the harbor would grow while the mill shrank'));
});

describe('a coordinated cue takes the subject of the last verb before it, past an opening phrase', () => {
  it('crosses the comma of an opening phrase', () =>
    expect(said('After a long hearing, the county board voted in private and rejected the new tax plan.')).toContainEqual(
      expect.objectContaining({ speaker: 'county board', quote: 'the new tax plan', kind: 'indirect' }),
    ));

  it('takes the verb of the clause the cue is coordinated with', () =>
    expect(said('That forecast seemed right when the zoning board report was finalized and denied the request for a new mall.')).toContainEqual(
      expect.objectContaining({ quote: 'the request for a new mall', kind: 'indirect' }),
    ));

  it('finds no subject across a colon', () =>
    expect(said('The lesson is simple: Leading with respect, embracing failure and learning from it are what matters.')).toEqual([]));
});

describe('a relative clause closing an appositive ends at its comma', () => {
  it('stops the content at the comma after "a … who had backed X"', () =>
    expect(said('The fund raised $9,000 from Ann Lee, a Denver dentist who had previously backed Tom Reyes, and $4,000 from a union.')).toContainEqual(
      expect.objectContaining({ quote: 'Tom Reyes', kind: 'indirect' }),
    ));
});

describe('a reported clause of a main-clause cue after an opening adverbial clause runs past its commas', () => {
  it.each([
    ['When the hearing ended, Senator Ruth Kell said the budget was fair, and would pass by spring.', 'the budget was fair, and would pass by spring'],
    ['Unless the port reopens soon, analysts think that at least two mills will close, possibly all four.', 'at least two mills will close, possibly all four'],
  ])('%s', (body, quote) => expect(said(body).map((s) => s.quote)).toContain(quote));

  it('still ends a noun-phrase object at its comma', () =>
    expect(said('After the storm passed, most residents opposed the plan, 59 to 28 percent.').map((s) => s.quote)).toContain('the plan'));
});

describe('what an expressed feeling is about is the content', () => {
  it.each([
    ['Several council members have expressed deep misgivings about Tom Reyes.', 'Tom Reyes'],
    ['Mayor Lena Ortiz voiced displeasure with the port board.', 'the port board'],
    ['Ann Lee voiced confidence that the board would agree.', 'that the board would agree'],
  ])('%s', (body, quote) => expect(said(body)).toContainEqual(expect.objectContaining({ quote, kind: 'indirect' })));

  it('keeps the feeling as the content when no topic follows', () =>
    expect(said('Senator Ruth Kell expressed frustration in a long statement.').map((s) => s.quote)).not.toContain('a long statement'));
});

describe('a lone adverb after a cue is no content', () => {
  it.each(['Mayor Lena Ortiz responded first.', 'Senator Ruth Kell responded angrily.', 'Voters will think twice.'])('%s', (body) => expect(said(body)).toEqual([]));

  it('keeps a one-word answer', () => expect(said('Most residents said yes.').map((s) => s.quote)).toContain('yes'));
});
