import { CUE_NOUNS } from '../lexicon/cues.ts';
import { FINITE_AUXILIARIES } from '../lexicon/people.ts';
import type { SentenceInfo } from '../context.ts';
import { PAST_VERBS } from './predicate.ts';

const DASHES = new Set(['\u2014', '\u2013', '\u2015']);
const MAX_ASIDE = 30;

/** Tokens a dash at `k` spans: 1 for an em, en or bar dash or a spaced hyphen, 2 for "--" written as two hyphens, 0 for none. */
export function dashLength(tokens: SentenceInfo['tokens'], k: number): number {
  const t = tokens[k];
  if (!t || t.quote >= 0) return 0;
  if (DASHES.has(t.text)) return 1;
  const n = tokens[k + 1];
  if (t.text === '-' && n?.text === '-' && n.start === t.end) return 2;
  if (t.text === '-' && (tokens[k - 1]?.end ?? 0) < t.start && (n?.start ?? Infinity) > t.end) return 1;
  return 0;
}
/** Dashes that end the clause on their own; '--', en and bar dashes only close asides (writers use them inside ranges and lists). */
export const BREAKING_DASHES = new Set(['\u2014', '-']);
/** "— a combination of …", "- including …": a dash before these elaborates the content. */
export const ELABORATION = new Set(['a', 'an', 'including', 'this', 'these', 'especially', 'particularly']);
/** Nouns by which a reporter sums up or weighs what was said or done ("— a move that would …", "-- a tactic used by …", "- a charge the company denied"). */
const COMMENT_NOUNS = new Set(['move', 'step', 'sign', 'signal', 'tactic', 'strategy', 'charge', 'claim', 'point', 'decision', 'allegation', 'accusation', 'assertion', 'contention', 'comment', 'remark', 'attempt', 'reversal', 'departure', 'shift', 'opportunity', 'sum', 'figure', 'message']);
/** "— a move that would …": after an unpaired dash, an indefinite noun phrase headed by a comment noun is the reporter's, not the content's explanation of its last noun ("a mirage - a combination of …"). */
export function commentAfterDash(tokens: SentenceInfo['tokens'], at: number): boolean {
  if (tokens[at]?.lower !== 'a' && tokens[at]?.lower !== 'an') return false;
  for (let k = at + 1; k < at + 4; k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || !t.word) return false;
    if (COMMENT_NOUNS.has(t.lower)) return true;
  }
  return false;
}
export const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'there']);

export const NEW_CLAUSE = -2;

/** "Brock — founder of a super PAC — was planning": index of the last token of the dash closing an aside that opened before `from`; -1 when none closes it, NEW_CLAUSE when a new clause follows it. */
export function closingDash(s: SentenceInfo, from: number): number {
  const { tokens } = s;
  for (let k = from; k < tokens.length && k < from + MAX_ASIDE; k++) {
    if (s.cues.some((c) => c.i === k)) return -1;
    const d = dashLength(tokens, k);
    if (d === 0) continue;
    const n = tokens[k + d];
    // "— one of its biggest goals — it was a clear victory": a new clause after the aside, not the content resuming.
    if (n?.word && (n.cap || SUBJECT_PRONOUNS.has(n.lower))) return NEW_CLAUSE;
    if (!n?.word) return -1;
    return k + d - 1;
  }
  return -1;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'which', 'whose', 'even']);
/** Words after an aside's closing comma that resume the content: "cited the memo, an internal review, as proof", "a task force, which would include the military, to crack down". */
const RESUMING = new Set(['as', 'to']);
const MAX_APPOSITIVE = 20;
/** "the Fed, after it begins to raise rates, will return …": an adverbial clause inside the content, closed before its verb. */
const ADVERBIAL_ASIDES = new Set(['after', 'when', 'if', 'once', 'before', 'as', 'while', 'until', 'unless', 'because', 'though', 'although']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** "LeVota, a former House leader, sent …": index of the comma closing an appositive, relative or adverbial clause opening at `from` when the clause's verb follows it, else -1. */
export function closingComma(s: SentenceInfo, from: number): number {
  const { tokens } = s;
  const adverbial = ADVERBIAL_ASIDES.has(tokens[from]?.lower ?? '');
  if (!adverbial && !APPOSITIVE_OPENERS.has(tokens[from]?.lower ?? '')) return -1;
  for (let k = from; k < tokens.length && k < from + MAX_APPOSITIVE; k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || t.text === ';' || dashLength(tokens, k) > 0 || s.cues.some((c) => c.i === k)) return -1;
    if (t.text !== ',') continue;
    const n = tokens[k + 1];
    if (adverbial) return n && n.quote < 0 && MODALS.has(n.lower) ? k : -1;
    return n && n.quote < 0 && !n.cap && (FINITE_AUXILIARIES.has(n.lower) || PAST_VERBS.has(n.lower) || /ed$/.test(n.lower) || RESUMING.has(n.lower)) ? k : -1;
  }
  return -1;
}

