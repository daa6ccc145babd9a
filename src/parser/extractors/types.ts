import type { Kind } from '../../domain/statement.ts';
import type { ParseContext, SentenceInfo } from '../context.ts';
import type { Mention } from '../mentions.ts';
import type { QuoteRegion } from '../text/quotes.ts';
import { lowerBound } from '../text/search.ts';

export type SpanPair = [number, number];

/** A statement before speaker resolution: where its content lies, its cue and the speaker as written. */
export interface Candidate {
  spans: SpanPair[];
  cue: string;
  cueStart: number;
  kind: Kind;
  /** Null when the speaker is the subject of the sentence's other attribution ("…, adding that …"). */
  mention: Mention | null;
  sentence: number;
  source: string;
}

export type Extractor = (ctx: ParseContext, sentence: SentenceInfo) => Candidate[];

const TRIM_LEFT = /[\s,:;\u2014\u2013-]/;
const TRIM_RIGHT = /[\s,;:.\u2014\u2013-]/;

/** Trims spaces and punctuation at both ends of [start, end); null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): SpanPair | null {
  let s = start;
  let e = end;
  while (s < e && TRIM_LEFT.test(text[s] ?? '')) s++;
  while (e > s && TRIM_RIGHT.test(text[e - 1] ?? '')) e--;
  // An unbalanced bracket belongs to the reporter's parenthesis, not to the content.
  if (text[s] === '(' && !text.slice(s, e).includes(')')) s++;
  if (text[e - 1] === ')' && !text.slice(s, e).includes('(')) e--;
  return e - s >= 2 ? [s, e] : null;
}

// Keys for the binary searches, made once rather than a closure per call (these run for every cue and content).
const endAfter = (r: QuoteRegion): number => r.end + 1;
const openOf = (r: QuoteRegion): number => r.open;

/** The quote regions overlapping [start, end). */
export function regionsIn(ctx: ParseContext, start: number, end: number): QuoteRegion[] {
  const out: QuoteRegion[] = [];
  for (let i = Math.max(0, lowerBound(ctx.quotes, start, endAfter) - 1); i < ctx.quotes.length; i++) {
    const r = ctx.quotes[i];
    if (!r || r.start >= end) break;
    if (r.end > start) out.push(r);
  }
  return out;
}

const MARKS = /[\s"'\u201c\u201d\u2018\u2019\u00ab\u00bb,.;:!?\u2014\u2013-]/;

/** Whether every character of `s` is a space or punctuation mark (read by code point, without an array of them). */
function onlyMarks(s: string): boolean {
  for (const c of s) if (!MARKS.test(c)) return false;
  return true;
}

/** Direct when the content is one quotation, mixed when it holds quoted words, indirect otherwise. */
export function classify(ctx: ParseContext, start: number, end: number): { kind: Kind; region?: QuoteRegion } {
  const regions = regionsIn(ctx, start, end);
  if (!regions.length) return { kind: 'indirect' };
  const first = regions[0];
  if (regions.length === 1 && first) {
    const before = ctx.text.slice(start, first.start);
    const after = ctx.text.slice(first.end, end);
    if (onlyMarks(before) && onlyMarks(after)) return { kind: 'direct', region: first };
  }
  return { kind: 'mixed' };
}

/** A trimmed content span as a candidate's spans and kind: a content that is one quotation is the text inside its marks. */
export function asContent(ctx: ParseContext, span: SpanPair): { spans: SpanPair[]; kind: Kind } {
  const { kind, region } = classify(ctx, span[0], span[1]);
  return { kind, spans: region ? [[region.start, region.end]] : [span] };
}

/** The content [start, end), trimmed and read as `asContent` reads it; null when nothing is left. */
export function contentBetween(ctx: ParseContext, start: number, end: number): { spans: SpanPair[]; kind: Kind } | null {
  const span = trimSpan(ctx.text, start, end);
  return span ? asContent(ctx, span) : null;
}

/** Index of the quote region whose text covers `offset`, or -1. */
export function regionAt(ctx: ParseContext, offset: number): number {
  const i = lowerBound(ctx.quotes, offset + 1, openOf) - 1;
  const r = ctx.quotes[i];
  return r && offset < Math.max(r.close, r.end) ? i : -1;
}
