import type { ParseContext, SentenceInfo } from '../context.ts';
import { npStartingAt } from '../mentions.ts';
import { clauseStart } from './trailing-lead.ts';
import { classify, trimSpan, type Candidate, type SpanPair } from './types.ts';

/** A nominal source: determined ("the fire department"), plural people or a document ("officials", "court records"). */
const SOURCE = /^(?:the|a|an|his|her|their|its|our|this|these|those|one|two|three|several|many|some|most|multiple|people|someone|somebody)\b|(?:s|data|research)$|^[a-z]+s (?:familiar|close|involved|briefed|with)\b/i;
const STOPS = new Set(['that', 'which', 'who', 'on', 'in', 'at', 'during', 'when', 'while', 'after', 'released', 'published', 'conducted', 'obtained', 'seen', 'cited', 'filed', 'issued', 'last', 'this', 'earlier']);

/** "According to X, …" and "…, according to X": the rest of the sentence is X's content. */
export function accordingTo(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, start, end } = s;
  for (const cue of s.cues) {
    if (!cue.according) continue;
    const mention = npStartingAt(tokens, cue.j, ctx.text, STOPS);
    if (!mention || (mention.form === 'nominal' && !SOURCE.test(mention.text))) continue;
    let afterNp = mention.to;
    while (afterNp < tokens.length && tokens[afterNp]?.text !== ',' && !/^[.!?]$/.test(tokens[afterNp]?.text ?? '')) afterNp++;
    const restStart = tokens[afterNp + 1]?.start ?? end;
    const spans: SpanPair[] = [];
    const before = trimSpan(ctx.text, clauseStart(tokens, cue.i, start), cue.start);
    const appositive = before !== null && /^(?:the|a|an)$/i.test(tokens[afterNp + 1]?.text ?? '');
    const rest = tokens[afterNp]?.text === ',' && !appositive ? trimSpan(ctx.text, restStart, end) : null;
    if (before) spans.push(before);
    if (rest) spans.push(rest);
    if (!spans.length) continue;
    const { kind } = classify(ctx, spans[0]?.[0] ?? start, spans.at(-1)?.[1] ?? end);
    out.push({ spans, cue: cue.text, cueStart: cue.start, kind: kind === 'direct' ? 'mixed' : kind, mention, sentence: s.index, source: 'according-to' });
  }
  return out;
}
