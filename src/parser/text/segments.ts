import type { QuoteRegion } from './quotes.ts';
import { wordSet } from '../lexicon/word-set.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** Non-blank lines of the body, trimmed; every line break ends a paragraph. */
export function splitParagraphs(text: string, bodyStart: number): Span[] {
  const out: Span[] = [];
  let i = bodyStart;
  while (i < text.length) {
    let nl = text.indexOf('\n', i);
    if (nl < 0) nl = text.length;
    let s = i;
    let e = nl;
    while (s < e && isSpace(text, s)) s++;
    while (e > s && isSpace(text, e - 1)) e--;
    if (e > s) out.push({ start: s, end: e });
    i = nl + 1;
  }
  return out;
}

const ABBREVIATIONS = wordSet(
  'mr mrs ms dr prof sen rep gov gen lt col sgt capt cmdr adm maj st jr sr inc corp co ltd vs no nos jan feb mar apr ' +
  'jun jul aug sep sept oct nov dec mt ft rev hon gens reps sens govs est dept univ assn bros pres supt det ave blvd ' +
  'fig approx cf al etc op ed'
);
const STARTERS = new Set('he she it they we i the a an but and in this that there these those his her their so yet still however meanwhile'.split(' '));

/** /\s/ at `k`, ASCII answered by its code. */
function isSpace(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 0x80 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : /\s/.test(text[k] ?? '');
}

/** /[\p{L}.]/u at `k` (a lone half of a surrogate pair is neither), ASCII answered by its code. */
function isLetterOrDot(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c >= 0x80) return /[\p{L}.]/u.test(text[k] ?? '');
  const l = c | 0x20;
  return c === 0x2e || (l >= 0x61 && l <= 0x7a);
}

/** True when the period at `dot` ends an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number, next: string): boolean {
  let s = dot;
  while (s > 0 && dot - s < 30 && isLetterOrDot(text, s - 1)) s--;
  const word = text.slice(s, dot);
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !STARTERS.has(next.toLowerCase());
  return ABBREVIATIONS.has(word.toLowerCase());
}

const STOP_MARK = /[.!?\u2026]/g;

/** Splits a paragraph into sentences, never inside a quotation, tolerating abbreviations and initials. */
export function splitSentences(text: string, paragraph: Span, index: number, quotes: readonly QuoteRegion[]): Sentence[] {
  const out: Sentence[] = [];
  let start = paragraph.start;
  let q = firstQuoteFrom(quotes, paragraph.start);
  // The closing mark of quotes[q], the first quotation not closed before i: besides . ! ? … the only character that may end a sentence.
  let mark = lastMarkOf(quotes[q]);
  // The next . ! ? … at or after i, found by the expression engine (Infinity when none is left).
  const body = text.slice(paragraph.start, paragraph.end);
  let punct = -1;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    if (i > mark) {
      while (q < quotes.length && (quotes[q]?.close ?? 0) <= i) q++;
      mark = lastMarkOf(quotes[q]);
    }
    if (punct < i) {
      STOP_MARK.lastIndex = i - paragraph.start;
      punct = STOP_MARK.test(body) ? paragraph.start + STOP_MARK.lastIndex - 1 : Infinity;
    }
    // Only those characters and a quotation's closing mark can end a sentence: go to the nearer one.
    i = Math.min(punct, mark);
    if (i >= paragraph.end) break;
    const c = text.charCodeAt(i);
    const region = quotes[q];
    const inside = region !== undefined && region.open <= i && i < region.close;
    let boundary = -1;
    if (!inside && (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026)) {
      let j = i + 1;
      while (j < paragraph.end && /[)\]\u201d\u2019"'.]/.test(text[j] ?? '')) j++;
      boundary = j;
    } else if (inside && region.closed && i === region.close - 1 && /[.!?\u2026]/.test(text[region.end - 1] ?? '')) {
      boundary = i + 1;
    }
    if (boundary < 0 || boundary >= paragraph.end) continue;
    if (!isSpace(text, boundary)) continue;
    let k = boundary;
    while (k < paragraph.end && isSpace(text, k)) k++;
    const nextChar = text[k] ?? '';
    if (!/[\p{Lu}\p{N}\u201c"'\u2018(\u2014-]/u.test(nextChar)) continue;
    if (c === 0x2e && !inside && isAbbreviation(text, i, /^[\p{L}]+/u.exec(text.slice(k, k + 20))?.[0] ?? '')) continue;
    out.push({ start, end: boundary, paragraph: index });
    start = k;
    i = k - 1;
  }
  if (start < paragraph.end) out.push({ start, end: paragraph.end, paragraph: index });
  return out;
}

function lastMarkOf(region: QuoteRegion | undefined): number {
  return region ? region.close - 1 : Infinity;
}

function firstQuoteFrom(quotes: readonly QuoteRegion[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid]?.close ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
