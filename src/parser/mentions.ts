import type { Token } from './text/tokens.ts';
import { BETWEEN_SUBJECT_AND_CUE, DAYS, DETERMINERS, INTERJECTED, LY_NOUNS, MANNER_VERB, MONTHS, NOT_NAMES, ROLE_NOUNS, SUBJECT_PRONOUNS, TITLES } from './lexicon/people.ts';

export type MentionForm = 'name' | 'pronoun' | 'nominal';

/** A speaker mention as written: token range [from, to) and character offsets. */
export interface Mention {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  form: MentionForm;
}

const CALENDAR = new Set(['january', 'february', 'march', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.']);
const NAME_CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'van', 'von', 'bin', 'al', 'da', 'di', 'du', 'der', 'for', 'the', 'and']);
/** True when `t` may end a noun phrase (a name, pronoun or noun), not a preposition or conjunction ("collapse quickly after"). */
function endsNp(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.quote < 0 && !/['\u2019]s$/.test(t.text) && !ANTECEDENT_STOPS.has(t.lower) && !NOT_NP_START.has(t.lower) && !CLAUSE_OPENERS.has(t.lower) && !STOP_NOMINAL.has(t.lower);
}

/** A lowercase adverb between the subject and its cue ("Sanders eventually dismissed", "Carter however said"). */
function isInterjected(t: Token | undefined): boolean {
  if (!t || t.quote >= 0 || t.cap || !t.word) return false;
  return INTERJECTED.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NOUNS.has(t.lower));
}
const LEFT_OF_NAME = new Set([...TITLES, ...ROLE_NOUNS, 'news', 'press', 'wire', 'top', 'chief', 'senior', 'campaign', 'longtime', 'veteran', 'fellow', 'spokesman', 'spokeswoman', 'rival', 'challenger']);
const STOP_NOMINAL = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'as', 'if', 'when', 'because', 'while', 'than', 'not', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'said', 'says', 'to']);

export function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && t.quote < 0 && t.cap && !NOT_NAMES.has(t.lower) && !DAYS.has(t.lower) && !CALENDAR.has(t.lower);
}

function mention(tokens: readonly Token[], from: number, to: number, text: string, form: MentionForm): Mention {
  const first = tokens[from];
  const last = tokens[to - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  return { from, to, start, end, text: text.slice(start, end), form };
}

/** The noun phrase that ends at token `k`: a pronoun, a capitalised name (with titles) or a role noun phrase. */
export function npEndingAt(tokens: readonly Token[], k: number, text: string): Mention | null {
  const t = tokens[k];
  if (!t || t.quote >= 0 || !t.word) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'who') return mention(tokens, k, k + 1, text, 'pronoun');
  if (t.lower === 'who' || t.lower === 'which') {
    const before = tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === '(' ? k - 2 : k - 1;
    const np = before >= 0 ? (npEndingAt(tokens, before, text) ?? (t.lower === 'who' || tokens[k - 1]?.text !== ',' ? antecedent(tokens, before, text) : null)) : null;
    // "Laurence Meyer, a former Fed governor who argued …": the relative clause is about the named person.
    const appositive = np?.form === 'nominal' && tokens[np.from - 1]?.text === ',' && ['a', 'an', 'the'].includes(tokens[np.from]?.lower ?? '');
    const named = appositive && np ? npEndingAt(tokens, np.from - 2, text) : null;
    return named?.form === 'name' ? named : np;
  }
  if (isNameToken(t) || (t.cap && /^[A-Z]{2,}/.test(t.text))) {
    let from = k;
    while (from > 0) {
      const prev = tokens[from - 1];
      if (isNameToken(prev) || (prev?.cap && /^\p{Lu}[\p{Lu}.]+$/u.test(prev.text) && prev.quote < 0)) from--;
      else if (prev && NAME_CONNECTORS.has(prev.lower) && !prev.cap && isNameToken(tokens[from - 2])) from -= 2;
      else break;
    }
    from = extendLeft(tokens, from);
    return mention(tokens, from, k + 1, text, 'name');
  }
  if (!t.cap && isRole(t.lower)) {
    let from = k;
    let steps = 0;
    while (from > 0 && steps < 6) {
      const prev = tokens[from - 1];
      if (prev?.lower === 'and' && steps > 0 && isRole(tokens[from - 2]?.lower ?? '') && tokens[from - 2]?.quote === -1) {
        // "the Vermont senator and presidential candidate": two roles of one person.
        from--;
        continue;
      }
      if (!prev || !prev.word || prev.quote >= 0 || STOP_NOMINAL.has(prev.lower)) break;
      from--;
      steps++;
      if (DETERMINERS.has(prev.lower)) break;
    }
    return mention(tokens, from, k + 1, text, 'nominal');
  }
  return null;
}

const ANTECEDENT_STOPS = new Set(['of', 'to', 'for', 'from', 'in', 'on', 'at', 'by', 'with', 'about', 'than', 'and', 'or', 'but']);

