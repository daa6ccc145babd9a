import type { ParseContext, SentenceInfo } from '../context.ts';
import { AFTER_CUE } from '../lexicon/people.ts';
import { subjectBefore } from '../mentions.ts';
import { clauseEndBefore } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Forms of "seek" and what must precede each to make it the clause's finite verb ("is seeking", "will seek", "has sought"). */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', "'s", '\u2019s', "'re", '\u2019re']);
const BEFORE_BASE = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'not', "n't", 'also', 'now', 'still', 'they', 'we', 'i', 'you', 'often', 'only', 'openly']);
/** Words before "sought" that make it a passive or an adjective ("was sought", "much sought", "long-sought"). */
const NOT_BEFORE_PAST = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are', 'much', 'highly', 'heavily', 'widely', 'most', 'hotly', 'the', 'a', 'an', 'his', 'her', 'their', 'its']);
/** Words that cannot open the object of "seek" ("sought in the bill", "sought after"). */
const NOT_OBJECT = new Set(['in', 'on', 'at', 'after', 'by', 'from', 'for', 'during', 'since', 'with', 'as', 'out', 'it', 'this', 'that', 'them', 'him', 'her']);

/** True when token `v` is a finite form of "seek" heading its clause. */
function finiteSeek(tokens: SentenceInfo['tokens'], v: number): boolean {
  const verb = tokens[v]?.lower ?? '';
  const prev = tokens[v - 1]?.lower ?? '';
  if (verb === 'seeks') return true;
  if (verb === 'seeking') return PROGRESSIVE.has(prev);
  if (verb === 'seek') return BEFORE_BASE.has(prev) || /n['\u2019]t$/.test(prev);
  if (verb === 'sought') return !NOT_BEFORE_PAST.has(prev) && !/-$/.test(prev);
  return false;
}

/** The clause's end, or an earlier comma before a participle ("sought to calm them, painting others as weak"). */
function pursuitEnd(s: SentenceInfo, k: number): number {
  return clauseEndBefore(s, k, (tokens, m) => {
    const next = tokens[m + 1];
    return tokens[m]?.text === ',' && tokens[m]?.quote === -1 && next !== undefined && !next.cap && next.lower.endsWith('ing');
  });
}

/** "Sanders now seeks the ouster of …", "Kasich has sought to distinguish himself …": what a subject pursues is its stance. */
export function pursuit(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let v = 1; v < tokens.length - 1; v++) {
    const verb = tokens[v];
    if (!verb || verb.quote >= 0 || !finiteSeek(tokens, v)) continue;
    let k = v + 1;
    while (AFTER_CUE.has(tokens[k]?.lower ?? '')) k++;
    const first = tokens[k];
    if (!first || !first.word || NOT_OBJECT.has(first.lower)) continue;
    const mention = subjectBefore(tokens, v, ctx.text);
    if (!mention) continue;
    const content = contentBetween(ctx, first.start, pursuitEnd(s, k));
    if (!content) continue;
    out.push({ ...content, cue: verb.text, cueStart: verb.start, mention, sentence: s.index, source: 'pursuit' });
  }
  return out;
}
