import type { SentenceInfo } from '../context.ts';
import { CLAUSE_SUBJECT_PRONOUNS } from '../lexicon/people.ts';
import { newClauseAt } from './clause-openers.ts';

type Tokens = SentenceInfo['tokens'];

/** ", doing little to …", ", not wanting to …", ", using an average of …": a participle phrase after a non-clause content is the reporter's gloss. */
export function trailingParticiple(tokens: Tokens, at: number, from: number): boolean {
  let k = at;
  if (tokens[k]?.lower === 'not') k++;
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap || !t.word || !/ing$/.test(t.lower) || t.lower.length <= 5 || PREPOSITIONAL_PARTICIPLES.has(t.lower)) return false;
  // "transit, housing and paid leave": a noun in a list, not a participle taking its own object.
  const n = tokens[k + 1];
  if (!n?.word || n.lower === 'and' || n.lower === 'or') return false;
  // "accused him of covering up, delaying and withholding …": a list of gerunds.
  for (let m = from; m < at - 1; m++) if (/ing$/.test(tokens[m]?.lower ?? '') && (tokens[m]?.lower.length ?? 0) > 5) return false;
  return true;
}
const PREPOSITIONAL_PARTICIPLES = new Set(['including', 'during', 'according', 'depending', 'regarding', 'concerning', 'following', 'excluding', 'involving', 'beginning', 'starting', 'notwithstanding', 'pending']);

const APPOSITIVE_HEADS = new Set(['one', 'something', 'part']);
const LATEST = new Set(['latest', 'newest', 'most', 'clearest', 'strongest', 'biggest', 'culmination', 'result']);
/** "endorsed the plan, the latest sign that …", "supports universal care, one of Obama's legacies": an appositive on a noun-phrase content (not a list: no "and" before its end). */
export function appositiveAt(tokens: Tokens, at: number): boolean {
  const t = tokens[at];
  if (!t || t.cap || !(APPOSITIVE_HEADS.has(t.lower) || (t.lower === 'the' && LATEST.has(tokens[at + 1]?.lower ?? '')))) return false;
  for (let k = at + 1; k < tokens.length; k++) {
    const w = tokens[k];
    if (!w || w.text === ',' || w.text === ';') break;
    if (w.lower === 'and' || w.lower === 'or') return false;
  }
  return true;
}

const SECOND_PREDICATE = new Set(['will', 'would', 'did', 'does', 'can', 'could', 'may', 'might', 'should', 'must', 'not', 'has', 'had', 'is', 'was']);
/**
 * After "and"/"but" at `at - 1` that follows a noun-phrase object: a new clause ("…, and the mayor released the video"),
 * or a second predicate of the speaker opened by an auxiliary ("… but did note …", "… but will likely vote …", "… but not naming him").
 */
export function secondPredicateAt(tokens: Tokens, at: number, participial: boolean): boolean {
  if (newClauseAt(tokens, at)) return true;
  let k = at;
  while (k < at + 2 && /ly$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap) return false;
  return participial ? t.lower === 'not' : SECOND_PREDICATE.has(t.lower);
}

/** Words that open the reporter's adverbial after a noun-phrase object: "called for a ban following the shooting", "predicted a close race despite his lead". */
const ADVERBIAL_OPENERS = new Set(['following', 'despite', 'because', 'while', 'whereas', 'although', 'though', 'unless', 'except', 'amid', 'when', 'whenever']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'its', 'our']);
/** Openers that head a clause only when a subject and verb follow: "… as he lined up", "… even as he defended …", "… now that the FBI has …". */
const CLAUSE_OPENERS = new Set(['as', 'after', 'before', 'since', 'until', 'once']);

const MARGIN_UNITS = new Set(['percent', '%', 'points', 'percentage']);
/** Words before a number that make it part of the object ("by 3 points", "to 40 percent", "nearly 60 percent"). */
const MARGIN_LEADS = new Set(['by', 'to', 'of', 'than', 'about', 'from', 'at', 'with', 'nearly', 'almost', 'over', 'under', 'some', 'around', 'just', 'only', 'roughly', 'least', 'and', 'or', 'the', 'a', 'in', 'for', 'up', 'down', 'another', 'all']);
/** Whether an adverbial of the reporter's opens at `k` after a noun-phrase or infinitive content. */
export function adverbialStopAt(tokens: Tokens, k: number): boolean {
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap) return false;
  // "favored Trump 46 percent to 32 percent": a poll margin right after the object.
  if (/^\d/.test(t.text) && MARGIN_UNITS.has(tokens[k + 1]?.lower ?? '') && tokens[k - 1]?.word && !MARGIN_LEADS.has(tokens[k - 1]?.lower ?? '')) return true;
  // "in the following way": an adjective after a determiner.
  if (ADVERBIAL_OPENERS.has(t.lower)) return !(t.lower === 'following' && DETERMINERS.has(tokens[k - 1]?.lower ?? ''));
  if ((t.lower === 'even' || t.lower === 'just') && tokens[k + 1]?.lower === 'as') return newClauseAt(tokens, k + 2);
  if (t.lower === 'now' && tokens[k + 1]?.lower === 'that') return true;
  return CLAUSE_OPENERS.has(t.lower) && newClauseAt(tokens, k + 1);
}

/** Openers of the reporter's circumstance after any noun-phrase content, even of a cue that takes a clause: "called for a ban following the attack", "tweeted his view as he lined up". */
const SETTING_OPENERS = new Set(['following', 'despite', 'amid', 'even', 'now', 'as']);
/** Whether a circumstance of the reporter's opens at `k` after a noun-phrase content of any cue. */
export function settingAdverbialAt(tokens: Tokens, k: number): boolean {
  const t = tokens[k];
  if (!t || !SETTING_OPENERS.has(t.lower) || !adverbialStopAt(tokens, k)) return false;
  // "ends up as the candidate who …", "leaders such as X are …", "described Islamic as …": only a pronoun subject makes "as" a clause of its own.
  if (t.lower === 'as') return CLAUSE_SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? '') && !['such', 'up'].includes(tokens[k - 1]?.lower ?? '');
  // "the size of Sanders's following": a noun, not a preposition.
  return t.lower !== 'following' || (tokens[k + 1]?.word === true && !/['\u2019]s$/.test(tokens[k - 1]?.lower ?? ''));
}

const PREDICATE_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'them', 'him', 'it', 'to', 'over', 'about', 'into', 'against', 'on', 'for', 'with']);
/** "mocked his rivals, talked over them …", "recounted her life, recited her ideas …": a past-tense verb with its own object after a comma is a second predicate of a past cue. */
export function pastPredicateAt(tokens: Tokens, at: number, cue: string): boolean {
  const t = tokens[at];
  if (!t || t.quote >= 0 || t.cap || !t.word || !/ed$/.test(cue) || !/ed$/.test(t.lower) || t.lower.length <= 4) return false;
  return PREDICATE_OBJECT_OPENERS.has(tokens[at + 1]?.lower ?? '');
}
