import { describe, expect, it } from 'vitest';
import { findCues } from '../../../src/parser/extractors/cues.ts';
import { tokenize } from '../../../src/parser/text/tokens.ts';

/** findCues passes over words that open no cue before its lexicon lookups: each kind of opening word must still be read. */
describe('findCues opening words', () => {
  it.each([
    ['According to the mayor, the bridge opens in May.', 'According to'],
    ['The mayor made it clear that the bridge opens in May.', 'made it clear'],
    ['The mayor spoke warmly of the new bridge.', 'spoke warmly of'],
    ['The mayor seemed to suggest that the bridge opens in May.', 'seemed to suggest'],
    ['The mayor pointed out that the bridge opens in May.', 'pointed out'],
    ['The mayor said the bridge opens in May.', 'said'],
    ['The mayor praised the crews, warning that the storm season had begun.', 'warning'],
  ])('%s', (sentence, cue) => {
    const cues = findCues(tokenize(sentence, 0, sentence.length, [])).map((c) => sentence.slice(c.start, c.end));
    expect(cues).toContain(cue);
  });
});
