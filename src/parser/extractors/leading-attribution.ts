import type { ParseContext, SentenceInfo } from '../context.ts';
import { subjectBefore } from '../mentions.ts';
import { contentStart, isTrailingRemainder } from './clause.ts';
import { classify, regionAt, trimSpan, type Candidate, type SpanPair } from './types.ts';

/** "X said (that) …", "X told Y …", "X said: “…”", "X called for …": the content follows the cue. */
export function leadingAttribution(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (const cue of s.cues) {
    if (cue.according) continue;
    const mention = subjectBefore(tokens, cue.i, ctx.text);
    if (!mention) continue;
    const k = contentStart(tokens, cue);
    const opensQuote = (tokens[k]?.quote ?? -1) >= 0 || (tokens[k + 1]?.quote ?? -1) >= 0;
    const endsInColon = tokens.slice(k).every((t) => t.text === ':' || t.text === '.');
    if (!opensQuote && (endsInColon || isTrailingRemainder(tokens, cue.j))) {
      const colon = colonQuote(ctx, s);
      if (colon) out.push({ spans: [colon], cue: cue.text, cueStart: cue.start, kind: 'direct', mention, sentence: s.index, source: 'colon-next-paragraph' });
      continue;
    }
    if (cue.strength === 'weak' && tokens[cue.i - 1]?.text === ',') continue;
    if (cue.strength === 'trailing' && !opensQuote && tokens[k - 1]?.lower !== 'that') continue;
    const first = tokens[k];
    if (!first) continue;
    const span = trimSpan(ctx.text, first.start, contentEnd(ctx, s, cue.j));
    if (!span) continue;
    const { kind, region } = classify(ctx, span[0], span[1]);
    const spans: SpanPair[] = region ? [[region.start, region.end]] : [span];
    out.push({ spans, cue: cue.text, cueStart: cue.start, kind, mention, sentence: s.index, source: 'leading' });
  }
  return out;
}

/** End of the content: the sentence end, or the comma before a later trailing attribution (", UNN reports"). */
function contentEnd(ctx: ParseContext, s: SentenceInfo, from: number): number {
  for (const other of s.cues) {
    if (other.i < from || other.according) continue;
    const m = subjectBefore(s.tokens, other.i, ctx.text);
    const before = m ? s.tokens[m.from - 1] : s.tokens[other.i - 1];
    if (before && before.text === ',' && isTrailingRemainder(s.tokens, other.j, true) && (m || other.i > from + 2)) return before.start;
  }
  return s.end;
}

/** "He said:" closing a paragraph, the quotation opening the next one. */
function colonQuote(ctx: ParseContext, s: SentenceInfo): SpanPair | null {
  if (!/:\s*$/.test(ctx.text.slice(s.start, s.end))) return null;
  const next = ctx.paragraphs[s.paragraph + 1];
  if (!next) return null;
  const region = ctx.quotes[regionAt(ctx, next.start)];
  if (region?.open !== next.start) return null;
  return [region.start, region.end];
}
