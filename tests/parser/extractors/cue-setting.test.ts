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

describe('cue words inside noun idioms', () => {
  it('reads "a radio show", "think tank" and "showed up" as no cue', () => {
    expect(said('The mayor went on a local radio show to defend the budget.')).toEqual([]);
    expect(said('A conservative think tank published the figures.')).toEqual([]);
    expect(said('The senator never showed up for the vote.')).toEqual([]);
  });

  it('still reads "the game shows that …"-style verbs after other nouns', () =>
    expect(said('Footage from the game shows the crowd was calm.')).toEqual([
      { speaker: 'Footage from the game', quote: 'the crowd was calm', kind: 'indirect' },
    ]));
});
