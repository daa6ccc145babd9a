import { describe, expect, it } from 'vitest';
import { internAscii, internAsciiPair, internedLower } from '../../../src/parser/text/intern.ts';
import { buildContext } from '../../../src/parser/context.ts';
import type { Candidate } from '../../../src/parser/extractors/types.ts';
import { dedupe } from '../../../src/parser/refiners/dedupe.ts';
import type { QuoteRegion } from '../../../src/parser/text/quotes.ts';
import { tokenize } from '../../../src/parser/text/tokens.ts';
import { loadLexicon } from '../../fixtures/load.ts';

const NONE: QuoteRegion[] = [];

describe('tokenize over a stretch of a longer text', () => {
  // Reading the text in place must stop where a slice would end: inside a word, a joiner, a doubled mark or a surrogate pair.
  const text = "Gov. Lee's co-op said ``no'' to 𝐀𝐁c and AT&T. “We’re done,” Mr. Ortiz said.";
  const seen = (t: { text: string; lower: string; start: number; end: number }, shift: number) => ({ text: t.text, lower: t.lower, start: t.start + shift, end: t.end + shift });

  it('reads the same tokens as tokenising the slice, wherever the stretch starts and ends', () => {
    for (let a = 0; a < text.length; a += 3) {
      for (let b = a; b <= text.length; b++) {
        const inPlace = tokenize(text, a, b, NONE).map((t) => seen(t, 0));
        const sliced = tokenize(text.slice(a, b), 0, b - a, NONE).map((t) => seen(t, a));
        expect(inPlace).toEqual(sliced);
      }
    }
  });
});

describe('internAsciiPair', () => {
  it('gives the word as written and its lower-case form, the strings internAscii gives', () => {
    const text = '“Said Mr. Lee,” said the MAYOR’s aide; café.';
    for (const word of ['Said', 'said', 'MAYOR', 'Lee']) {
      const at = text.indexOf(word);
      expect(internAsciiPair(text, at, at + word.length)).toBe(internAscii(text, at, at + word.length, false));
      expect(internedLower()).toBe(internAscii(text, at, at + word.length, true));
    }
    const cafe = text.indexOf('café');
    expect(internAsciiPair(text, cafe, cafe + 4)).toBeUndefined();
  });
});

describe('dedupe keys', () => {
  const text = ' date 2024-01-01\nLee said the plan works. Kim said the plan works too.';
  const ctx = buildContext(text, 17, loadLexicon());
  const c = (spans: [number, number][], cueStart: number): Candidate => ({ spans, cue: 'said', cueStart, kind: 'indirect', mention: null, sentence: 0, source: 'test' });

  it('drops a repeat of the same span or spans, keeps spans that differ by one offset', () => {
    const kept = dedupe(ctx, [c([[30, 40]], 1), c([[30, 40]], 2), c([[30, 41]], 3), c([[30, 40], [50, 60]], 4), c([[30, 40], [50, 60]], 5), c([[31, 40]], 6)]);
    expect(kept.map((k) => k.cueStart)).toEqual([1, 3, 4, 6]);
  });
});
