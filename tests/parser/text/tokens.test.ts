import { describe, expect, it } from 'vitest';
import type { QuoteRegion } from '../../../src/parser/text/quotes.ts';
import { tokenize } from '../../../src/parser/text/tokens.ts';

/** The tokeniser as an expression (a number also keeps its thousands commas); the scanner must cut text exactly where it does. */
const TOKEN = /[0-9][\p{L}\p{N}]*(?:[.'\u2019\-&][\p{L}\p{N}]+|(?<=[0-9]),[0-9]{3}(?![\p{L}\p{N}]))*|[\p{L}\p{N}]+(?:[.'\u2019\-&][\p{L}\p{N}]+)*|''|``|\S/gu;
const ABBREV_DOT = /^(?:\p{Lu}|\p{Lu}[\p{Ll}]{0,3}|(?:\p{L}\.)+\p{L})$/u;
const DOTTED = new Set('mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr rev hon sens reps govs gens pres supt det'.split(' '));

function reference(text: string): { text: string; start: number; word: boolean; cap: boolean }[] {
  const out: { text: string; start: number; word: boolean; cap: boolean }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    const word = /^[\p{L}\p{N}]/u.test(t);
    if (word && text[m.index + t.length] === '.' && ABBREV_DOT.test(t) && (t.length === 1 || t.includes('.') || DOTTED.has(t.toLowerCase()))) {
      t += '.';
      TOKEN.lastIndex++;
    }
    out.push({ text: t, start: m.index, word, cap: word && /^\p{Lu}/u.test(t) });
  }
  return out;
}

const NONE: QuoteRegion[] = [];
const cut = (text: string) => tokenize(text, 0, text.length, NONE).map((t) => ({ text: t.text, start: t.start, word: t.word, cap: t.cap }));

describe('tokenize', () => {
  it.each([
    'Mr. Smith of the U.S. Senate said: “We’re not done.”',
    "rock''n roll, ``quoted'' and it's co-operate & AT&T; 3.5% of $2,000.",
    'Gen. Li, Sen.Ortiz and J. R. R. Tolkien met St. Louis officials on Jan. 5.',
    'Émile Zoë Ørsted, İstanbul, ſtate, \u212Aelvin, naïve café—no…',
    'Astral 𝐀𝐁c and 😀 emoji, lone \ud800 and \udc00 surrogates, a\u0301 combining',
    'Spaces:\u00a0nbsp\u2003em\u3000ideographic\ufeffbom\u2028line\tTab\r\nend',
    "Trailing joiners: word. word' word- word& word’ 'lead -lead .lead",
  ])('cuts %s where the expression did', (text) => expect(cut(text)).toEqual(reference(text)));

  it('cuts random mixtures of letters, marks, joiners and spaces where the expression did', () => {
    const pieces = ['a', 'Z', '7', 'é', 'Ö', 'ß', '𝐀', '😀', '\u0301', '.', "'", '\u2019', '-', '&', '`', '"', ' ', '\u00a0', '\n', ',', ':', '\ud800', '\udc00', 'Mr', 'St', 'U', 'Sen'];
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed / 2 ** 32;
    };
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(next() * 30);
      for (let k = 0; k < len; k++) text += pieces[Math.floor(next() * pieces.length)];
      expect(cut(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('keeps a number with thousands commas as one token, but not a list of numbers', () => {
    expect(cut('earning $24,000 a year, 1,250,000 votes, 2012,2016 and 3,14').map((t) => t.text)).toEqual(
      ['earning', '$', '24,000', 'a', 'year', ',', '1,250,000', 'votes', ',', '2012', ',', '2016', 'and', '3', ',', '14'],
    );
  });

  it('keeps offsets into the whole text for a range', () => {
    const text = 'Before. Mr. Lee said so. After.';
    expect(tokenize(text, 8, 24, NONE).map((t) => [t.text, t.start, t.end])).toEqual([
      ['Mr.', 8, 11],
      ['Lee', 12, 15],
      ['said', 16, 20],
      ['so', 21, 23],
      ['.', 23, 24],
    ]);
  });
});
