import { CUE_NOUNS } from '../lexicon/cues.ts';
import { BETWEEN_SUBJECT_AND_CUE, DAYS, MONTHS } from '../lexicon/people.ts';
import { subjectBefore, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { sentenceSubject } from './clause.ts';
import type { CueMatch } from './cues.ts';

const COORDINATORS = new Set(['and', 'but', 'or', ';', 'then', 'by', 'before', 'after', 'while']);
const FINITE = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'did', 'does', 'do', 'should', 'may', 'might']);

/** Verbs whose prepositional object is what was said or held ("disagrees with the plan", "insisted on a wall", "blamed … for …"). */
const PREPOSITIONAL_OBJECT: readonly [RegExp, RegExp][] = [
  [/^(?:disagree|agree|side|concur|sympathiz|sympathis|break|part|tak)/, /^with$/],
  [/^(?:insist|focus|dwell|elaborat|comment|reflect|concentrat|expound|weigh|touch|harp|seiz|frown|pounc|capitaliz|double|doubl)/, /^on$/],
  [/^(?:hint|poke|jab|lash|rail|balk|scoff|sneer|laugh|marvel|bristl|chafe|swipe|snipe|tak)/, /^at$/],
  [/^(?:believ|trust|invest|specializ|engag|persist)/, /^in$/],
  [/^(?:apologiz|apologis|thank|blam|criticiz|criticis|prais|attack|slam|blast|fault|scold|chastis|chastiz|rebuk|credit|advocat|argu|lobby|pledg|press|push|campaign|call|vot|hop|wish|long|yearn|plead|appeal)/, /^for$/],
  [/^(?:warn|caution|argu|rail|campaign|vot|advis|protest|lobby|inveigh|speak|decide|decid)/, /^against$/],
  [/^(?:complain|worr|fret|joke|boast|brag|talk|spoke|speak|testif|wonder|ask|care|know|learn|hear|think|thought|rave|gush|muse|mus|obsess|lie|lied)/, /^(?:about|of)$/],
  [/^(?:object|refer|point|allud|respond|react|admit|confess|attest|testif|commit|pledg|swear|swore|contribut|subscrib|appeal|turn)/, /^to$/],
];

/** Index where the prepositional object after cue verb `verb` begins ("disagrees with [the plan]"), or `k` when tokens[k] is no such preposition. */
export function prepositionalObjectStart(tokens: readonly Token[], verb: string, k: number): number {
  const preposition = tokens[k]?.lower ?? '';
  const next = tokens[k + 1];
  if (!next || next.quote >= 0 || !PREPOSITIONAL_OBJECT.some(([v, p]) => v.test(verb) && p.test(preposition))) return k;
  // "insisted on Tuesday …", "commented in a statement": a time or setting, not an object.
  if (/^\d/.test(next.lower) || DAYS.has(next.lower) || MONTHS.has(next.lower.replace('.', ''))) return k;
  if ((next.lower === 'a' || next.lower === 'an') && CUE_NOUNS.has(tokens[k + 2]?.lower ?? '')) return k;
  return k + 1;
}

/** "He called on X … and proposed …", "Trump questioned …; blamed …": the subject of a coordinated verb is the clause's subject. */
export function coordinatedSubject(tokens: readonly Token[], i: number, text: string, cues: readonly CueMatch[]): Mention | null {
  let k = i - 1;
  while (k >= 0 && tokens[k]?.quote === -1 && !tokens[k]?.cap && (BETWEEN_SUBJECT_AND_CUE.has(tokens[k]?.lower ?? '') || /ly$/.test(tokens[k]?.lower ?? ''))) k--;
  if (!COORDINATORS.has(tokens[k]?.lower ?? '') && tokens[k]?.text !== ',') return null;
  // "…, minister Ivo Petrov said and stressed …": the speaker of the cue it is coordinated with.
  for (let n = cues.length - 1; n >= 0; n--) {
    const cue = cues[n];
    if (!cue || cue.i >= k || cue.according) continue;
    const speaker = subjectBefore(tokens, cue.i, text);
    if (speaker) return speaker;
  }
  const subject = sentenceSubject(tokens, text, k);
  if (subject) return subject;
  for (let v = 1; v < k; v++) {
    const t = tokens[v];
    if (!t || t.quote >= 0) return null;
    if (t.text === ',') return null;
    if (FINITE.has(t.lower) || (v > 1 && /ed$/.test(t.lower) && !t.cap)) return subjectBefore(tokens, v, text);
  }
  return null;
}
