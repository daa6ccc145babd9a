import type { Token } from '../text/tokens.ts';
import { ADDRESSEE_VERBS, CUE_NOUNS, cueStrength } from '../lexicon/cues.ts';
import { AFTER_CUE, DETERMINERS, FINITE_AUXILIARIES, MONTHS, ROLE_NOUNS, TITLES } from '../lexicon/people.ts';
import { isNameToken, npEndingAt, type Mention } from '../mentions.ts';
import type { CueMatch } from './cues.ts';
import { relativeThat, settingBeforeSubject, thatAfterRelative } from './setting-phrase.ts';

const PREPOSITIONS = new Set('of on in at during to from after before while via with through outside inside following over at amid late last this early earlier later for before across near under when as'.split(' '));
const SETTING = new Set(['on', 'in', 'at', 'during', 'via', 'while', 'before', 'after', 'from', 'with', 'through', 'outside', 'inside', 'following', 'amid', 'last', 'this', 'earlier', 'late', 'when', 'as']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'supporters', 'voters', 'journalists', 'lawmakers', 'members', 'viewers', 'listeners', 'readers', 'attendees', 'donors', 'students', 'the']);
/** Verbs whose object belongs to what was said ("accused him of …", "called it a mistake", "urged Congress to act"). */
const OBJECT_IN_CONTENT = /^(?:accus|call|blam|prais|criticiz|criticis|thank|urg)/;
const QUOTE_OPENERS = /^(?:[\u201c\u201e\u00ab"\u2018']|''|``)$/;

function isSkippable(t: Token | undefined): boolean {
  if (!t || t.quote >= 0) return false;
  return AFTER_CUE.has(t.lower) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || MONTHS.has(t.lower.replace('.', '')) || CUE_NOUNS.has(t.lower) || t.text === ',' || /^\d/.test(t.text) || t.cap || ['interview', 'conference', 'call', 'news', 'press', 'phone', 'television', 'radio', 'rally', 'event', 'appearance', 'hearing', 'night', 'morning', 'afternoon', 'evening', 'week', 'month', 'year', 'day', 'told', 'a', 'an', 'brief', 'written', 'joint', 'emailed', 'telephone', 'exclusive', 'campaign', 'town', 'hall', 'debate', 'meeting', 'speech', 'remarks', 'program', 'show', 'video', 'broadcast'].includes(t.lower);
}

/** Token index where the content begins after a cue (after an addressee, setting phrases and "that"). */
export function contentStart(tokens: readonly Token[], cue: CueMatch): number {
  let k = cue.j;
  const verb = tokens[cue.i]?.lower ?? '';
  if (ADDRESSEE_VERBS.has(verb) && cue.j === cue.i + 1 && !OBJECT_IN_CONTENT.test(verb)) {
    const t = tokens[k];
    if (t && t.quote < 0 && (OBJECT_PRONOUNS.has(t.lower) || isNameToken(t))) {
      let m = k + 1;
      while (m < tokens.length && m - k < 6 && (isNameToken(tokens[m]) || (!tokens[m]?.cap && tokens[m]?.word && tokens[m]?.lower !== 'that' && !FINITE_AUXILIARIES.has(tokens[m]?.lower ?? '') && t.lower === 'the'))) m++;
      // "asked X to …" reports a request whose object is part of what was asked.
      // "promised the city would …": a phrase followed by its own auxiliary is the reported clause's subject, not an addressee.
      if (!(/^ask/.test(verb) && tokens[m]?.lower === 'to') && !FINITE_AUXILIARIES.has(tokens[m]?.lower ?? '')) k = m;
    }
  }
  for (let m = k; m < tokens.length && m - k < 14; m++) {
    const t = tokens[m];
    if (!t || t.quote >= 0 || t.lower === 'that') break;
    if ((t.text === ',' || t.text === ':') && m > k) {
      const q = (tokens[m + 1]?.quote ?? -1) >= 0 ? m + 1 : (tokens[m + 2]?.quote ?? -1) >= 0 && QUOTE_OPENERS.test(tokens[m + 1]?.text ?? '') ? m + 2 : -1;
      if (q > 0) return q;
      // "announced on her page, in capital letters, “…”": a second setting phrase before the quotation.
      if (SETTING.has(tokens[m + 1]?.lower ?? '')) continue;
      break;
    }
    if (!t.word) break;
  }
  const thatSearch = !/^(?:criticiz|criticis|accus|prais|blam|thank|attack|defend|slam|blast|mock|describ|call|label|brand|dub|challeng|question)/.test(verb);
  for (let m = k; thatSearch && m < tokens.length && m - k < 10; m++) {
    const t = tokens[m];
    if (!t) break;
    // "said in an interview that aired Sunday that …": a relative "that" inside the setting phrase.
    if (t.lower === 'that' && t.quote < 0) {
      if (!(m > k && relativeThat(tokens[m + 1]))) return m + 1;
      const next = thatAfterRelative(tokens, m + 1);
      if (next > 0) return next + 1;
      // "… a misstep that could …" is surely relative; "… interview that trials …" may be the reported clause.
      if (FINITE_AUXILIARIES.has(tokens[m + 1]?.lower ?? '')) break;
      return m + 1;
    }
    if (t.lower.endsWith('ing') && !t.cap && !PREPOSITIONS.has(t.lower)) break;
    if (!isSkippable(t) && !(m > k && PREPOSITIONS.has(tokens[k]?.lower ?? '') && t.word && t.quote < 0)) break;
    if (m === k && !isSkippable(t)) break;
  }
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t || t.quote >= 0) break;
    if (t.text === ',' || t.text === ':' || AFTER_CUE.has(t.lower)) {
      k++;
      continue;
    }
    if (t.lower === 'on' && tokens[k + 1] && /day$/i.test(tokens[k + 1]?.text ?? '')) {
      k += 2;
      continue;
    }
    // "said Tuesday night it …", "said last week the …": a time phrase before the reported clause.
    const time = timeRun(tokens, k);
    if (time > k) {
      k = time;
      continue;
    }
    break;
  }
  return settingBeforeSubject(tokens, k);
}

