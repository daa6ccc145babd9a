import type { SentenceInfo } from '../context.ts';
import { FINITE_AUXILIARIES } from '../lexicon/people.ts';
import { subjectBefore } from '../mentions.ts';
import { PAST_VERBS } from './predicate.ts';

/** Words that open an adverbial clause or an absolute phrase ("With leaders worried about …, the president …"). */
const OPENERS = new Set(['while', 'though', 'although', 'if', 'as', 'because', 'since', 'when', 'after', 'before', 'once', 'unless', 'whereas', 'with', 'until', 'that']);
/** Openers that are also prepositions ("After the debate Smith said …"): the cue's subject must follow them directly (or follow "and"). */
const PREPOSITIONAL = new Set(['as', 'since', 'after', 'before', 'with', 'until']);
/** Words that may precede the opener at the start of a sentence: "But while …", "And even though …", "But now that …", "But just as …". */
const LEAD_INS = new Set(['but', 'and', 'so', 'yet', 'or', 'even', 'just', 'now', 'only', 'still', 'then', 'also']);
const PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'for', 'by', 'since', 'over', 'from', 'like']);
const MAX_PHRASE = 8;
const TIME_LEADS = new Set(['long', 'shortly', 'soon', 'right', 'moments', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'few', 'day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minutes']);
const MAX_TIME_LEAD = 3;

/** Whether the opener at `at` starts the sentence: nothing, lead-in words, or a short prepositional phrase and its comma ("In a September debate, while …") before it. */
function opensSentence(tokens: SentenceInfo['tokens'], at: number): boolean {
  if (tokens[at]?.lower === 'that') return tokens[at - 1]?.lower === 'now' && opensSentence(tokens, at - 1);
  let k = 0;
  while (k < at && LEAD_INS.has(tokens[k]?.lower ?? '')) k++;
  // "Long before …", "A night after …", "Two weeks before …": a measure of time before the opener.
  const lead = k;
  while (k < at && k < lead + MAX_TIME_LEAD && TIME_LEADS.has(tokens[k]?.lower ?? '')) k++;
  if (k === at) return k === lead || PREPOSITIONAL.has(tokens[at]?.lower ?? '');
  k = lead;
  // "In a September debate, while …", "In a year when …".
  if (!PREPOSITIONS.has(tokens[k]?.lower ?? '') || at - k > MAX_PHRASE || (tokens[at - 1]?.text !== ',' && tokens[at]?.lower !== 'when')) return false;
  for (let m = k + 1; m < at - 1; m++) if (!tokens[m]?.word) return false;
  return true;
}

/** Number of lead-in words ("But", "And even") at the start of the sentence. */
function leadIns(tokens: SentenceInfo['tokens']): number {
  let k = 0;
  while (k < tokens.length && LEAD_INS.has(tokens[k]?.lower ?? '')) k++;
  return k;
}

const breaks = new WeakMap<SentenceInfo, Int32Array>();

/** Index of the last token at or before `k` that ends a clause opener's reach (a comma, semicolon, colon, parenthesis or quoted word), or -1. */
function lastBreak(s: SentenceInfo, k: number): number {
  let table = breaks.get(s);
  if (!table) {
    table = new Int32Array(s.tokens.length);
    let last = -1;
    s.tokens.forEach((t, i) => {
      if (t.quote >= 0 || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '(') last = i;
      if (table) table[i] = last;
    });
    breaks.set(s, table);
  }
  return table[k] ?? -1;
}

/** "the hearing Senator Kell": a lowercase noun before a name means the phrase was a preposition's object, then the subject. */
function nounBeforeName(tokens: SentenceInfo['tokens'], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    const t = tokens[k];
    if (t?.word && !t.cap && !DETERMINERS.has(t.lower) && tokens[k + 1]?.cap) return true;
  }
  return false;
}

/** "While most rivals called for a ban, Trump …", "But even though she doesn't want to move, …": the cue at `cue` sits inside a sentence-initial adverbial clause, so its content ends at that clause's comma. */
export function inLeadingSubordinate(s: SentenceInfo, cue: number): boolean {
  const { tokens } = s;
  // Only an opener within the first few tokens can open the sentence, so a break between there and the cue settles it
  // without walking back over every token (a long unpunctuated sentence has hundreds of cues).
  const limit = leadIns(tokens) + MAX_PHRASE + 1;
  if (cue - 1 > limit && lastBreak(s, cue - 1) > limit) return false;
  for (let k = Math.min(cue - 1, limit); k >= 0; k--) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || t.text === ',' || t.text === ';' || t.text === ':' || t.text === '(') return false;
    if (!OPENERS.has(t.lower) || !opensSentence(tokens, k)) continue;
    // "After spending a year on …", "Even as Obama has said that he opposes …": a participle or another cue makes the opener a conjunction.
    if (!PREPOSITIONAL.has(t.lower) || /ing$/.test(tokens[k + 1]?.lower ?? '') || s.cues.some((c) => c.i > k && c.i < cue)) return true;
    const subject = subjectBefore(tokens, cue, '');
    return subject !== null && (subject.from - k <= 2 || tokens[subject.from - 1]?.lower === 'and') && !nounBeforeName(tokens, subject.from, cue);
  }
  return false;
}

