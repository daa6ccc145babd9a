import type { SentenceInfo } from '../context.ts';
import { FINITE_AUXILIARIES } from '../lexicon/people.ts';
import { subjectBefore } from '../mentions.ts';
import { PAST_VERBS } from './predicate.ts';
import { finiteVerbAt, inLeadingSubordinate, newClauseAt, relativeCue, takesClause } from './clause-openers.ts';
import { adverbialStopAt, settingAdverbialAt, appositiveAt, pastPredicateAt, secondPredicateAt, trailingParticiple } from './object-end.ts';
import { commaContrastAt, reportingTermsAt, summaryAppositiveAt, trailingAsideAt, withPhraseAt } from './clause-tail.ts';
import { BREAKING_DASHES, closingComma, commentAfterDash, closingDash, dashLength, ELABORATION, NEW_CLAUSE, objectAdjunctAt, SUBJECT_PRONOUNS } from './clause-asides.ts';

const SUBORDINATORS = new Set(['while', 'though', 'although', 'if', 'as', 'because', 'since', 'when', 'after', 'before', 'once', 'unless', 'whereas', 'even']);
/** Words that open a non-restrictive addition after a comma, outside what the speaker said. */
const APPENDED = new Set(['who', 'which', 'whom', 'whose', 'where', 'when', 'whether', 'leading', 'compared', 'a', 'an', 'despite', 'prompting', 'sending', 'raising', 'amid', 'until', 'after', 'before', 'as']);
const INSIDE_PLAN = new Set(['during', 'by']);
const EMPHASIS = new Set(['especially', 'particularly']);
const CONTRASTS = new Set(['while', 'whereas']);
const CLAUSE_BREAKS = new Set(['but', 'while', 'whereas', 'although', 'though', 'yet', 'according', 'even']);

/** The reported clause's end, or earlier at the first token from `from + 1` where `stop` holds (a time phrase, a trailing participle). */
export function clauseEndBefore(s: SentenceInfo, from: number, stop: (tokens: SentenceInfo['tokens'], m: number) => boolean): number {
  const end = clauseEnd(s, from);
  for (let m = from + 1; m < s.tokens.length && (s.tokens[m]?.start ?? end) < end; m++) if (stop(s.tokens, m)) return s.tokens[m]?.start ?? end;
  return end;
}

const cueSets = new WeakMap<SentenceInfo, ReadonlySet<number>>();

/** Token indexes of the sentence's cues, built once per sentence (clauseEnd runs once per cue and content). */
function cueIndexes(s: SentenceInfo): ReadonlySet<number> {
  let set = cueSets.get(s);
  if (!set) {
    set = new Set(s.cues.map((c) => c.i));
    cueSets.set(s, set);
  }
  return set;
}

