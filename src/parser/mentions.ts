/** Speaker mentions: the subject of a cue verb ("Ms. Lee, 30, of Ohio, said"); the noun phrases themselves are read in noun-phrases.ts. */
import type { Token } from './text/tokens.ts';
import { atClauseStart, clauseInitialNp, endsNp, isInterjected, relativeSubject, RELATIVE_WHO } from './clause-subjects.ts';
import { cueStrength } from './lexicon/cues.ts';
import { BETWEEN_SUBJECT_AND_CUE, DAYS, DETERMINERS, MANNER_VERB, MONTHS, SUBJECT_PRONOUNS } from './lexicon/people.ts';
import { antecedent, mention, npEndingAt, STOP_NOMINAL, type Mention } from './noun-phrases.ts';

export { isNameToken, npEndingAt, npStartingAt, type Mention, type MentionForm } from './noun-phrases.ts';

/** The noun before relative "that", or null when the word before is a verb ("strategists predict that …") or the phrase holds a verb or pronoun. */
function relativeThat(tokens: readonly Token[], k: number, text: string): Mention | null {
  const head = antecedent(tokens, k - 1, text);
  const last = tokens[k - 1];
  if (!head || !last || !/\p{L}/u.test(last.text) || cueStrength(last.lower) !== undefined) return null;
  const inner = tokens.slice(head.from, k);
  return inner.some((w, n) => SUBJECT_PRONOUNS.has(w.lower) || (n > 0 && !w.cap && w.lower.endsWith('ed'))) ? null : head;
}

const INDEFINITES = new Set(['everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'anybody']);
const POST_MODIFIERS = new Set(['familiar', 'close', 'involved', 'briefed', 'knowledgeable', 'privy', 'loyal', 'allied', 'aligned', 'tied', 'opposed']);

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
  const aside = relativeAside(tokens, k);
  if (aside >= 0) {
    const head = findSubject(tokens, aside, text);
    return head?.form === 'nominal' ? (appositiveOwner(tokens, head, text) ?? head) : head;
  }
  if ((t.text === ',' || t.text === '\u2014' || t.text === '\u2013') && t.quote < 0) return appositiveHead(tokens, k, text);
  // "make sure everyone knows …": an indefinite pronoun is a subject wherever it stands.
  if (INDEFINITES.has(t.lower) && t.quote < 0) return mention(tokens, k, k + 1, text, 'nominal');
  // "a clash that signaled …", "the college that promised …": relative "that" stands for the noun before it.
  // "Of 40 clubs that replied, only 12 said …": a cue with nothing after it before the comma says nothing.
  if (t.lower === 'that' && t.quote < 0 && !t.cap && tokens[i + 1]?.word) {
    const head = relativeThat(tokens, k, text);
    if (head) return head;
  }
  const modified = postModified(tokens, k, text);
  if (modified) return modified;
  return npEndingAt(tokens, k, text) ?? clauseInitialNp(tokens, k, text) ?? relativeSubject(tokens, k, text);
}

const DASHES = new Set(['\u2014', '\u2013', '-']);

/** "the group - which backs Warren - said": the index of the dash opening a relative aside that the dash at `k` closes, or -1. */
function relativeAside(tokens: readonly Token[], k: number): number {
  const mark = tokens[k];
  if (!mark || mark.quote >= 0 || !DASHES.has(mark.text)) return -1;
  const close = tokens[k - 1]?.text === mark.text ? k - 1 : k;
  for (let c = close - 1; c >= Math.max(1, k - 30); c--) {
    const ct = tokens[c];
    if (!ct || ct.quote >= 0) return -1;
    if (ct.text !== mark.text) continue;
    const open = tokens[c - 1]?.text === mark.text ? c - 1 : c;
    return RELATIVE_WHO.has(tokens[c + 1]?.lower ?? '') ? open : -1;
  }
  return -1;
}

/** "Neil Sroka, communications director of the group": the named person a role phrase ending in `head` describes, or null. */
function appositiveOwner(tokens: readonly Token[], head: Mention, text: string): Mention | null {
  for (let p = head.from - 1; p >= Math.max(1, head.from - 8); p--) {
    const w = tokens[p];
    if (!w || w.quote >= 0) return null;
    if (w.text === ',') {
      const name = npEndingAt(tokens, p - 1, text);
      return name?.form === 'name' && atClauseStart(tokens, name.from) ? name : null;
    }
    if (!w.word || STOP_NOMINAL.has(w.lower)) return null;
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