const SETTING_PREPOSITIONS = new Set(['in', 'at', 'during', 'on', 'through', 'via']);
const SETTING_NOUNS = new Set(['debate', 'rally', 'appearance', 'exchange', 'conference', 'hearing', 'event', 'meeting', 'forum', 'show', 'broadcast', 'visit', 'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'interviews', 'statements', 'speeches', 'debates', 'rallies', 'tweets', 'posts']);
const GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'without']);
const SETTING_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'other', 'recent', 'several']);
const MAX_ADJUNCT = 8;
/** Words that end the noun phrase after a setting preposition ("at the ruling during a rally"). */
const NP_BREAKS = new Set(['of', 'in', 'at', 'on', 'during', 'with', 'for', 'about', 'by', 'from', 'to', 'after', 'before', 'and', 'or', 'that', 'which', 'who']);

/** A setting or manner adjunct opening at `k`: "in an interview …", "at a news conference", "through a spokeswoman", "by pointing out …". */
export function objectAdjunctAt(tokens: SentenceInfo['tokens'], k: number): boolean {
  const t = tokens[k];
  if (!t || t.quote >= 0) return false;
  if (GERUND_PREPOSITIONS.has(t.lower)) {
    let n = k + 1;
    while (n < k + 3 && /ly$/.test(tokens[n]?.lower ?? '')) n++;
    const g = tokens[n];
    return g !== undefined && g.quote < 0 && !g.cap && /ing$/.test(g.lower) && g.lower.length > 5;
  }
  if (t.lower === 'with') return interlocutorAt(tokens, k + 1) || speechActAt(tokens, k + 1);
  if (!SETTING_PREPOSITIONS.has(t.lower)) return false;
  const n = tokens[k + 1];
  if (!n || n.quote >= 0 || continuesContent(tokens, k + 1)) return false;
  // "on the letter" is a topic; "in interviews", "in political speech" may be what was said. A bare date ("in 2012") is as often the reporter's as the speaker's.
  if (t.lower === 'on' || !(SETTING_DETERMINERS.has(n.lower) || /['\u2019]s$/.test(n.lower))) return false;
  for (let m = k + 1; m < k + 6; m++) {
    const w = tokens[m];
    if (!w || w.quote >= 0 || !w.word || (m > k + 1 && NP_BREAKS.has(w.lower))) return false;
    if (CUE_NOUNS.has(w.lower) || SETTING_NOUNS.has(w.lower)) return true;
  }
  return false;
}

/** "told a town hall on Monday that …", "pledged money in 2009 to support …": the content resumes after the adjunct. */
function continuesContent(tokens: SentenceInfo['tokens'], from: number): boolean {
  for (let m = from; m < tokens.length && m < from + MAX_ADJUNCT; m++) {
    const t = tokens[m];
    if (!t || t.quote >= 0 || t.text === ';' || (t.text === ',' && tokens[m + 1]?.lower !== 'that')) return false;
    if (t.lower === 'that' || (t.lower === 'to' && tokens[m + 1]?.word && !tokens[m + 1]?.cap)) return true;
  }
  return false;
}

const INTERLOCUTORS = new Set(['host', 'anchor', 'interviewer', 'reporters', 'journalists', 'moderator']);
/** "discussed the ruling with radio host X", "shared his plan with reporters": whom the speaker talked to. */
function interlocutorAt(tokens: SentenceInfo['tokens'], from: number): boolean {
  for (let m = from; m < from + 4; m++) {
    const w = tokens[m];
    if (!w || w.quote >= 0 || !w.word || (m > from && NP_BREAKS.has(w.lower))) return false;
    if (INTERLOCUTORS.has(w.lower)) return true;
  }
  return false;
}

/** "announced his candidacy with a speech that …", "denounced the plan with a statement of his own": the speech act that carried it. */
function speechActAt(tokens: SentenceInfo['tokens'], from: number): boolean {
  if (!SETTING_DETERMINERS.has(tokens[from]?.lower ?? '')) return false;
  for (let m = from + 1; m < from + 3; m++) {
    const w = tokens[m];
    if (!w || w.quote >= 0 || !w.word || NP_BREAKS.has(w.lower)) return false;
    if (CUE_NOUNS.has(w.lower)) return true;
  }
  return false;
}
