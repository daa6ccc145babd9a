/** Noun phrases that can name a speaker, read off the tokens: a name with its titles, a pronoun, a role ("the senator"). */
import type { Token } from './text/tokens.ts';
import { DAYS, DETERMINERS, NOT_NAMES, ROLE_NOUNS, SUBJECT_PRONOUNS, TITLES } from './lexicon/people.ts';

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

const LEFT_OF_NAME = new Set([...TITLES, ...ROLE_NOUNS, 'news', 'press', 'wire', 'top', 'chief', 'senior', 'campaign', 'longtime', 'veteran', 'fellow', 'spokesman', 'spokeswoman', 'rival', 'challenger']);
export const STOP_NOMINAL = new Set(['that', 'which', 'who', 'and', 'but', 'or', 'as', 'if', 'when', 'because', 'while', 'than', 'not', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'be', 'been', 'will', 'would', 'said', 'says', 'to']);

export function isNameToken(t: Token | undefined): boolean {
  return t !== undefined && t.quote < 0 && t.cap && !NOT_NAMES.has(t.lower) && !DAYS.has(t.lower) && !CALENDAR.has(t.lower);
}

export function mention(tokens: readonly Token[], from: number, to: number, text: string, form: MentionForm): Mention {
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
    let before = k - 1;
    // "38 percent — who said …", "… -- who …": a comma, bracket or dash before the pronoun.
    while (before > k - 3 && before >= 0 && RELATIVE_MARKS.has(tokens[before]?.text ?? '') && tokens[before]?.quote === -1) before--;
    if (before === k - 1 && tokens[k - 1]?.text === '(') before--;
    const common = t.lower === 'who' || !RELATIVE_MARKS.has(tokens[k - 1]?.text ?? '') ? antecedent(tokens, before, text) : null;
    const np = before >= 0 ? (npEndingAt(tokens, before, text) ?? (t.lower === 'who' && common ? personBefore(tokens, common, text) : null) ?? common) : null;
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

const RELATIVE_MARKS = new Set([',', '\u2014', '\u2013', '-']);

export const ANTECEDENT_STOPS = new Set(['of', 'including', 'to', 'for', 'from', 'in', 'on', 'at', 'by', 'with', 'about', 'than', 'and', 'or', 'but']);

/** "one former staffer, who said …", "23 percent who said …": a common noun phrase before a relative pronoun. */
export function antecedent(tokens: readonly Token[], k: number, text: string): Mention | null {
  const head = tokens[k];
  // "18% who say …": a percent sign after a number heads the phrase.
  const percent = head?.text === '%' && /^\d/.test(tokens[k - 1]?.text ?? '');
  if (!head || (!head.word && !percent) || head.cap || head.quote >= 0 || STOP_NOMINAL.has(head.lower) || ANTECEDENT_STOPS.has(head.lower)) return null;
  let from = k;
  while (from > 0 && k - from < 5) {
    const prev = tokens[from - 1];
    if (!prev || prev.quote >= 0 || (!prev.word && !/^\d/.test(prev.text)) || STOP_NOMINAL.has(prev.lower) || ANTECEDENT_STOPS.has(prev.lower)) break;
    from--;
    if (DETERMINERS.has(prev.lower)) break;
  }
  return mention(tokens, from, k + 1, text, 'nominal');
}

const PEOPLE_PLURAL = /(?:ers|ors|ists|ians|ants|ents|people|men|women)$/;
const QUOTE_MARK = /^(?:["\u201c\u201d]|''|``)$/;
const PP_LINKS = new Set(['to', 'of', 'at', 'in', 'from', 'for', 'on', 'with']);

/** "listeners to his radio program who said …": "who" names people, so a thing after a preposition hands it to the people before. */
function personBefore(tokens: readonly Token[], thing: Mention, text: string): Mention | null {
  const head = tokens[thing.to - 1]?.lower ?? '';
  if (isRole(head) || PEOPLE_PLURAL.test(head)) return null;
  for (let p = thing.from - 1; p >= Math.max(1, thing.from - 8); p--) {
    const w = tokens[p];
    if (!w || (w.quote < 0 && !w.word && !QUOTE_MARK.test(w.text))) return null;
    if (w.quote >= 0 || !PP_LINKS.has(w.lower)) continue;
    const owner = tokens[p - 1];
    if (!owner || owner.cap || owner.quote >= 0 || !(isRole(owner.lower) || PEOPLE_PLURAL.test(owner.lower))) return null;
    const outer = antecedent(tokens, p - 1, text);
    return outer;
  }
  return null;
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
