import { CUE_NOUNS } from '../lexicon/cues.ts';
import { BETWEEN_SUBJECT_AND_CUE, DAYS, FINITE_AUXILIARIES, MONTHS } from '../lexicon/people.ts';
import { subjectBefore, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { sentenceSubject } from './clause.ts';
import type { CueMatch } from './cues.ts';

const COORDINATORS = new Set(['and', 'but', 'or', ';', 'then', 'by', 'before', 'after', 'while']);

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
  // "On Friday, Palin called a delegate, Clara Powers, and encouraged …": the last verb before the coordinator that has a subject.
  // A gerund after a comma may continue a list of gerunds ("shouting, projecting bravado and demanding …"): only its own clause's subject.
  const gerund = /ing$/.test(tokens[i]?.lower ?? '');
  let last: Mention | null = null;
  for (let v = 1; v < k; v++) {
    const t = tokens[v];
    if (!t || t.quote >= 0) return null;
    if (t.text === ':' || t.text === ';' || (t.text === ',' && gerund)) last = null;
    else if (FINITE_AUXILIARIES.has(t.lower) || (v > 1 && /ed$/.test(t.lower) && !t.cap)) last = subjectBefore(tokens, v, text) ?? last;
  }
  return last;
}

const CLAUSE_BOUNDARY = new Set([',', ';', ':', '\u2014', '\u2013', '--', '(', ')', 'and', 'but', 'or', 'that', 'while', 'because', 'as', 'when', 'if', 'although', 'though', 'since', 'so', 'whereas', 'where', 'after', 'before', 'until', 'unless', 'than', 'whether']);
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);
const NP_OPENERS = /^(?:the|a|an|this|these|those|his|her|their|its|our|my|your|some|many|most|all|both|few|several|each|every|other|others|no|any|about|nearly|almost|roughly|more|fewer|less|only|just|half|one|two|three|four|five|six|seven|eight|nine|ten)$/;
const MAX_NP = 16;
/** Prepositions inside a noun phrase, before an adjectival participle ('two-thirds of registered voters'). */
const NP_INTERNAL = new Set(['of', 'in', 'among', 'for']);
const NOT_SUBJECT_OPENERS = new Set(['with', 'from', 'despite', 'for', 'among', 'yet', 'by', 'in', 'on', 'at', 'after', 'before', 'during', 'as', 'if', 'when', 'while', 'but', 'and', 'or', 'so', 'then', 'of', 'to', 'into', 'over', 'under', 'since', 'until', 'through', 'without', 'considered', 'like', 'unlike', 'instead', 'even', 'only', 'just']);
/** Determiners that cannot stand alone: "a vote for", "these calls for" read the cue word as a noun. */
const NEEDS_NOUN = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'other', 'another', 'every', 'each', 'no', 'any', 'few', 'several']);
export const PAST_VERBS = new Set(['threw', 'gave', 'made', 'took', 'said', 'told', 'got', 'went', 'came', 'ran', 'won', 'began', 'brought', 'sent', 'put', 'kept', 'left', 'held', 'saw', 'knew', 'thought', 'found', 'wrote', 'spoke', 'met', 'led', 'paid', 'built', 'bought', 'sold']);

/** "Most believe …", "people who have battled online threats say …", "About two-thirds of Republican voters support …": a clause-initial noun phrase the name finder does not cover. */
export function clauseInitialSubject(tokens: readonly Token[], i: number, text: string): Mention | null {
  let end = i - 1;
  while (end >= 0 && tokens[end]?.quote === -1 && !tokens[end]?.cap && (BETWEEN_SUBJECT_AND_CUE.has(tokens[end]?.lower ?? '') || /ly$/.test(tokens[end]?.lower ?? ''))) end--;
  const last = tokens[end];
  if (!last || !last.word || last.quote >= 0 || CLAUSE_BOUNDARY.has(last.lower)) return null;
  let from = end;
  while (from > 0 && end - from < MAX_NP) {
    const t = tokens[from - 1];
    if (!t || t.quote >= 0 || t.text === '.' || CLAUSE_BOUNDARY.has(t.lower)) break;
    from--;
  }
  if (end - from >= MAX_NP) return null;
  const first = tokens[from];
  if (!first || !(first.cap || NP_OPENERS.test(first.lower) || /^\d/.test(first.text) || /s$/.test(first.lower))) return null;
  // "With almost 100% …", "Despite pre-event disclaimers …": a phrase that opens with a preposition is no subject.
  if (NOT_SUBJECT_OPENERS.has(first.lower) || DAYS.has(last.lower) || MONTHS.has(last.lower) || NEEDS_NOUN.has(last.lower)) return null;
  // No verb of the main clause inside the phrase (a relative clause may carry its own: "people who have …").
  for (let k = from; k <= end; k++) {
    const t = tokens[k];
    if (!t) return null;
    if (RELATIVES.has(t.lower) && k > from) break;
    if (FINITE_AUXILIARIES.has(t.lower) || /n['\u2019]t$/.test(t.lower) || t.lower === 'to' || t.lower === 'by' || PAST_VERBS.has(t.lower)) return null;
    if (!t.cap && /ed$/.test(t.lower) && k > from && !NP_OPENERS.test(tokens[k - 1]?.lower ?? '') && !NP_INTERNAL.has(tokens[k - 1]?.lower ?? '') && !/^\d/.test(tokens[k - 1]?.text ?? '')) return null;
  }
  const start = first.start;
  const stop = last.end;
  return { from, to: end + 1, start, end: stop, text: text.slice(start, stop), form: 'nominal' };
}
