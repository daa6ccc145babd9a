import type { SentenceInfo } from '../context.ts';
import { FINITE_AUXILIARIES } from '../lexicon/people.ts';

type Tokens = SentenceInfo['tokens'];

/** Cues reporting a finding ("the poll showed …, with 13 percent undecided"), whose "with" phrase is still part of the result. */
const FINDING = /^(?:show|found|find|ha[sdv]|gave|give|put|place)/;
/** Words after "with" that open a figure or an elaboration of the content ("with 40 percent …", "with a margin of …", "with no sign …"). */
const FIGURE_OPENERS = new Set(['a', 'an', 'no', 'only', 'just', 'nearly', 'about', 'more', 'less', 'fewer', 'each', 'every', 'all']);
const MAX_WITH = 25;
const MIN_PAREN_TOKENS = 4;

/**
 * ", with whom he clashed", ", with Senator X now pressing …", ", with such a precedent …": after a comma, a "with" phrase of the
 * reporter's circumstance ends a reported clause — unless the cue reports a finding, the phrase gives a figure, or a comma closes it
 * as an aside before the content resumes ("…, with the help of X, into the country").
 */
export function withPhraseAt(tokens: Tokens, at: number, cue: string): boolean {
  const t = tokens[at];
  if (!t || t.quote >= 0 || t.lower !== 'with' || tokens[at - 1]?.text !== ',') return false;
  const n = tokens[at + 1];
  if (!n || n.quote >= 0) return false;
  if (n.lower === 'whom' || n.lower === 'which') return true;
  if (FINDING.test(cue) || FIGURE_OPENERS.has(n.lower) || /^\d/.test(n.text)) return false;
  for (let k = at + 1; k < tokens.length && k < at + MAX_WITH; k++) {
    const w = tokens[k];
    if (!w || w.quote >= 0 || w.text === ';') return true;
    if (w.text !== ',') continue;
    const after = tokens[k + 1];
    return !(after && after.word && !after.cap && after.lower !== 'and' && after.lower !== 'but');
  }
  return true;
}

/**
 * "raising the minimum wage (with far less passion than …).", "… made up compared to 38 percent who …": a closing parenthetical
 * or a comparison the reporter appends after the content.
 */
export function trailingAsideAt(tokens: Tokens, at: number): boolean {
  const t = tokens[at];
  if (!t || t.quote >= 0) return false;
  if (t.lower === 'compared') return tokens[at - 1]?.word === true && (tokens[at + 1]?.lower === 'to' || tokens[at + 1]?.lower === 'with');
  if (t.text !== '(' || at === 0) return false;
  for (let k = at + 1; k < tokens.length; k++) {
    const w = tokens[k];
    if (!w || w.text === '(') return false;
    // "(TPP)", "(I-Vt.)", "(Fla.)": a short gloss belongs to the noun before it.
    if (w.text === ')') return k - at > MIN_PAREN_TOKENS && tokens.slice(k + 1).every((x) => !x.word && x.quote < 0);
  }
  return false;
}

/** "… (only) on condition of anonymity because …": the reporter's terms for the source, after the content. */
export function reportingTermsAt(tokens: Tokens, at: number): boolean {
  let k = at;
  if (tokens[k]?.lower === 'only') k++;
  const t = tokens[k];
  if (!t || t.quote >= 0 || t.cap || t.lower !== 'on') return false;
  const c = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return c?.lower === 'condition' && c.quote < 0;
}

/** ", however this time …", ", just as it has …", ", much as …": after a comma, a contrast or comparison of the reporter's. */
export function commaContrastAt(tokens: Tokens, at: number): boolean {
  const t = tokens[at];
  if (!t || t.quote >= 0 || t.cap) return false;
  const n = tokens[at + 1];
  // ", however reluctantly," qualifies the content.
  if (t.lower === 'however') return n !== undefined && n.word && n.quote < 0 && !/ly$/.test(n.lower);
  return (t.lower === 'just' || t.lower === 'much') && n?.lower === 'as';
}

const RANKS = new Set(['first', 'most', 'only']);
const COMMENTARY = new Set(['latest', 'newest', 'culmination']);
const PHRASE_BREAKS = new Set([',', ';', 'of', 'in', 'to', 'for', 'on', 'at', 'among', 'by', 'from', 'with', 'and', 'or', 'that', 'which', 'who']);
/**
 * ", the highest it's been since …", ", the biggest advantage Democrats have seen …", ", the first time it has …", ", the latest sign …":
 * after a comma, the reporter's summing-up of the content — a superlative with a clause of its own, or "the latest" anything.
 */
export function summaryAppositiveAt(tokens: Tokens, at: number): boolean {
  const t = tokens[at];
  const rank = tokens[at + 1];
  if (t?.lower !== 'the' || t.quote >= 0 || !rank || rank.quote >= 0 || rank.cap) return false;
  if (COMMENTARY.has(rank.lower)) return true;
  if (!RANKS.has(rank.lower) && !(/est$/.test(rank.lower) && rank.lower.length > 5)) return false;
  for (let k = at + 2; k < at + 6; k++) {
    const w = tokens[k];
    if (!w || w.quote >= 0 || PHRASE_BREAKS.has(w.lower)) return false;
    if (k > at + 2 && FINITE_AUXILIARIES.has(w.lower)) return true;
    if (/^(?:it|he|she|they|we)['\u2019](?:s|ve|re|d)$/.test(w.lower)) return true;
  }
  return false;
}