const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'there']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'other', 'another']);
const MAX_SUBJECT = 4;
const NP_BREAKS = new Set(['that', 'who', 'which', 'whom', 'he', 'she', 'they', 'we', 'i', 'it', 'you', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'and', 'or', 'but']);
/** Cue verbs that report a clause ("said both X and Y are …"): an "and" inside their content may join two subjects. */
const CLAUSE_CUE =
  /^(?:said|say|says|saying|note|noti|believ|think|thought|suggest|show|stat|claim|argu|insist|found|find|know|knew|add|wr[io]te|explain|report|tell|told|predict|warn|acknowledg|admit|conced|conclud|announc|indicat|agree|hope|fear|expect|assert|contend|maintain|recall|reveal|confirm|den[iy]|estimat|feel|felt|worr|realiz|understand|understood|complain|declar|emphasi|stress|point|mean|learn|assum|guess|sens|suspect|figur|imagin|determin|decid|rul|see|saw|seen|hear|heard|read|testif|promis|pledg|vow|swore|sw[ea]ar|threat|ensur|guarantee|bet|reckon|doubt|question|wonder|ask|recogn|remind|reiterat|repeat|echo|tweet|post|respond|repl|answer|counter|retort|quip|joke|confess|boast|brag|lament|observ|remark|comment|specul|theoriz|posit|propos|recommend|urg|demand|call|tout|prais|hail|clear)/;

/** Whether the cue `cue` (its first word) takes a clause, so that "X and Y did …" inside its content is one subject. */
export function takesClause(cue: string): boolean {
  return CLAUSE_CUE.test(cue);
}

/** Whether a finite verb (an auxiliary, a modal, "n't", an irregular past or an -ed form before its object) sits at `k`. */
export function finiteVerbAt(tokens: SentenceInfo['tokens'], k: number): boolean {
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap || !t.word) return false;
  if (FINITE_AUXILIARIES.has(t.lower) || PAST_VERBS.has(t.lower) || /n['\u2019]t$/.test(t.lower)) return true;
  // "the lighted figure", "a star likened to …": an -ed form counts only with an object after it ("fired his chief").
  const n = tokens[k + 1];
  return /ed$/.test(t.lower) && t.lower.length > 4 && n !== undefined && (n.cap || DETERMINERS.has(n.lower) || OBJECT_PRONOUNS.has(n.lower));
}
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'himself', 'herself', 'themselves']);

/** "… and Emanuel fired his chief", "… and she accused …", "… and the league could not …", "… and 1 percent support …": a subject and its finite verb open a new clause at `at`. */
export function newClauseAt(tokens: SentenceInfo['tokens'], at: number): boolean {
  const t = tokens[at];
  if (!t || t.quote >= 0 || !t.word) return false;
  // "and she accused …", "and they want …": a subject pronoun cannot be a second object.
  if (CLAUSE_PRONOUNS.has(t.lower)) return tokens[at + 1]?.word === true && !tokens[at + 1]?.cap;
  let k = at;
  if (t.cap) while (k < at + MAX_SUBJECT && (tokens[k]?.cap || tokens[k]?.text === '.')) k++;
  else if (DETERMINERS.has(t.lower) || /^\d/.test(t.text)) {
    k++;
    while (k < at + MAX_SUBJECT && tokens[k]?.word && !finiteVerbAt(tokens, k) && !NP_BREAKS.has(tokens[k]?.lower ?? '')) k++;
  } else return false;
  return k > at && finiteVerbAt(tokens, k);
}

const RELATIVE_FILLERS = new Set(['has', 'have', 'had', 'also', 'once', 'previously', 'repeatedly', 'publicly', 'already', 'long', 'never', 'not', 'did', 'does', 'do', 'is', 'are', 'was', 'were']);

/** "Sanders, who had said he would …, ultimately …" → 'aside'; "senators who wanted to attend could …" → 'subject': the cue at `cue` heads a relative clause, set off by commas or inside the sentence's subject. */
export function relativeCue(tokens: SentenceInfo['tokens'], cue: number): 'aside' | 'subject' | null {
  let k = cue - 1;
  while (k >= 0 && RELATIVE_FILLERS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'who' || (tokens[k]?.quote ?? 0) >= 0) return asideReach(tokens, cue) ? 'aside' : null;
  return tokens[k - 1]?.text === ',' || inAppositive(tokens, k) ? 'aside' : 'subject';
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the']);
const MAX_APPOSITIVE = 6;
/** "Ann Lee, a California investor who …": a relative clause closing an appositive set off by a comma is an aside too. */
function inAppositive(tokens: SentenceInfo['tokens'], who: number): boolean {
  for (let k = who - 1; k > 0 && k >= who - MAX_APPOSITIVE; k--) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || !t.word) return false;
    if (tokens[k - 1]?.text === ',') return APPOSITIVE_OPENERS.has(t.lower) && k > 2;
  }
  return false;
}

const MAX_RELATIVE = 12;
const RELATIVE_BREAKS = new Set([';', ':', '(', ')', '\u2014', '\u2013', '--', 'that']);
/** "Sanders, who last year …", "Sanders, who endorsed X in May and said …": the cue sits further on in a relative clause set off by a comma. */
function asideReach(tokens: SentenceInfo['tokens'], cue: number): boolean {
  for (let k = cue - 1; k > 0 && k > cue - MAX_RELATIVE; k--) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || RELATIVE_BREAKS.has(t.lower)) return false;
    if (t.text === ',') return false;
    if (t.lower === 'who') return tokens[k - 1]?.text === ',';
  }
  return false;
}