const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const DAY_PARTS = new Set(['night', 'morning', 'afternoon', 'evening']);
const TIME_UNITS = new Set(['week', 'weekend', 'month', 'year', 'night', 'spring', 'summer', 'fall', 'winter']);

/** End of a time phrase starting at `k` ("Tuesday night", "last week", "earlier this month"), or `k`. */
function timeRun(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.quote >= 0) return k;
  if (DAY_PARTS.has(t.lower) && DAY_NAMES.has(tokens[k - 1]?.lower ?? '')) return k + 1;
  if (DAY_NAMES.has(t.lower)) return DAY_PARTS.has(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  let m = k;
  if (t.lower === 'earlier' || t.lower === 'later') m++;
  if ((tokens[m]?.lower === 'last' || tokens[m]?.lower === 'this') && TIME_UNITS.has(tokens[m + 1]?.lower ?? '')) return m + 2;
  return k;
}

/** True when the tokens from `j` hold no content of their own: setting phrases, or a trailing ", adding …" / ", “…”". */
export function isTrailingRemainder(tokens: readonly Token[], j: number, lenient = false): boolean {
  let k = j;
  let phrase = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t) break;
    if (t.quote >= 0 || QUOTE_OPENERS.test(t.text)) {
      if (tokens[k - 1]?.text === ',' || tokens[k - 1]?.text === ':') return true;
      if (!lenient || phrase <= 0) return false;
      const region = t.quote >= 0 ? t.quote : tokens[k + 1]?.quote ?? -1;
      let e = k;
      while (e < tokens.length && (tokens[e]?.quote === region || QUOTE_OPENERS.test(tokens[e]?.text ?? '') || /^[\u201d\u2019]$/.test(tokens[e]?.text ?? ''))) e++;
      if (e - k > 8) return false;
      k = e;
      continue;
    }
    if (/^[.!?\u2026)\u201d"']$/.test(t.text)) {
      k++;
      continue;
    }
    if (t.text === ';' && lenient) return true;
    if (t.text === ',') {
      const n = tokens[k + 1];
      if (lenient && n && n.lower !== 'that') return true;
      if (!n || n.quote >= 0 || QUOTE_OPENERS.test(n.text) || /ing$/.test(n.lower) || ['who', 'which', 'according', 'and', 'but', 'as', 'when', 'while', 'before', 'after', 'in', 'at', 'on', 'referring', 'though', 'although', 'because'].includes(n.lower)) return true;
      k++;
      continue;
    }
    if (t.lower === 'that') return false;
    if (lenient && (t.lower === 'and' || t.lower === 'but')) {
      let n = k + 1;
      while (AFTER_CUE.has(tokens[n]?.lower ?? '') || tokens[n]?.lower === 'then') n++;
      if (cueStrength(tokens[n]?.lower ?? '') === 'speech') return true;
    }
    if (lenient && SETTING.has(t.lower)) phrase = 6;
    if (!isSkippable(t) && !(phrase > 0 && t.word && !t.cap)) return false;
    phrase--;
    k++;
  }
  return true;
}

