import { describe, expect, it } from 'vitest';
import { said } from './test-single-case.ts';

describe('passive cues and settings before a quotation', () => {
  it('reads "was also endorsed … by X" as a passive: X endorsed the subject, who endorsed nothing', () =>
    expect(said('The mayor was also endorsed the day before by Gov. Ann Reyes.')).toEqual([
      { speaker: 'Ann Reyes', quote: 'The mayor', kind: 'indirect' },
    ]));

  it('gives the quotation after a setting of up to six words to the cue ("declared in the town hall foyer, “…”")', () =>
    expect(said('The council won the backing of a rival, from Ann Reyes, who declared in the town hall foyer, “It is time to unite.”')).toEqual([
      { speaker: 'Ann Reyes', quote: 'It is time to unite.', kind: 'direct' },
    ]));
});
