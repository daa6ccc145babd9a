import type { QuoteRegion } from './quotes.ts';
import { internAscii, internAsciiPair, internChar, internedLower } from './intern.ts';
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

/**
 * Tokens are what /[\p{L}\p{N}]+(?:[.'\u2019\-&][\p{L}\p{N}]+)*|''|``|\S/gu matches: runs of letters and
 * digits joined by . ' ’ - & (and a number's thousands comma: "24,000"), a doubled '' or ``, or any other
 * non-space character. The scanner below reads them without the expression, answering ASCII characters
 * by their codes.
 */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;
const SPACE_AT = /\s/uy;
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

/** Length in code units of the letter or digit at `i`, or 0 when the character there is neither. */
export function letterOrDigitAt(s: string, i: number): number {
  return letterOrDigitBefore(s, i, s.length);
}

/** letterOrDigitAt for a character that must also lie before `limit`. */
function letterOrDigitBefore(s: string, i: number, limit: number): number {
  if (i >= limit) return 0;
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  // A second half of a surrogate pair starts no letter: the sticky expression would step back to its first half.
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  LETTER_OR_DIGIT_AT.lastIndex = i;
  // A letter of two code units must end by `limit` as well (the text past it is not the sentence's).
  return LETTER_OR_DIGIT_AT.test(s) && LETTER_OR_DIGIT_AT.lastIndex <= limit ? LETTER_OR_DIGIT_AT.lastIndex - i : 0;
}

function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  SPACE_AT.lastIndex = i;
  return SPACE_AT.test(s);
}

/** . ' ’ - & join letters and digits into one token. */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x26;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** True at the comma of a number's thousands group ("$24,000", "1,250,000"): digits before it, exactly three digits after. */
function thousandsComma(s: string, start: number, j: number, limit: number): boolean {
  if (j + 4 > limit) return false;
  if (s.charCodeAt(j) !== 0x2c || !isDigit(s.charCodeAt(start)) || !isDigit(s.charCodeAt(j - 1))) return false;
  if (!isDigit(s.charCodeAt(j + 1)) || !isDigit(s.charCodeAt(j + 2)) || !isDigit(s.charCodeAt(j + 3))) return false;
  return j + 4 >= limit || letterOrDigitBefore(s, j + 4, limit) === 0;
}

/** End of the token starting at `i` (which is not a space), reading no further than `limit`. */
function tokenEnd(s: string, i: number, limit: number): number {
  let n = letterOrDigitBefore(s, i, limit);
  if (n > 0) {
    let j = i + n;
    for (;;) {
      while ((n = letterOrDigitBefore(s, j, limit)) > 0) j += n;
      if (thousandsComma(s, i, j, limit)) {
        j += 4;
        continue;
      }
      if (j >= limit || !isJoiner(s.charCodeAt(j)) || letterOrDigitBefore(s, j + 1, limit) === 0) return j;
      j += 1;
    }
  }
  if (i + 1 >= limit) return i + 1;
  const c = s.charCodeAt(i);
  if ((c === 0x27 || c === 0x60) && s.charCodeAt(i + 1) === c) return i + 2;
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * Tokenises [start, end) of `text`; a word keeps a following period when it looks like an abbreviation or initial.
 * Reads `text` in place rather than a slice of it, and interns each ASCII token and its lower-case form in one pass.
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly QuoteRegion[]): Token[] {
  const out: Token[] = [];
  let q = lowerBound(quotes, start + 1, (r) => r.close);
  for (let i = start; i < end; ) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    const s = i;
    const j = tokenEnd(text, i, end);
    const interned = internAsciiPair(text, i, j);
    let t: string;
    let lower: string | undefined;
    if (interned !== undefined) {
      t = interned;
      lower = internedLower();
    } else if (j === i + 1) {
      ({ text: t, lower } = internChar(text, i));
    } else t = text.slice(i, j);
    i = j;
    const word = startsWord(t);
    if (word && j < end && text.charCodeAt(j) === 0x2e && ABBREV_DOT.test(t) && isTitleLike(t)) {
      t += '.';
      i++;
      lower = internAscii(text, s, i, true);
    }
    while (q < quotes.length && (quotes[q]?.close ?? 0) <= s) q++;
    const region = quotes[q];
    const inQuote = region !== undefined && region.start <= s && s < region.end ? q : -1;
    out.push({ text: t, lower: lower ?? t.toLowerCase(), start: s, end: s + t.length, quote: inQuote, word, cap: word && startsUpper(t) });
  }
  return out;
}

const DOTTED = new Set('mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr rev hon sens reps govs gens pres supt det'.split(' '));

function isTitleLike(word: string): boolean {
  return word.length === 1 || word.includes('.') || DOTTED.has(word.toLowerCase());
}