/** End of the reported clause: a semicolon, an unpaired dash, or a comma before "but", "while", a participle cue or "and" + cue. */
export function clauseEnd(s: SentenceInfo, from: number): number {
  const { tokens } = s;
  const cueAt = cueIndexes(s);
  const governing = s.cues.find((c) => c.j >= from - 1 && c.j <= from + 1 && !c.according);
  // "After the vote, Smith said …": after an opening adverbial clause the content still ends at a comma; "After the vote Smith said …" has no clause to close.
  // A reported clause of a main-clause cue ("As the vote neared, Smith said the plan, now final, would pass") runs on past its commas.
  const openedBefore = governing !== undefined && SUBORDINATORS.has(tokens[0]?.lower ?? '') && tokens.slice(1, governing.i).some((t) => t.text === ',');
  const opened = SUBORDINATORS.has(tokens[0]?.lower ?? '') && (governing === undefined || openedBefore);
  const relative = governing ? relativeCue(tokens, governing.i) : null;
  const subordinate = opened || relative === 'aside' || (governing !== undefined && inLeadingSubordinate(s, governing.i));
  const participial = governing !== undefined && /ing$/.test(tokens[governing.i]?.lower ?? '');
  let clause = isFiniteAt(tokens, from, from);
  let finite = false;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0) continue;
    const isClause = clause;
    // "senators who wanted to attend the convention could face …": the main clause's verb after a relative clause in the subject.
    if (relative === 'subject' && !finite && !t.cap && FINITE_AUXILIARIES.has(t.lower) && tokens[k - 1]?.lower !== 'to' && !takesClause(tokens[governing?.i ?? 0]?.lower ?? '')) return t.start;
    clause ||= isFiniteAt(tokens, k, from);
    finite ||= t.lower !== 'to' && isFiniteAt(tokens, k, from);
    // A noun-phrase or infinitive content of a cue that takes no clause: "charged him with murder", "declined to comment".
    const objectContent = governing !== undefined && !finite && !takesClause(tokens[governing.i]?.lower ?? '') && !takesClause(tokens[governing.j - 1]?.lower ?? '');
    if (t.text === ';' || trailingAsideAt(tokens, k) || reportingTermsAt(tokens, k)) return t.start;
    // "57 percent see him negatively while 61 percent say …": a contrast with an attribution of its own is a second report.
    if (CONTRASTS.has(t.lower) && k > from && tokens[k - 1]?.text !== ',' && contrastReport(s, k)) return t.start;
    const dash = dashLength(tokens, k);
    if (dash > 0) {
      const close = closingDash(s, k + dash);
      if (close >= 0) {
        k = close;
        continue;
      }
      if (close === NEW_CLAUSE || commentAfterDash(tokens, k + dash) || (BREAKING_DASHES.has(t.text) && !ELABORATION.has(tokens[k + dash]?.lower ?? ''))) return t.start;
    }
    // "dismissed that notion in an interview on Sunday", "endorsed Canova in late May": the reporter's setting after a noun-phrase object.
    // "refused to endorse him in a speech", "declined to run after voting for …" (but "plans to run ads during the debates", "vowed to cut it by raising taxes": inside the plan).
    if (governing && (!isClause || (!finite && tokens[from]?.lower === 'to' && k > from + 2 && !INSIDE_PLAN.has(t.lower))) && objectAdjunctAt(tokens, k)) return t.start;
    const and = t.lower === 'and' || t.lower === 'but';
    // "mocking the ad and pointedly saying …", "denied the charges and accused her …": a second predicate of the speaker.
    if (and && participial && parallelParticiple(tokens, k + 1, cueAt)) return t.start;
    if (and && governing && !participial && !isClause && sameTenseVerbAt(tokens, k + 1, tokens[governing.i]?.lower ?? '')) return t.start;
    if (governing && !finite && !and && k > from + 1 && settingAdverbialAt(tokens, k)) return tokens[k - 1]?.text === ',' ? (tokens[k - 1]?.start ?? t.start) : t.start;
    if (objectContent && (and ? secondPredicateAt(tokens, k + 1, participial) : adverbialStopAt(tokens, k))) return tokens[k - 1]?.text === ',' ? (tokens[k - 1]?.start ?? t.start) : t.start;
    if (and && coordinatedCue(tokens, k + 1, cueAt, tokens[governing?.i ?? -1]?.lower ?? '')) return tokens[k - 1]?.text === ',' ? (tokens[k - 1]?.start ?? t.start) : t.start;
    if (t.text !== ',') continue;
    if (subordinate && !(openedBefore && finite && relative !== 'aside' && !inLeadingSubordinate(s, governing.i))) return t.start;
    const n = tokens[k + 1];
    if (!n || n.quote >= 0) continue;
    // "said that the letters stopped, but that he shunned her": a second that-clause of the same report.
    if (n.lower === 'but' && tokens[k + 2]?.lower === 'that') continue;
    // "said the process was fair, but required candidates to …": a second predicate of the reported clause's own subject.
    if (n.lower === 'but' && secondVerbAt(tokens, k + 2, cueAt) && leadingClause(tokens, from, k)) continue;
    const aside = closingComma(s, k + 1);
    if (aside > 0) {
      k = aside;
      continue;
    }
    // "found X leads, while Y trails": a contrast with no attribution of its own belongs to the same report.
    if (CONTRASTS.has(n.lower) && !s.cues.some((c) => c.i > k + 1 && !c.according)) continue;
    // ", as well as the prayers …" adds to the content, ", even if they did not …" concedes within it (", as well as ruling …" is a second predicate).
    if (n.lower === 'as' && tokens[k + 2]?.lower === 'well' && tokens[k + 3]?.lower === 'as' && !/ing$/.test(tokens[k + 4]?.lower ?? '')) continue;
    if (n.lower === 'even' && tokens[k + 2]?.lower === 'if' && finite) continue;
    // ", particularly for working mothers" narrows the content; ", especially given that …" is the reporter's reasoning.
    if (EMPHASIS.has(n.lower) && tokens[k + 2]?.lower === 'given') return t.start;
    if (CLAUSE_BREAKS.has(n.lower) || APPENDED.has(n.lower) || (cueAt.has(k + 1) && n.lower.endsWith('ing'))) return t.start;
    if (commaContrastAt(tokens, k + 1) || summaryAppositiveAt(tokens, k + 1) || withPhraseAt(tokens, k + 1, tokens[governing?.i ?? -1]?.lower ?? '')) return t.start;
    if (!finite && trailingParticiple(tokens, k + 1, from)) return t.start;
    if (!finite && appositiveAt(tokens, k + 1)) return t.start;
    if (objectContent && newClauseAt(tokens, k + 1)) return t.start;
    if (objectContent && pastPredicateAt(tokens, k + 1, tokens[governing?.i ?? 0]?.lower ?? '')) return t.start;
    if (n.lower === 'and' && (cueAt.has(k + 2) || cueAt.has(k + 3) || ['when', 'if', 'then', 'as'].includes(tokens[k + 2]?.lower ?? ''))) return t.start;
    if (n.lower === 'and' && s.cues.some(({ i: c }) => c > k + 2 && c < k + 14 && (subjectBefore(tokens, c, '')?.from ?? -1) > k + 1)) return t.start;
  }
  return s.end;
}

