import { describe, expect, it } from 'vitest';
import { expectOne, statementsOf } from './test-single-case.ts';

describe('a poll that places a candidate ("puts", "gave", "had … leading")', () => {
  it.each([
    ['The Harbour Times tracking poll puts the mayor’s approval at 41 percent.', 'the mayor’s approval at 41 percent', 'puts'],
    ['A March survey by Quint Research gave Ann Lee a six-point lead in the north.', 'Ann Lee a six-point lead in the north', 'gave'],
    ['An October poll by the Coast Institute had Ann Lee leading Tom Hart by 48 percent to 40 percent.', 'Ann Lee leading Tom Hart by 48 percent to 40 percent', 'had'],
  ])('%s', (body, quote, cue) => expectOne(body, { quote, cue, kind: 'indirect' }));

  it('finds the poll before a relative "that showed"', () =>
    expectOne('The new count comes after surveys by the Coast Institute that showed Ann Lee gaining in the north.', {
      quote: 'Ann Lee gaining in the north',
      cue: 'showed',
    }));

  it('reads "has" only before a person, never "has a margin of error"', () =>
    expect(statementsOf('The Coast Institute poll has a margin of error of four points.')).toHaveLength(0));

  it('reads no passive "can be found"', () => expect(statementsOf('The full poll can be found online.')).toHaveLength(0));
});

describe('an opening "In the … poll," frames the clause after it', () => {
  it('takes the clause as the poll’s reading', () =>
    expectOne('In the latest Harbour Times poll, the mayor’s lead over Tom Hart narrowed to four points.', {
      quote: 'the mayor’s lead over Tom Hart narrowed to four points',
      kind: 'indirect',
    }));

  it('skips the poll’s own particulars', () =>
    expectOne('In the new Coast Institute poll, conducted May 2-4, 40 percent of likely voters would pick Ann Lee.', {
      quote: '40 percent of likely voters would pick Ann Lee',
    }));

  it('leaves a clause with its own speech cue to that cue', () =>
    expectOne('In a recent Coast Institute poll, 60 percent of residents said the ferry was too slow.', {
      cue: 'said',
      quote: 'the ferry was too slow',
    }));

  it('needs a poll, not any opening phrase', () => expect(statementsOf('In the harbour district, the ferry stopped running at noon.')).toHaveLength(0));
});
