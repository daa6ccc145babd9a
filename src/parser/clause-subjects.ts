/** Subjects read at the start of a clause: "61 percent of Democrats", "people who fought the fires", "The deputy head of the delegation to the forum". */
import type { Token } from './text/tokens.ts';
import { BETWEEN_SUBJECT_AND_CUE, DETERMINERS, FINITE_AUXILIARIES, INTERJECTED, LY_NOUNS, SUBJECT_PRONOUNS } from './lexicon/people.ts';
import { ANTECEDENT_STOPS, antecedent, isNameToken, mention, npEndingAt, STOP_NOMINAL, type Mention } from './noun-phrases.ts';

/** True when `t` may end a noun phrase (a name, pronoun or noun), not a preposition or conjunction ("collapse quickly after"). */
export function endsNp(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.quote < 0 && !/['\u2019]s$/.test(t.text) && !ANTECEDENT_STOPS.has(t.lower) && !NOT_NP_START.has(t.lower) && !CLAUSE_OPENERS.has(t.lower) && !STOP_NOMINAL.has(t.lower);
}

/** A lowercase adverb between the subject and its cue ("Sanders eventually dismissed", "Carter however said"). */
export function isInterjected(t: Token | undefined): boolean {
  if (!t || t.quote >= 0 || t.cap || !t.word) return false;
  return INTERJECTED.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower));
}

/** "leaders who implicitly rebuked …": an adverb after a relative pronoun. */
export const RELATIVE_WHO = new Set(['who', 'which']);

/** Tokens after which a new clause (and so a subject) may start. */
export const CLAUSE_OPENERS = new Set([',', ':', ';', '\u2014', '\u2013', '-', '\u201d', '"', "''", '(', 'and', 'but', 'while', 'because', 'as', 'when', 'although', 'though', 'since', 'if', 'so', 'yet', 'whereas', 'where']);

/** True when the token at `from` opens a clause. */
export function atClauseStart(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  // "60,000": a comma inside a number opens nothing.
  if (before?.text === ',' && /^\d{3}$/.test(tokens[from]?.text ?? '') && /^\d+$/.test(tokens[from - 2]?.text ?? '')) return false;
  return !before || CLAUSE_OPENERS.has(before.lower) || before.quote >= 0;
}

const RELATIVE_CLAUSE_STOPS = new Set(['and', 'but', 'or', 'said', 'says', 'if', 'because', 'when', 'while']);

/** "Still, people who fought the fires say …": a clause-initial noun phrase with its relative clause, ending at `k`. */
export function relativeSubject(tokens: readonly Token[], k: number, text: string): Mention | null {
  if (!endsNp(tokens[k])) return null;
  let verb = false;
  for (let w = k - 1; w >= Math.max(1, k - 12); w--) {
    const t = tokens[w];
    if (!t || t.quote >= 0 || !t.word || RELATIVE_CLAUSE_STOPS.has(t.lower)) return null;
    if (t.lower !== 'who') {
      verb ||= !BETWEEN_SUBJECT_AND_CUE.has(t.lower) && !isInterjected(t);
      continue;
    }
    // "a policy maker who is now advising …": the relative pronoun is the cue's own subject.
    if (!verb) return null;
    const head = antecedent(tokens, w - 1, text);
    return head && atClauseStart(tokens, head.from) && !SUBJECT_PRONOUNS.has(tokens[head.from]?.lower ?? '') ? mention(tokens, head.from, k + 1, text, 'nominal') : null;
  }
  return null;
}

const NOT_NP_START = new Set(['in', 'on', 'at', 'instead', 'after', 'before', 'during', 'for', 'with', 'by', 'from', 'to', 'of', 'about', 'asked', 'when', 'then', 'also', 'later', 'earlier', 'still', 'however', 'meanwhile', 'yet', 'now', 'once', 'since', 'despite', 'unlike', 'like', 'among', 'amid', 'under', 'over', 'through', 'without', 'within']);
/** A long phrase only as "the (adjective) head of …" without a past-tense verb ("The deputy head of the delegation to the forum"). */
function headOfPhrase(tokens: readonly Token[], from: number, k: number): boolean {
  if (!DETERMINERS.has(tokens[from]?.lower ?? '')) return false;
  const of = tokens.slice(from + 2, from + 4).findIndex((t) => t.lower === 'of');
  return of >= 0 && !tokens.slice(from + 1, k + 1).some((t) => !t.cap && (t.lower.endsWith('ed') || FINITE_AUXILIARIES.has(t.lower) || OBJECT_PRONOUNS.has(t.lower)));
}

