import type { ParseContext } from '../context.ts';
import type { Candidate } from '../extractors/types.ts';

/** Drops candidates in headline or boilerplate paragraphs, a second reading of one cue, and repeats of the same content. */
export function dedupe(ctx: ParseContext, candidates: readonly Candidate[]): Candidate[] {
  const byCue = new Set<number>();
  const bySpan = new Set<number | string>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const sentence = ctx.sentences[c.sentence];
    if (!sentence || ctx.headlines.has(sentence.paragraph)) continue;
    if (byCue.has(c.cueStart)) continue;
    const key = spanKey(c.spans);
    if (bySpan.has(key)) continue;
    byCue.add(c.cueStart);
    bySpan.add(key);
    out.push(c);
  }
  return out;
}

/** A key equal for equal span lists: a number for one span (most candidates), a string for several. */
function spanKey(spans: Candidate['spans']): number | string {
  const only = spans.length === 1 ? spans[0] : undefined;
  // With both offsets below 2^26, start · 2^26 + end is exact and tells every pair apart.
  if (only && only[0] < SPAN_BASE && only[1] < SPAN_BASE) return only[0] * SPAN_BASE + only[1];
  return spans.map(([s, e]) => `${s}-${e}`).join(',');
}

const SPAN_BASE = 2 ** 26;
