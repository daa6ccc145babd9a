import type { Span } from './segments.ts';

/** A stretch of quoted text; `start`/`end` exclude the marks. */
export interface QuoteRegion {
  open: number;
  start: number;
  end: number;
  /** Offset just after the closing mark, or `end` when the quote runs to the paragraph end unclosed. */
  close: number;
  closed: boolean;
  /** Index of the region in the previous paragraph that this one continues (the mark is reopened). */
  continues?: number;
}

const OPEN_CURLY = new Set(['\u201c', '\u201e', '\u00ab']);
const CLOSE_CURLY = new Set(['\u201d', '\u00bb']);
const SINGLE_OPEN = new Set(['\u2018', "'"]);
const SINGLE_CLOSE = new Set(['\u2019', "'"]);

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Double quotation marks: curly, straight, or two apostrophes or backticks. The marks are found by the
 * expression engine rather than by reading every character in script, which before the parser is
 * optimised (a build's first articles) costs far more than the few marks found.
 */
const DOUBLE_MARK = /[\u201c\u201e\u00ab\u201d\u00bb"]|''|``/g;
const SINGLE_MARK = /['\u2018\u2019]/g;

/** Finds double-quoted regions per paragraph in one linear pass; unclosed quotes end with their paragraph. */
export function findDoubleQuotes(text: string, paragraphs: readonly Span[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let lastOfPrevious = -1;
  for (const p of paragraphs) {
    let openAt = -1;
    let startAt = -1;
    let first = true;
    const body = text.slice(p.start, p.end);
    DOUBLE_MARK.lastIndex = 0;
    for (let m = DOUBLE_MARK.exec(body); m; m = DOUBLE_MARK.exec(body)) {
      const i = p.start + m.index;
      const w = m[0].length;
      const ch = text[i] ?? '';
      const opening = OPEN_CURLY.has(ch) || (!CLOSE_CURLY.has(ch) && openAt < 0);
      if (openAt >= 0 && !OPEN_CURLY.has(ch)) {
        regions.push({ open: openAt, start: startAt, end: i, close: i + w, closed: true, ...(first && p.start === openAt && lastOfPrevious >= 0 ? { continues: lastOfPrevious } : {}) });
        first = false;
        openAt = -1;
      } else if (opening) {
        if (openAt >= 0) {
          regions.push({ open: openAt, start: startAt, end: trimEnd(text, openAt, i), close: trimEnd(text, openAt, i), closed: false });
          first = false;
        }
        openAt = i;
        startAt = i + w;
      }
    }
    const unclosedPrev = lastOfPrevious >= 0;
    if (openAt >= 0) {
      const end = trimEnd(text, openAt, p.end);
      regions.push({ open: openAt, start: startAt, end, close: end, closed: false, ...(first && openAt === p.start && unclosedPrev ? { continues: lastOfPrevious } : {}) });
      lastOfPrevious = regions.length - 1;
    } else {
      lastOfPrevious = -1;
    }
  }
  return regions;
}

function trimEnd(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Finds single-quoted regions (‘…’) outside double quotes; apostrophes inside words are not marks. */
export function findSingleQuotes(text: string, paragraphs: readonly Span[], doubles: readonly QuoteRegion[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let d = 0;
  for (const p of paragraphs) {
    let openAt = -1;
    const body = text.slice(p.start, p.end);
    SINGLE_MARK.lastIndex = 0;
    // Only ‘ ’ and ' can be single marks: the expression finds them, then the double quotes are looked at.
    for (let m = SINGLE_MARK.exec(body); m; m = SINGLE_MARK.exec(body)) {
      const i = p.start + m.index;
      while (d < doubles.length && (doubles[d]?.close ?? 0) <= i) d++;
      if (d < doubles.length && (doubles[d]?.open ?? Infinity) <= i) continue;
      const ch = text[i] ?? '';
      if (ch === "'" && text[i + 1] === "'") {
        SINGLE_MARK.lastIndex = m.index + 2;
        continue;
      }
      const before = text[i - 1];
      const after = text[i + 1];
      if (openAt < 0 && SINGLE_OPEN.has(ch) && !isWordChar(before) && isWordChar(after)) openAt = i;
      else if (openAt >= 0 && SINGLE_CLOSE.has(ch) && !isWordChar(after) && before !== ' ') {
        regions.push({ open: openAt, start: openAt + 1, end: i, close: i + 1, closed: true });
        openAt = -1;
      }
    }
  }
  return regions;
}
