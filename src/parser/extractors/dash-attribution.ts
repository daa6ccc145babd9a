import type { ParseContext, SentenceInfo } from '../context.ts';
import { subjectBefore } from '../mentions.ts';
import { commentAfterDash } from './clause-asides.ts';
import { isTrailingRemainder } from './clause.ts';
import { trimSpan, type Candidate } from './types.ts';

const DASHES = new Set(['-', '\u2013', '\u2014']);

/** A paragraph of unquoted speech closed by "- X emphasized." / "– he said.": the paragraph is the speaker's words. */
export function dashAttribution(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const paragraph = ctx.paragraphs[s.paragraph];
  if (!paragraph || s.end !== paragraph.end) return [];
  const out: Candidate[] = [];
  for (const cue of s.cues) {
    if (cue.according || !isTrailingRemainder(s.tokens, cue.j)) continue;
    const mention = subjectBefore(s.tokens, cue.i, ctx.text);
    const dash = mention ? s.tokens[mention.from - 1] : undefined;
    if (!mention || !dash || !DASHES.has(dash.text)) continue;
    // "… was never unsafe - a claim the inspectors dispute": the reporter's comment on what was said, not its speaker.
    if (commentAfterDash(s.tokens, mention.from)) continue;
    const span = trimSpan(ctx.text, paragraph.start, dash.start);
    if (!span) continue;
    out.push({ spans: [span], cue: cue.text, cueStart: cue.start, kind: 'direct', mention, sentence: s.index, source: 'dash' });
  }
  return out;
}
