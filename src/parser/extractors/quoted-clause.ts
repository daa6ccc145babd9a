import type { SentenceInfo } from '../context.ts';

/** 'The bridge, built in a year, "will carry twice the traffic," she said': unquoted words of the same clause open the content before the quotation. */
export function leadsIntoQuote(s: SentenceInfo, from: number, open: number): boolean {
  if (open <= from) return false;
  const words = s.tokens.filter((t) => t.start >= from && t.end <= open);
  const last = words.at(-1);
  if (!last || /^[:(\u2014\u2013-]$/.test(last.text)) return false;
  return words.some((t) => t.word) && !words.some((t) => t.quote >= 0) && !s.cues.some((c) => c.start >= from && c.end <= open);
}
