import type { ParseContext } from '../context.ts';
import type { Candidate } from '../extractors/types.ts';

/** Drops candidates in headline or boilerplate paragraphs, a second reading of one cue, and repeats of the same content. */
export function dedupe(ctx: ParseContext, candidates: readonly Candidate[]): Candidate[] {
  const byCue = new Set<number>();
  const bySpan = new Set<string>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const sentence = ctx.sentences[c.sentence];
    if (!sentence || ctx.headlines.has(sentence.paragraph)) continue;
    if (byCue.has(c.cueStart)) continue;
    const key = c.spans.map(([s, e]) => `${s}-${e}`).join(',');
    if (bySpan.has(key)) continue;
    byCue.add(c.cueStart);
    bySpan.add(key);
    out.push(c);
  }
  return out;
}