const SUBORDINATORS = new Set(['after', 'before', 'because', 'when', 'while', 'since', 'until', 'although', 'though', 'as', 'if', 'unless']);
const COMPARATIVES = new Set(['more', 'fewer', 'less']);
const QUANTITY_MARK = /^(?:\d[\d,.]*|percent|%|half|majority|plurality|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?)|thirds?|quarters?)$/;
const QUANTITY_OPEN = new Set(['only', 'about', 'nearly', 'almost', 'roughly', 'approximately', 'around', 'just', 'more', 'fewer', 'less', 'over', 'under', 'a', 'an']);

/** A poll-style subject: "Only about 4 in 10 Republican voters in each state", "More than half the senators surveyed". */
function quantityPhrase(tokens: readonly Token[], from: number, k: number): boolean {
  const first = tokens[from];
  if (!first || !(QUANTITY_OPEN.has(first.lower) || QUANTITY_MARK.test(first.lower))) return false;
  const inner = tokens.slice(from, k + 1);
  return inner.slice(0, 4).some((t) => QUANTITY_MARK.test(t.lower)) && !inner.some((t) => FINITE_AUXILIARIES.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || OBJECT_PRONOUNS.has(t.lower) || SUBORDINATORS.has(t.lower));
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me']);
/** Determiners that stand alone as a subject ("Yet another said …", "…, some say"). */
const STANDALONE = new Set(['another', 'some', 'many', 'most', 'several', 'both', 'all', 'few']);
const QUANTIFIERS = new Set(['only', 'about', 'just', 'nearly', 'almost', 'roughly', 'approximately', 'around', 'some']);
const NOMINAL_STOPS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'that', 'which', 'who', 'to', 'not', 'it', 'there', 'what', 'said', 'says', 'if', 'than']);

/** A short clause-initial noun phrase ending at `k` ("61 percent of Democrats", "those surveyed", "most of them"). */
export function clauseInitialNp(tokens: readonly Token[], k: number, text: string): Mention | null {
  // "Rubio responded before adding …": a phrase ending in a preposition is no noun phrase.
  if (CLAUSE_OPENERS.has(tokens[k]?.lower ?? '') || (tokens[k]?.word && !endsNp(tokens[k]))) return null;
  for (let from = k; from >= Math.max(0, k - 13); from--) {
    const t = tokens[from];
    // "the head of the delegation to the forum": "to" before a determiner is a preposition, not an infinitive; "more than half".
    const preposition = (t?.lower === 'to' && DETERMINERS.has(tokens[from + 1]?.lower ?? '')) || (t?.lower === 'than' && COMPARATIVES.has(tokens[from - 1]?.lower ?? ''));
    if (!t || t.quote >= 0 || (!t.word && t.text !== '-' && t.text !== '%') || (NOMINAL_STOPS.has(t.lower) && !preposition)) return null;
    if (atClauseStart(tokens, from) && !CLAUSE_OPENERS.has(t.lower)) {
      const quantity = quantityPhrase(tokens, from, k);
      if (SUBJECT_PRONOUNS.has(t.lower) || (NOT_NP_START.has(t.lower) && !quantity) || (from === k && DETERMINERS.has(t.lower) && !STANDALONE.has(t.lower)) || tokens[k]?.lower === 'the') return null;
      if (k - from > 6 && !quantity && (k - from > 9 || !headOfPhrase(tokens, from, k))) return null;
      // "only 28 said yes": a bare number heads the phrase only after a quantifier.
      const counted = /^\d/.test(tokens[k]?.text ?? '') && k > from && QUANTIFIERS.has(tokens[from]?.lower ?? '');
      if (!/\p{L}/u.test(tokens[k]?.text ?? '') && !(tokens[k]?.text === '%' && /^\d/.test(tokens[k - 1]?.text ?? '')) && !counted) return null;
      // "Cruz made an unprompted call for …": an article inside the phrase means the cue is a noun, not the subject's verb.
      if (isNameToken(tokens[from]) && tokens.slice(from + 1, k + 1).some((x) => x.lower === 'a' || x.lower === 'an')) {
        let e = from;
        while (isNameToken(tokens[e + 1])) e++;
        const named = npEndingAt(tokens, e, text);
        return named?.form === 'name' ? named : null;
      }
      return mention(tokens, from, k + 1, text, 'nominal');
    }
  }
  return null;
}
