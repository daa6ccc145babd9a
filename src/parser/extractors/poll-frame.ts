import type { ParseContext, SentenceInfo } from '../context.ts';
import { isNameToken, npStartingAt, subjectBefore, type Mention } from '../mentions.ts';
import { DETERMINERS, FINITE_AUXILIARIES } from '../lexicon/people.ts';
import type { Token } from '../text/tokens.ts';
import { clauseEnd } from './clause-end.ts';
import { asContent, trimSpan, type Candidate, type SpanPair } from './types.ts';

/** Head nouns of a measurement that reports a standing: polls, surveys, forecasts, estimates. */
const POLL = /^(?:polls?|surveys?|forecasts?|estimates?|projections?|averages?|models?|studies|study|analysis|analyses|tracking|results|data|figures|numbers|records|reports?|tally|count|returns|research)$/
/** Verbs by which a poll places its subject ("puts Obama's approval at 50 percent", "gave Trump a lead", "had Clinton leading"). */
const PLACING = new Set(['puts', 'put', 'places', 'placed', 'gives', 'gave', 'has', 'had', 'shows', 'showed', 'finds', 'found']);
/** Possession verbs read as placing only before a person and a standing ("had Clinton leading"), never "has a margin of error". */
const POSSESSION = new Set(['has', 'had']);

const POST_MODIFIERS = new Set(['by', 'of', 'from', 'for']);

/** True when the mention names a poll ("Gallup's own tracking poll", "Initial estimates") or is the pollster of one ("a poll by [the Coast Institute]"). */
function isPoll(ctx: ParseContext, tokens: readonly Token[], m: Mention): boolean {
  if (ctx.text.slice(m.start, m.end).toLowerCase().split(/[\s/-]+/).some((w) => POLL.test(w))) return true;
  return POST_MODIFIERS.has(tokens[m.from - 1]?.lower ?? '') && POLL.test(tokens[m.from - 2]?.lower ?? '');
}

const NP_BREAKS = new Set([',', ';', ':', '(', ')', 'and', 'but', 'or', 'said', 'says']);

/** "A CNN/ORC poll of South Carolina released on Tuesday [showed]", "polls by Quinnipiac University that [showed]": the nearest poll noun phrase in the clause before the verb. */
function pollBefore(ctx: ParseContext, tokens: readonly Token[], v: number): Mention | null {
  for (let k = v - 1; k >= 0 && v - k <= 12; k--) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || NP_BREAKS.has(t.lower) || FINITE_AUXILIARIES.has(t.lower)) return null;
    if (!POLL.test(t.lower)) continue;
    let from = k;
    while (from > 0 && k - from < 5 && tokens[from - 1]?.word && tokens[from - 1]?.quote === -1 && !NP_BREAKS.has(tokens[from - 1]?.lower ?? '') && !/^(?:in|of|by|from|on|with|to|for|after|before)$/.test(tokens[from - 1]?.lower ?? '')) from--;
    const first = tokens[from];
    return first ? { from, to: k + 1, start: first.start, end: t.end, text: ctx.text.slice(first.start, t.end), form: 'nominal' } : null;
  }
  return null;
}

/** "Gallup's tracking poll puts Obama's approval at 49 percent", "the CBS poll gave Clinton a lead": the poll's reading. */
function pollVerdicts(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let v = 1; v < tokens.length - 1; v++) {
    const verb = tokens[v];
    const next = tokens[v + 1];
    if (!verb || !next || verb.quote >= 0 || !PLACING.has(verb.lower)) continue;
    if (POSSESSION.has(verb.lower) && !(isNameToken(next) || next.lower === 'him' || next.lower === 'her')) continue;
    // "can be found here": a passive has no reading of its own.
    if (FINITE_AUXILIARIES.has(tokens[v - 1]?.lower ?? '')) continue;
    const subject = subjectBefore(tokens, v, ctx.text);
    const mention = subject && isPoll(ctx, tokens, subject) ? subject : pollBefore(ctx, tokens, v);
    if (!mention) continue;
    const span = trimSpan(ctx.text, next.start, clauseEnd(s, v + 1));
    if (!span || !/\s/.test(ctx.text.slice(span[0], span[1]))) continue;
    out.push(candidate(ctx, s, span, verb, mention));
  }
  return out;
}

/** "In the latest CBS poll, Trump's lead narrowed to 13 points": an opening "in" phrase naming a poll frames the clause after it. */
function pollSetting(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const { tokens } = s;
  const first = tokens[0];
  if (!first || first.lower !== 'in' || first.quote >= 0) return [];
  const comma = tokens.findIndex((t, k) => k > 1 && k < 16 && t.text === ',' && t.quote < 0);
  const head = tokens[comma - 1];
  // "In the new poll, conducted March 11-13, 40 percent …": the poll's own particulars are no part of its reading.
  const aside = /ed$/.test(tokens[comma + 1]?.lower ?? '') ? tokens.findIndex((t, k) => k > comma + 1 && t.text === ',' && t.quote < 0) : comma;
  const after = tokens[aside + 1];
  if (comma < 0 || aside < 0 || !head || !after || !POLL.test(head.lower) || !DETERMINERS.has(tokens[1]?.lower ?? '')) return [];
  // "In a poll, 75 percent said …": the clause's own cue carries the statement.
  if (s.cues.some((c) => c.i > comma && !c.according && c.strength !== 'trailing')) return [];
  const mention = npStartingAt(tokens, 1, ctx.text, new Set([',']));
  if (!mention) return [];
  const span = trimSpan(ctx.text, after.start, s.end);
  return span ? [candidate(ctx, s, span, first, mention)] : [];
}

function candidate(ctx: ParseContext, s: SentenceInfo, span: SpanPair, cue: Token, mention: Mention): Candidate {
  const { kind, spans } = asContent(ctx, span);
  return { spans, cue: cue.text, cueStart: cue.start, kind, mention, sentence: s.index, source: 'poll-frame' };
}

/** Polls, surveys and estimates as sources of a standing they report. */
export function pollFrame(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  return [...pollVerdicts(ctx, s), ...pollSetting(ctx, s)];
}
