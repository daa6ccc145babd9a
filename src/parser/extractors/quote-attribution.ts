import type { ParseContext, SentenceInfo } from '../context.ts';
import { npStartingAt } from '../mentions.ts';
import type { Candidate } from './types.ts';

const STOPS = new Set(['said', 'says', 'told', 'on', 'in', 'at', 'as', 'when', 'while', 'after', 'before', 'to', 'of', 'that', 'who', 'which', 'and', 'but']);
const VERB = /^\p{Ll}+(?:ed|s)$/u;

/** '“…,” the man shouted': a quotation closed by a comma and followed by a subject and any past or present verb. */
export function quoteAttribution(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let k = 1; k < tokens.length; k++) {
    const mark = tokens[k];
    const prev = tokens[k - 1];
    if (!mark || !prev || mark.quote >= 0 || prev.quote < 0 || !/^(?:[\u201d"]|'')$/.test(mark.text)) continue;
    const region = ctx.quotes[prev.quote];
    if (!region || !/[,?!]/.test(ctx.text[region.end - 1] ?? '')) continue;
    const np = npStartingAt(tokens, k + 1, ctx.text, STOPS);
    if (!np || np.to - np.from > 6) continue;
    const verb = tokens[np.to];
    if (!verb || verb.quote >= 0 || !VERB.test(verb.text) || verb.lower.endsWith('ss')) continue;
    out.push({ spans: [[region.start, region.end]], cue: verb.text, cueStart: verb.start, kind: 'direct', mention: np, sentence: s.index, source: 'quote-attribution' });
  }
  return out;
}
