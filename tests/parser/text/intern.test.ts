import { describe, expect, it } from 'vitest';
import { internAscii } from '../../../src/parser/text/intern.ts';
import { findDoubleQuotes } from '../../../src/parser/text/quotes.ts';
import { splitParagraphs, splitSentences } from '../../../src/parser/text/segments.ts';
import { tokenize } from '../../../src/parser/text/tokens.ts';

describe('internAscii', () => {
  // A curly mark makes V8 store the text as two-byte; the token strings must read the same anyway.
  const text = '“Said Mr. Lee,” SAID the Mayor’s aide; ﬁne café.';

  it('reads the stretch, lower-cased on request, one shared string per content', () => {
    const said = text.indexOf('Said');
    expect(internAscii(text, said, said + 4, false)).toBe('Said');
    expect(internAscii(text, said, said + 4, true)).toBe('said');
    const upper = text.indexOf('SAID');
    expect(internAscii(text, upper, upper + 4, true)).toBe(internAscii('said', 0, 4, false));
  });

  it('leaves non-ASCII stretches and very long ones to the caller', () => {
    const cafe = text.indexOf('café');
    expect(internAscii(text, cafe, cafe + 4, false)).toBeUndefined();
    expect(internAscii('x'.repeat(41), 0, 41, false)).toBeUndefined();
  });

  it('gives tokens the text and lower-case forms a slice would', () => {
    const tokens = tokenize(text, 0, text.length, []);
    for (const t of tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.lower).toBe(t.text.toLowerCase());
    }
    expect(tokens.map((t) => t.text)).toContain('Mr.');
  });
});

describe('splitSentences', () => {
  it('ends a sentence at a quotation that closes on a full stop, and never inside one', () => {
    const text = 'Lee said “We will win. They will lose.” Then she left. “Go home,” he said! Done.';
    const [p] = splitParagraphs(text, 0);
    if (!p) throw new Error('no paragraph');
    const quotes = findDoubleQuotes(text, [p]);
    const sentences = splitSentences(text, p, 0, quotes).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['Lee said “We will win. They will lose.”', 'Then she left.', '“Go home,” he said!', 'Done.']);
  });
});
