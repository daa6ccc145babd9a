import type { ParseContext, SentenceInfo } from '../context.ts';
import { subjectBefore } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { clauseInitialSubject } from './predicate.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Bare verbs of preference a counted group holds ("19 percent of students support Clinton", "44 percent would back Trump"). */
const PREFERENCE = new Set(['support', 'back', 'favor', 'favour', 'oppose', 'prefer', 'want', 'trust', 'distrust', 'approve', 'disapprove']);
/** Words that make the subject a counted share of people. */
const COUNTED = /^(?:\d[\d.,]*%?|percent|majority|majorities|half|third|thirds|quarter|quarters|plurality)$/;
const CLAUSE_START = new Set([',', ';', ':', 'while', 'but', 'and', 'whereas', 'compared']);
const CONTENT_STOPS = new Set([',', ';', ':', 'while', 'but', 'whereas', 'compared', 'according', 'in', 'among', 'from']);

/** Index where the clause holding token `v` begins. */
function clauseStart(tokens: readonly Token[], v: number): number {
  let k = v - 1;
  while (k >= 0 && !CLAUSE_START.has(tokens[k]?.lower ?? '')) k--;
  return k + 1;
}

/** "About two-thirds of Republican voters support a ban …", "44 percent would back Trump": a counted group's preference, as polls report it. */
export function groupStance(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let v = 2; v < tokens.length - 1; v++) {
    const verb = tokens[v];
    if (!verb || verb.quote >= 0 || verb.cap || !PREFERENCE.has(verb.lower)) continue;
    const from = clauseStart(tokens, v);
    if (!tokens.slice(from, v).some((t) => COUNTED.test(t.lower))) continue;
    const prev = tokens[v - 1]?.lower ?? '';
    if (['the', 'a', 'an', 'their', 'his', 'her', 'its', 'of', 'for', 'to', 'with', 'percent'].includes(prev)) continue;
    const k = verb.lower.endsWith('approve') ? v + 2 : v + 1;
    if (verb.lower.endsWith('approve') && tokens[v + 1]?.lower !== 'of') continue;
    const first = tokens[k];
    if (!first || !first.word || first.quote >= 0 || CONTENT_STOPS.has(first.lower)) continue;
    let e = k;
    while (e + 1 < tokens.length && tokens[e + 1]?.quote === -1 && !CONTENT_STOPS.has(tokens[e + 1]?.lower ?? '') && tokens[e + 1]?.text !== '.') e++;
    const last = tokens[e];
    const mention = clauseInitialSubject(tokens, v, ctx.text) ?? subjectBefore(tokens, v, ctx.text);
    if (!mention || !last) continue;
    const content = contentBetween(ctx, first.start, last.end);
    if (!content) continue;
    out.push({ ...content, cue: verb.text, cueStart: verb.start, mention, sentence: s.index, source: 'group-stance' });
  }
  return out;
}
