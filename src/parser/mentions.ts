/** Speaker mentions: the subject of a cue verb ("Ms. Lee, 30, of Ohio, said"); the noun phrases themselves are read in noun-phrases.ts. */
import type { Token } from './text/tokens.ts';
import { BETWEEN_SUBJECT_AND_CUE, DAYS, DETERMINERS, INTERJECTED, LY_NOUNS, MANNER_VERB, MONTHS, SUBJECT_PRONOUNS } from './lexicon/people.ts';
import { ANTECEDENT_STOPS, antecedent, isNameToken, mention, npEndingAt, STOP_NOMINAL, type Mention } from './noun-phrases.ts';

export { isNameToken, npEndingAt, npStartingAt, type Mention, type MentionForm } from './noun-phrases.ts';

/** True when `t` may end a noun phrase (a name, pronoun or noun), not a preposition or conjunction ("collapse quickly after"). */
function endsNp(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.quote < 0 && !/['\u2019]s$/.test(t.text) && !ANTECEDENT_STOPS.has(t.lower) && !NOT_NP_START.has(t.lower) && !CLAUSE_OPENERS.has(t.lower) && !STOP_NOMINAL.has(t.lower);
}

/** A lowercase adverb between the subject and its cue ("Sanders eventually dismissed", "Carter however said"). */
function isInterjected(t: Token | undefined): boolean {
  if (!t || t.quote >= 0 || t.cap || !t.word) return false;
  return INTERJECTED.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower));
}

/** "leaders who implicitly rebuked …": an adverb after a relative pronoun. */
const RELATIVE_WHO = new Set(['who', 'which']);

const POST_MODIFIERS = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable']);

/** "an official familiar with the inquiry said": a role noun phrase with its "familiar with …" modifier, ending at `k`. */
function postModified(tokens: readonly Token[], k: number, text: string): Mention | null {
  for (let p = k - 1; p >= Math.max(1, k - 8); p--) {
    const w = tokens[p];
    if (!w || w.quote >= 0 || !w.word) return null;
    if (!POST_MODIFIERS.has(w.lower)) continue;
    const head = npEndingAt(tokens, p - 1, text);
    return head && head.form !== 'pronoun' ? mention(tokens, head.from, k + 1, text, head.form) : null;
  }
  return null;
}

/** Subjects already found, per token array and text: extractors ask again for the same cue (up to 45 tokens back each time). */
const subjects = new WeakMap<readonly Token[], { text: string; at: Map<number, Readonly<Mention> | null> }[]>();

/** The subject of the cue starting at token `i`: skips auxiliaries, adverbs, parentheses and appositives. The result is shared (frozen). */
export function subjectBefore(tokens: readonly Token[], i: number, text: string): Readonly<Mention> | null {
  const memos = subjects.get(tokens) ?? subjects.set(tokens, []).get(tokens) ?? [];
  let memo = memos.find((m) => m.text === text);
  if (!memo) memos.push((memo = { text, at: new Map() }));
  const known = memo.at.get(i);
  if (known !== undefined) return known;
  const found = findSubject(tokens, i, text);
  memo.at.set(i, found && Object.freeze(found));
  return found;
}

