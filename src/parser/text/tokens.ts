import type { QuoteRegion } from './quotes.ts';
import { lowerBound } from './search.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the quote region holding the token, or -1. */
  quote: number;
  word: boolean;
  cap: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[.'\u2019\-&][\p{L}\p{N}]+)*|''|``|\S/gu;
const ABBREV_DOT = /^(?:\p{Lu}|\p{Lu}[\p{Ll}]{0,3}|(?:\p{L}\.)+\p{L})$/u;
const STARTS_WORD = /^[\p{L}\p{N}]/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Whether a token starts with a letter or digit: ASCII answered without an expression, the hot case. */
function startsWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return STARTS_WORD.test(t);
}

function startsUpper(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : STARTS_UPPER.test(t);
}

/** Tokenises [start, end) of `text`; a word keeps a following period when it looks like an abbreviation or initial. */
export function tokenize(text: string, start: number, end: number, quotes: readonly QuoteRegion[]): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(start, end);
  let q = lowerBound(quotes, start + 1, (r) => r.close);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let t = m[0];
    const s = start + m.index;
    const word = startsWord(t);
    if (word && slice[m.index + t.length] === '.' && ABBREV_DOT.test(t) && isTitleLike(t)) {
      t += '.';
      TOKEN.lastIndex++;
    }
    while (q < quotes.length && (quotes[q]?.close ?? 0) <= s) q++;
    const region = quotes[q];
    const inQuote = region !== undefined && region.start <= s && s < region.end ? q : -1;
    out.push({ text: t, lower: t.toLowerCase(), start: s, end: s + t.length, quote: inQuote, word, cap: word && startsUpper(t) });
  }
  return out;
}

const DOTTED = new Set('mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr rev hon sens reps govs gens pres supt det'.split(' '));

function isTitleLike(word: string): boolean {
  return word.length === 1 || word.includes('.') || DOTTED.has(word.toLowerCase());
}