/** First token index of the next clause after a trailing attribution (", “…”" split quotes), or -1. */
export function splitQuoteAfter(tokens: readonly Token[], j: number): number {
  for (let k = j; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.quote >= 0) return tokens[k - 1]?.text === ',' || tokens[k - 2]?.text === ',' ? k : -1;
    if (t.text !== ',' && !QUOTE_OPENERS.test(t.text) && !isSkippable(t)) return -1;
  }
  return -1;
}

const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'from', 'following', 'since', 'speaking', 'writing', 'asked']);

/** The sentence's grammatical subject when it opens with a name or pronoun, else null. */
export function sentenceSubject(tokens: readonly Token[], text: string, before: number): Mention | null {
  let dash = tokens.findIndex((t, n) => n < 12 && /^[-\u2013\u2014]$/.test(t.text) && (tokens[n - 1]?.text === ')' || /^[A-Z]{3,}$/.test(tokens[n - 1]?.text ?? '')));
  if (OPENING_PREPOSITIONS.has(tokens[dash + 1]?.lower ?? '')) {
    // "In an interview with the Tribune, Smith …": the subject follows the opening phrase's comma.
    const comma = tokens.findIndex((t, n) => n > dash + 1 && n < dash + 20 && n < before && t.text === ',' && t.quote < 0);
    if (comma > 0) dash = comma;
  }
  for (let k = dash + 1; k < Math.min(before, dash + 13); k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0) return null;
    if ((t.cap && !/ing$/.test(t.lower)) || ['he', 'she', 'they', 'it', 'we'].includes(t.lower)) {
      let e = k;
      while (isNameToken(tokens[e + 1]) || tokens[e + 1]?.lower === 'of') e++;
      const role = tokens[e + 1];
      if (role && !role.cap && role.word && isRoleWord(role.lower) && isNameToken(tokens[e + 2])) {
        e += 2;
        while (isNameToken(tokens[e + 1])) e++;
      } else if (role && !role.cap && role.word && tokens[e + 2]?.text === ',' && isNameToken(tokens[e + 3])) {
        let n = e + 3;
        while (isNameToken(tokens[n + 1])) n++;
        const named = npEndingAt(tokens, n, text);
        if (named && tokens[n + 1]?.text === ',') return named;
      }
      const np = npEndingAt(tokens, e, text);
      if (np && (np.form !== 'name' || !['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this'].includes(tokens[np.from]?.lower ?? ''))) return np;
    }
  }
  return null;
}

/** A lowercase word that can stand between a name and a further name as its role ("Trump campaign manager Corey Lewandowski"), unlike a verb ("met"). */
function isRoleWord(word: string): boolean {
  return ROLE_NOUNS.has(word) || TITLES.has(word) || /(?:er|or|ist|ant|ent|man|woman|ian|ee)$/.test(word);
}

const INTRO = new Set(['during', 'on', 'in', 'at', 'after', 'before', 'asked', 'speaking', 'earlier', 'later', 'meanwhile', 'however', 'still', 'last', 'since', 'when', 'while', 'addressing', 'writing', 'responding', 'at', 'for', 'from', 'with', 'by', 'under', 'over', 'following', 'but', 'and', 'yet', 'also', 'then', 'now', 'today', 'yesterday', 'separately', 'instead', 'overall', 'previously', 'recently']);

/** True when [0, end) is a short introductory phrase ("During the speech,", "On Tuesday,") rather than content. */
export function isIntroPhrase(tokens: readonly Token[], end: number): boolean {
  const first = tokens[0];
  return end <= 9 && first !== undefined && first.quote < 0 && INTRO.has(first.lower) && !tokens.slice(0, end).some((t) => t.quote >= 0 || FINITE_AUXILIARIES.has(t.lower));
}
