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
