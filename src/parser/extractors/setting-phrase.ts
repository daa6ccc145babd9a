import { CLAUSE_SUBJECT_PRONOUNS, FINITE_AUXILIARIES } from '../lexicon/people.ts';
import type { Token } from '../text/tokens.ts';

/** True when the word after "that" shows a relative clause ("an interview that aired", "a letter that was released"). */
export function relativeThat(t: Token | undefined): boolean {
  if (!t || t.quote >= 0) return false;
  if (FINITE_AUXILIARIES.has(t.lower) || /n['\u2019]t$/.test(t.lower)) return true;
  return !t.cap && t.word && /(?:ed|[^s'\u2019]s)$/.test(t.lower) && t.lower !== 'its' && t.lower !== 'his' && t.lower !== 'this';
}

const RELATIVE_STOPS = new Set(['.', ';', ':', '?', '!', 'and', 'but', 'or', 'because', 'if', 'whether', 'so', 'than']);

/** The complementizer "that" after a relative clause opening at `k` ("… interview that aired Sunday that …"), or -1. */
export function thatAfterRelative(tokens: readonly Token[], k: number): number {
  for (let m = k + 1; m < tokens.length && m - k < 10; m++) {
    const t = tokens[m];
    if (!t || t.quote >= 0 || RELATIVE_STOPS.has(t.lower)) return -1;
    if (t.lower === 'that') return relativeThat(tokens[m + 1]) ? -1 : m;
  }
  return -1;
}

const SETTING_OPENERS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'since', 'following']);

/** "said after the convention he would …": the start of a clause whose pronoun subject follows a short setting phrase, or `k`. */
export function settingBeforeSubject(tokens: readonly Token[], k: number): number {
  if (!SETTING_OPENERS.has(tokens[k]?.lower ?? '') || tokens[k]?.quote !== -1) return k;
  for (let m = k + 1; m < tokens.length && m - k <= 5; m++) {
    const t = tokens[m];
    if (!t || !t.word || t.quote >= 0 || /^(?:that|what|which|who|whom|whose|where|whether|if|how|why|when)$/.test(t.lower)) return k;
    // "at the niche he sees": a plain verb may open a reduced relative clause; an auxiliary ("he would") opens the report.
    if (CLAUSE_SUBJECT_PRONOUNS.has(t.lower) && FINITE_AUXILIARIES.has(tokens[m + 1]?.lower ?? '') && tokens[m + 1]?.quote === -1) return m;
  }
  return k;
}
