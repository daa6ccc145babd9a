import type { ParseContext, SentenceInfo } from '../context.ts';
import { DAYS } from '../lexicon/people.ts';
import { subjectBefore } from '../mentions.ts';
import { relativeThat } from './setting-phrase.ts';
import { clauseEnd } from './clause-end.ts';
import { hasVerbSoon } from './complement-clause.ts';
import { coordinatedSubject } from './predicate.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Words that open an adjunct between a cue and its "that" clause ("said Thursday during a taping …, that", "say by a 7-point margin … that"). */
const ADJUNCT_OPENERS = new Set(['on', 'in', 'at', 'during', 'by', 'after', 'before', 'from', 'with', 'over', 'since', 'through', 'last', 'this', 'earlier', 'late', 'via', 'repeatedly', 'publicly', 'privately', 'again', 'today', 'yesterday', 'tonight', 'a', 'for']);
/** Tokens that end the search: the adjunct became a clause of its own. */
const GAP_STOPS = new Set(['.', ';', ':', '?', '!', 'and', 'but', 'or', 'because', 'if', 'whether', 'so', 'than', 'although', 'though', 'unless']);
const MAX_GAP = 30;
const MIN_GAP = 3;
const QUOTED_TITLE = 6;

/** Token index of the "that" opening the reported clause after an adjunct starting at `k`, or -1. */
function thatAfterAdjunct(s: SentenceInfo, k: number): number {
  const { tokens } = s;
  const first = tokens[k];
  if (!first || first.quote >= 0) return -1;
  if (!(first.text === ',' || ADJUNCT_OPENERS.has(first.lower) || DAYS.has(first.lower) || /ly$/.test(first.lower))) return -1;
  let quoted = 0;
  for (let m = k; m < tokens.length && m - k < MAX_GAP; m++) {
    const t = tokens[m];
    if (!t) return -1;
    if (t.quote >= 0) {
      if (++quoted > QUOTED_TITLE) return -1;
      continue;
    }
    if (GAP_STOPS.has(t.lower)) return -1;
    // "said in an interview that aired Sunday that …": a relative clause inside the adjunct.
    if (t.lower !== 'that' || relativeThat(tokens[m + 1])) continue;
    return m - k < MIN_GAP || !hasVerbSoon(tokens, m + 1) ? -1 : m;
  }
  return -1;
}

/** "Cruz said Thursday during a taping of a town hall in Buffalo, that …": a cue whose "that" clause follows a long adjunct. */
export function distantThat(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (const cue of s.cues) {
    if (cue.according || cue.strength === 'trailing') continue;
    const that = thatAfterAdjunct(s, cue.j);
    const first = tokens[that + 1];
    if (that < 0 || !first) continue;
    const mention = subjectBefore(tokens, cue.i, ctx.text) ?? coordinatedSubject(tokens, cue.i, ctx.text, s.cues);
    if (!mention) continue;
    const content = contentBetween(ctx, first.start, clauseEnd(s, that + 1));
    if (!content) continue;
    out.push({ ...content, cue: cue.text, cueStart: cue.start, mention, sentence: s.index, source: 'distant-that' });
  }
  return out;
}
