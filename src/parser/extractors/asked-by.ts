import type { ParseContext, SentenceInfo } from '../context.ts';
import { AFTER_CUE } from '../lexicon/people.ts';
import { npStartingAt } from '../mentions.ts';
import { clauseEnd } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Words that open the question itself ("whether …", "why …", "about …", "to …"). */
const QUESTION = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which', 'about', 'to']);
const STOPS = new Set([...QUESTION, 'on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'after', 'before']);
const TIME_LEADS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier']);

/** "Sanders was asked by host John Dickerson whether …", "When asked by The Times if …": the asker's question. */
export function askedBy(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let a = 0; a < tokens.length - 3; a++) {
    const asked = tokens[a];
    if (!asked || asked.quote >= 0 || asked.lower !== 'asked') continue;
    let b = a + 1;
    if (/ly$/.test(tokens[b]?.lower ?? '')) b++;
    if (tokens[b]?.lower !== 'by') continue;
    const mention = npStartingAt(tokens, b + 1, ctx.text, STOPS);
    if (!mention) continue;
    let q = mention.to;
    // "asked by Ingraham on Thursday about …": a time phrase may sit before the question.
    if (TIME_LEADS.has(tokens[q]?.lower ?? '')) q += 2;
    while (AFTER_CUE.has(tokens[q]?.lower ?? '')) q++;
    const first = tokens[q];
    if (!first || first.quote >= 0 || !QUESTION.has(first.lower)) continue;
    const content = contentBetween(ctx, first.start, clauseEnd(s, q));
    if (!content) continue;
    out.push({ ...content, cue: asked.text, cueStart: asked.start, mention, sentence: s.index, source: 'asked-by' });
  }
  return out;
}
