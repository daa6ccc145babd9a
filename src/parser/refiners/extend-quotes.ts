import type { ParseContext } from '../context.ts';
import type { Candidate, SpanPair } from '../extractors/types.ts';

/** Grows a direct quotation over the quoted sentences that follow it without an attribution of their own,
 * and over paragraphs that reopen the quotation mark. */
export function extendQuotes(ctx: ParseContext, candidates: readonly Candidate[]): Candidate[] {
  const claimed = new Set<number>();
  for (const c of candidates) for (const [s] of c.spans) claimed.add(s);
  return candidates.map((c) => {
    if (c.kind !== 'direct') return c;
    const spans: SpanPair[] = [...c.spans];
    let r = ctx.quotes.findIndex((q) => q.start === spans.at(-1)?.[0]);
    while (r >= 0) {
      const region = ctx.quotes[r];
      const nextIndex = r + 1;
      const next = ctx.quotes[nextIndex];
      if (!region || !next || claimed.has(next.start)) break;
      const continues = next.continues === r;
      const sentence = ctx.sentences.find((s) => s.start === next.open);
      const sameParagraph = sentence && ctx.sentences[sentence.index - 1] && isBetweenOwn(ctx, region.close, next.open, c);
      const pure = sentence && sentence.cues.length === 0 && sentence.end <= next.close + 1;
      if (!(continues || (sameParagraph && pure))) break;
      spans.push([next.start, next.end]);
      claimed.add(next.start);
      r = nextIndex;
    }
    return spans.length === c.spans.length ? c : { ...c, spans };
  });
}

/** True when the text between two quotations of one paragraph is only this candidate's own attribution. */
function isBetweenOwn(ctx: ParseContext, from: number, to: number, c: Candidate): boolean {
  const between = ctx.text.slice(from, to);
  if (between.includes('\n')) return false;
  if (!/\p{L}/u.test(between)) return true;
  return c.cueStart >= from && c.cueStart < to;
}