function findSubject(tokens: readonly Token[], i: number, text: string): Mention | null {
  let k = skipTime(tokens, i - 1);
  // "Trump responded by saying …", "The senator began by arguing …": the subject of the verb before "by".
  if (tokens[i]?.lower.endsWith('ing') && tokens[k]?.lower === 'by' && MANNER_VERB.test(tokens[k - 1]?.lower ?? '')) k -= 2;
  while (k >= 0 && tokens[k]?.quote === -1 && (BETWEEN_SUBJECT_AND_CUE.has(tokens[k]?.lower ?? '') || /n['\u2019]t$/.test(tokens[k]?.lower ?? '') || (isInterjected(tokens[k]) && (endsNp(tokens[k - 1]) || RELATIVE_WHO.has(tokens[k - 1]?.lower ?? '')))) && !tokens[k]?.cap) k = skipTime(tokens, k - 1);
  // "in Iowa, he, too, feels …", "Lee, however, said": an adverb between commas is no appositive.
  while (tokens[k]?.text === ',' && tokens[k - 2]?.text === ',' && tokens[k]?.quote === -1 && isInterjected(tokens[k - 1])) k -= 3;
  if (tokens[k]?.text === ')') {
    while (k >= 0 && tokens[k]?.text !== '(') k--;
    k--;
  }
  const t = tokens[k];
  if (!t) return null;
  if ((t.text === ',' || t.text === '\u2014' || t.text === '\u2013') && t.quote < 0) return appositiveHead(tokens, k, text);
  const modified = postModified(tokens, k, text);
  if (modified) return modified;
  return npEndingAt(tokens, k, text) ?? clauseInitialNp(tokens, k, text) ?? relativeSubject(tokens, k, text);
}

const RELATIVE_CLAUSE_STOPS = new Set(['and', 'but', 'or', 'said', 'says', 'if', 'because', 'when', 'while']);

/** "Still, people who fought the fires say …": a clause-initial noun phrase with its relative clause, ending at `k`. */
function relativeSubject(tokens: readonly Token[], k: number, text: string): Mention | null {
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

const TIME_HEADS = new Set([...DAYS, ...MONTHS, 'week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'ago']);
const TIME_LEADS = new Set(['on', 'last', 'this', 'next', 'late', 'early', 'earlier', 'in', 'during', 'that', 'the', 'a', 'friday\u2019s', 'past']);

/** Skips a time expression ending at `k` ("on Saturday", "last week", "earlier this month"); returns the token before it. */
function skipTime(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.quote >= 0 || !TIME_HEADS.has(t.lower.replace(/\.$/, ''))) return k;
  let m = k - 1;
  while (m >= 0 && (TIME_LEADS.has(tokens[m]?.lower ?? '') || TIME_HEADS.has(tokens[m]?.lower ?? '') || /^\d+$/.test(tokens[m]?.text ?? ''))) m--;
  return m;
}

const CLAUSE_OPENERS = new Set([',', ':', ';', '\u2014', '\u2013', '-', '\u201d', '"', "''", '(', 'and', 'but', 'while', 'because', 'as', 'when', 'although', 'though', 'since', 'if', 'so', 'yet', 'whereas', 'where']);

function atClauseStart(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1];
  return !before || CLAUSE_OPENERS.has(before.lower) || before.quote >= 0;
}

/** Words opening a subordinate aside between a subject and its cue (", which …,", ", when contacted,"). */
const SUBORDINATE = new Set(['which', 'who', 'whose', 'when', 'where', 'while', 'after', 'as', 'though', 'although', 'because', 'since', 'once']);

/** "Harry Bond, 30, of Raleigh, who was polled, said": the name before the first comma of the appositive chain. */
function appositiveHead(tokens: readonly Token[], k: number, text: string): Mention | null {
  const mark = tokens[k]?.text;
  let nearest: Mention | null = null;
  let best: Mention | null = null;
  let fallback: Mention | null = null;
  for (let c = k - 1; c >= Math.max(0, k - 45); c--) {
    const ct = tokens[c];
    if (!ct || ct.quote >= 0 || /^[\u201c\u201d"]$/.test(ct.text)) break;
    if (ct.text !== mark && !(mark === ',' && ct.text === '\u2014')) continue;
    let end = c - 1;
    if (tokens[end]?.text === ')') while (end > 0 && tokens[end]?.text !== '(') end--;
    if (end !== c - 1) end--;
    const np = npEndingAt(tokens, end, text);
    if (!np) {
      // "The companies, which gave limited answers, said …", "Powell’s office, when contacted, said …": a determined noun phrase opening the clause.
      const common = antecedent(tokens, end, text);
      const lead = common ? tokens[common.from] : undefined;
      const aside = SUBORDINATE.has(tokens[c + 1]?.lower ?? '');
      if (common && lead && aside && common.from === 0 && (DETERMINERS.has(lead.lower) || /['\u2019]s$/.test(lead.text))) fallback = common;
    }
    if (!np || np.form === 'pronoun') continue;
    nearest ??= np;
    if (atClauseStart(tokens, np.from) && np.form === 'name') best = np;
  }
  const inner = npEndingAt(tokens, k - 1, text);
  if (inner?.form === 'name' && tokens[inner.from - 1]?.text === ',' && (!best || best.from < inner.from) && nearest?.form !== 'name') return inner;
  return best ?? nearest ?? fallback;
}

const NOT_NP_START = new Set(['in', 'on', 'at', 'instead', 'after', 'before', 'during', 'for', 'with', 'by', 'from', 'to', 'of', 'about', 'asked', 'when', 'then', 'also', 'later', 'earlier', 'still', 'however', 'meanwhile', 'yet', 'now', 'once', 'since', 'despite', 'unlike', 'like', 'among', 'amid', 'under', 'over', 'through', 'without', 'within']);
const NOMINAL_STOPS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'that', 'which', 'who', 'to', 'not', 'it', 'there', 'what', 'said', 'says', 'if', 'than']);

/** A short clause-initial noun phrase ending at `k` ("61 percent of Democrats", "those surveyed", "most of them"). */
function clauseInitialNp(tokens: readonly Token[], k: number, text: string): Mention | null {
  if (CLAUSE_OPENERS.has(tokens[k]?.lower ?? '')) return null;
  for (let from = k; from >= Math.max(0, k - 6); from--) {
    const t = tokens[from];
    if (!t || t.quote >= 0 || (!t.word && t.text !== '-' && t.text !== '%') || NOMINAL_STOPS.has(t.lower)) return null;
    if (atClauseStart(tokens, from) && !CLAUSE_OPENERS.has(t.lower)) {
      if (SUBJECT_PRONOUNS.has(t.lower) || NOT_NP_START.has(t.lower) || (from === k && DETERMINERS.has(t.lower)) || tokens[k]?.lower === 'the') return null;
      if (!/\p{L}/u.test(tokens[k]?.text ?? '') && !(tokens[k]?.text === '%' && /^\d/.test(tokens[k - 1]?.text ?? ''))) return null;
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