/** Whether a cue with its own subject follows the contrast word at `k` within a short clause. */
function contrastReport(s: SentenceInfo, k: number): boolean {
  return s.cues.some((c) => !c.according && c.i > k + 1 && c.i < k + 14 && (subjectBefore(s.tokens, c.i, '')?.from ?? -1) > k);
}

/** "mocking the ad and pointedly saying …": a second participle after a participle cue is a new predicate of its subject. */
function parallelParticiple(tokens: SentenceInfo['tokens'], at: number, cueAt: ReadonlySet<number>): boolean {
  let k = at;
  while (k < at + 2 && /ly$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap || !/ing$/.test(t.lower) || t.lower.length <= 5) return false;
  // "inaccurate and misleading articles", "furnaces and heating equipment": an -ing modifier takes its noun directly.
  return cueAt.has(k) || PARTICIPLE_OBJECT_OPENERS.has(tokens[k + 1]?.lower ?? '');
}
const PARTICIPLE_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'them', 'him', 'it', 'that', 'to', 'for', 'about', 'on', 'with', 'against', 'into', 'up', 'out', 'back', 'down', 'between', 'in', 'at', 'of']);

/** A verb at `at` (after adverbs) in the tense of the cue `cue`: "denied … and counter-accused", "disagrees … and is letting". */
function sameTenseVerbAt(tokens: SentenceInfo['tokens'], at: number, cue: string): boolean {
  let k = at;
  while (k < at + 2 && /ly$/.test(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap || !t.word) return false;
  // "and paid family leave", "and made comments": a past form taking a bare noun may be an adjective.
  if (/ed$/.test(cue) || PAST_VERBS.has(cue)) return (/ed$/.test(t.lower) || PAST_VERBS.has(t.lower)) && (PARTICIPLE_OBJECT_OPENERS.has(tokens[k + 1]?.lower ?? '') || !closesList(tokens, at - 1));
  return /[^s]s$/.test(cue) && PRESENT_AUXILIARIES.has(t.lower);
}
/** "equal pay, health care and paid leave": an "and" that closes a comma list of nouns. */
function closesList(tokens: SentenceInfo['tokens'], and: number): boolean {
  if (tokens[and - 1]?.text === ',') return false;
  for (let k = and - 2; k >= 0 && k > and - 6; k--) if (tokens[k]?.text === ',') return true;
  return false;
}
const PRESENT_AUXILIARIES = new Set(['is', 'has', 'does']);

/** Whether token `k` is a finite verb (or follows a subject pronoun), so that a content holding it is a clause rather than a noun phrase. */
function isFiniteAt(tokens: SentenceInfo['tokens'], k: number, from: number): boolean {
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap || !t.word) return false;
  if (t.lower === 'to' && k <= from + 1) return true;
  return FINITE_AUXILIARIES.has(t.lower) || PAST_VERBS.has(t.lower) || /n['\u2019]t$/.test(t.lower) || /ed$/.test(t.lower) || (k > from && SUBJECT_PRONOUNS.has(tokens[k - 1]?.lower ?? ''));
}

const BUT_FILLERS = new Set(['also', 'still', 'not', 'then']);
/** After ", but": a verb with no subject of its own (a modal, an auxiliary or a past form) that is not another cue. */
function secondVerbAt(tokens: SentenceInfo['tokens'], at: number, cueAt: ReadonlySet<number>): boolean {
  let k = at;
  while (k < at + 2 && BUT_FILLERS.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap || !t.word || [k, k + 1, k + 2].some((c) => cueAt.has(c))) return false;
  return FINITE_AUXILIARIES.has(t.lower) || PAST_VERBS.has(t.lower) || (/ed$/.test(t.lower) && t.lower.length > 4);
}
const CLAUSE_STOPS = new Set(['that', 'who', 'which', 'whom', 'whose', 'when', 'where', ',', ';']);
const MAX_SUBJECT_SPAN = 12;
/** Whether the content from `from` opens with a clause of its own (a subject, then a finite verb), not a noun phrase carrying a relative clause. */
function leadingClause(tokens: SentenceInfo['tokens'], from: number, to: number): boolean {
  const first = tokens[from]?.lower === 'that' ? from + 1 : from;
  for (let k = first; k < to && k < first + MAX_SUBJECT_SPAN; k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || CLAUSE_STOPS.has(t.lower)) return false;
    if (k > first && finiteVerbAt(tokens, k)) return true;
  }
  return false;
}

const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'we']);
const COORDINATED_AUX = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'again', 'repeatedly', 'even', 'once', 'publicly', 'previously']);

/** "… and has said that …", "… but warned …": a second finite cue of the same subject starts its own statement. */
function coordinatedCue(tokens: SentenceInfo['tokens'], at: number, cueAt: ReadonlySet<number>, cue: string): boolean {
  // "… and she accused him of …": the same speaker's next report with its subject restated, in the tense of the first ("said … and he feels …" is reported).
  const restated = SPEAKER_PRONOUNS.has(tokens[at]?.lower ?? '');
  let k = restated ? at + 1 : at;
  while (k < at + 3 && COORDINATED_AUX.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (t === undefined || !cueAt.has(k) || t.lower.endsWith('ing') || !/(?:ed|said|told|wrote|s)$/.test(t.lower) || t.cap) return false;
  return !restated || /[^s]s$/.test(t.lower) === /[^s]s$/.test(cue);
}