/** "one former staffer, who said …", "23 percent who said …": a common noun phrase before a relative pronoun. */
function antecedent(tokens: readonly Token[], k: number, text: string): Mention | null {
  const head = tokens[k];
  if (!head || !head.word || head.cap || head.quote >= 0 || STOP_NOMINAL.has(head.lower) || ANTECEDENT_STOPS.has(head.lower)) return null;
  let from = k;
  while (from > 0 && k - from < 5) {
    const prev = tokens[from - 1];
    if (!prev || prev.quote >= 0 || (!prev.word && !/^\d/.test(prev.text)) || STOP_NOMINAL.has(prev.lower) || ANTECEDENT_STOPS.has(prev.lower)) break;
    from--;
    if (DETERMINERS.has(prev.lower)) break;
  }
  return mention(tokens, from, k + 1, text, 'nominal');
}

function isRole(word: string): boolean {
  return ROLE_NOUNS.has(word) || (word.endsWith('s') && ROLE_NOUNS.has(word.slice(0, -1))) || (word.endsWith('ies') && ROLE_NOUNS.has(`${word.slice(0, -3)}y`));
}

function extendLeft(tokens: readonly Token[], from: number): number {
  let f = from;
  for (let n = 0; n < 5 && f > 0; n++) {
    const prev = tokens[f - 1];
    if (!prev || prev.quote >= 0 || !prev.word) break;
    if (DETERMINERS.has(prev.lower) && !prev.cap) return f - 1;
    const role = LEFT_OF_NAME.has(prev.lower) || /(?:ial|ic|al|ing)$/.test(prev.lower);
    const afterRole = f < from && tokens[f]?.cap === false;
    if ((!prev.cap && role) || (prev.cap && TITLES.has(prev.lower)) || (prev.cap && afterRole && !NOT_NAMES.has(prev.lower))) f--;
    else break;
  }
  return f;
}

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

/** The subject of the cue starting at token `i`: skips auxiliaries, adverbs, parentheses and appositives. */
export function subjectBefore(tokens: readonly Token[], i: number, text: string): Mention | null {
  let k = skipTime(tokens, i - 1);
  // "Trump responded by saying …", "The senator began by arguing …": the subject of the verb before "by".
  if (tokens[i]?.lower.endsWith('ing') && tokens[k]?.lower === 'by' && MANNER_VERB.test(tokens[k - 1]?.lower ?? '')) k -= 2;
  while (k >= 0 && tokens[k]?.quote === -1 && (BETWEEN_SUBJECT_AND_CUE.has(tokens[k]?.lower ?? '') || /n['\u2019]t$/.test(tokens[k]?.lower ?? '') || (isInterjected(tokens[k]) && endsNp(tokens[k - 1]))) && !tokens[k]?.cap) k = skipTime(tokens, k - 1);
  if (tokens[k]?.text === ')') {
    while (k >= 0 && tokens[k]?.text !== '(') k--;
    k--;
  }
  const t = tokens[k];
  if (!t) return null;
  if ((t.text === ',' || t.text === '\u2014' || t.text === '\u2013') && t.quote < 0) return appositiveHead(tokens, k, text);
  const modified = postModified(tokens, k, text);
  if (modified) return modified;
  return npEndingAt(tokens, k, text) ?? clauseInitialNp(tokens, k, text);
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

const CLAUSE_OPENERS = new Set([',', ':', ';', '\u2014', '\u2013', '\u201d', '"', "''", '(', 'and', 'but', 'while', 'because', 'as', 'when', 'although', 'though', 'since', 'if', 'so', 'yet', 'whereas', 'where']);

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
      if (!/\p{L}/u.test(tokens[k]?.text ?? '')) return null;
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

/** A noun phrase that starts at token `j` (after "according to" or in "…, said the senator"). */
export function npStartingAt(tokens: readonly Token[], j: number, text: string, stops: ReadonlySet<string>): Mention | null {
  if (stops.has(tokens[j]?.lower ?? '')) return null;
  let k = j;
  let lastHead = -1;
  while (k < tokens.length && k - j < 12) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || (!t.word && t.text !== '\u2019s' && t.text !== "'s" && t.text !== '-' && t.text !== '.' && t.text !== '(' && t.text !== ')')) break;
    if (t.text === '(') {
      while (k < tokens.length && tokens[k]?.text !== ')') k++;
      k++;
      continue;
    }
    if (t.word && stops.has(t.lower) && k > j) break;
    if (t.word) lastHead = k;
    k++;
  }
  if (lastHead < j) return null;
  const first = tokens[j];
  const form: MentionForm = first && SUBJECT_PRONOUNS.has(first.lower) && lastHead === j ? 'pronoun' : tokens.slice(j, lastHead + 1).some(isNameToken) ? 'name' : 'nominal';
  return mention(tokens, j, lastHead + 1, text, form);
}
