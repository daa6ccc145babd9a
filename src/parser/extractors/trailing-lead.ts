import type { ParseContext, SentenceInfo } from '../context.ts';
import { cueStrength } from '../lexicon/cues.ts';
import { FINITE_AUXILIARIES } from '../lexicon/people.ts';
import { subjectBefore } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { contentStart } from './clause.ts';
import { clauseEnd } from './clause-end.ts';
import { trimSpan, type SpanPair } from './types.ts';
import type { CueMatch } from './cues.ts';

/** Where the content before a trailing attribution ("…, X said") begins: the clause start, or after an earlier speech cue with its own subject. */
export function leadStart(ctx: ParseContext, s: SentenceInfo, cue: CueMatch, end: number): number {
  const { tokens } = s;
  const lead = clauseStart(tokens, end, s.start);
  const endAt = tokens[end]?.start ?? s.end;
  // "Lee said the bridge was safe — sturdier, she said, than …": the content starts after the earlier cue.
  const earlier = s.cues.filter((o) => o.start >= lead && o.end <= endAt && o !== cue && isSpeechVerb(tokens, o) && mainClauseSubject(tokens, o, ctx.text)).at(-1);
  const resumed = afterAside(s, Math.max(0, tokens.findIndex((t) => t.start >= lead)), end);
  const after = earlier ? contentStart(tokens, earlier) : -1;
  if (resumed > 0 || earlier) return tokens[Math.max(resumed, after)]?.start ?? lead;
  return lead === s.start && isSpeechVerb(tokens, cue) ? openingSentence(ctx, s) : lead;
}

/** A subject before the cue, and the cue not a catenative chain ("as she tried to ask …"), which reports an attempt, not a statement
 * the trailing attribution could follow. */
function mainClauseSubject(tokens: readonly Token[], cue: CueMatch, text: string): boolean {
  return !tokens.slice(cue.i, cue.j).some((t) => t.lower === 'to') && subjectBefore(tokens, cue.i, text) !== null;
}

const SAYS = /^(?:said|says|say|told|tells|tell|added|adds|wrote|writes|argued|argues|noted|notes|stated|explained|insisted|asked|asks)\b/i;

/** "At first, there was pressure … . And now there is …, he said.": a sentence opening with "And"/"But" continues the previous one,
 * which has no attribution or quotation of its own; the start of that previous sentence, or the sentence's own start. */
function openingSentence(ctx: ParseContext, s: SentenceInfo): number {
  const first = s.tokens[0]?.lower;
  if (first !== 'and' && first !== 'but') return s.start;
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph || ctx.headlines.has(prev.paragraph)) return s.start;
  if (prev.cues.some((c) => c.according || SAYS.test(c.text)) || prev.tokens.some((t) => t.quote >= 0) || prev.tokens.length < 6) return s.start;
  return prev.start;
}

const DASHES = new Set(['-', '--', '\u2013', '\u2014']);

/** "… radar - lobbyists said they know … - and develop defenses, X said": after a dash aside holding an attribution of its own, the
 * token where the content resumes (after the closing dash), or -1. */
function afterAside(s: SentenceInfo, from: number, end: number): number {
  const { tokens } = s;
  let open = -1;
  let speech = false;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0) continue;
    if (DASHES.has(t.text)) {
      if (open >= 0 && speech && k + 1 < end) return k + 1;
      open = open >= 0 ? -1 : k;
      speech = false;
    } else if (open >= 0 && s.cues.some((c) => c.i === k && isSpeechVerb(tokens, c))) speech = true;
  }
  return -1;
}

/** A finite speech verb ("said", "argued"), not a participle ("attacking") or a noun ("support for"). */
function isSpeechVerb(tokens: readonly Token[], cue: CueMatch): boolean {
  return !cue.according && cue.strength === 'speech' && !(tokens[cue.i]?.lower ?? '').endsWith('ing');
}

/** Concessive and causal openers frame the claim in the reporter's voice; a contrastive "while" or a condition ("if elected") is part of it. */
const OPENING_SUBORDINATORS = new Set(['though', 'although', 'because', 'since', 'whereas', 'despite']);

/** Start of the reported clause before a trailing attribution: after the last "; " (a ", but …" clause stays: the speaker said both halves). */
export function clauseStart(tokens: readonly Token[], end: number, sentenceStart: number): number {
  if (OPENING_SUBORDINATORS.has(tokens[0]?.lower ?? '')) {
    const comma = tokens.findIndex((t, n) => n < end - 3 && t.text === ',' && t.quote < 0);
    if (comma > 0) return tokens[comma + 1]?.start ?? sentenceStart;
  }
  for (let k = end - 1; k > 0; k--) {
    const t = tokens[k];
    if (!t || t.quote >= 0) continue;
    if (t.text === ';') return tokens[k + 1]?.start ?? sentenceStart;
  }
  return sentenceStart;
}

/** True when the clause's opening words lead into its closing quotation ('Prices, “in the end,” will “settle,” said X'): no cue and
 * no quotation of its own closed by a comma among them. */
export function leadsIntoQuote(ctx: ParseContext, s: SentenceInfo, from: number, open: number): boolean {
  if (open <= from) return false;
  const words = s.tokens.filter((t) => t.start >= from && t.end <= open);
  const last = words.at(-1);
  if (!last || /^[:(\u2014\u2013-]$/.test(last.text)) return false;
  if (s.cues.some((c) => c.start >= from && c.end <= open)) return false;
  if (!words.some((t) => t.word && t.quote < 0)) return false;
  return words.every((t) => t.quote < 0 || !/[,?!]$/.test(ctx.text.slice(ctx.quotes[t.quote]?.start ?? 0, ctx.quotes[t.quote]?.end ?? 0)));
}

const SUBORDINATORS = new Set(['when', 'while', 'if', 'although', 'though', 'because', 'once', 'unless', 'until', 'since']);
const NOT_REPORTED = new Set(['according', 'adding', 'who', 'which', 'and', 'but', 'as', 'referring', 'citing', 'in', 'at', 'on', 'during', 'after', 'before']);

/** "In May, Lee said, when …, a boss …": after an introductory phrase and a parenthetical attribution, the rest of the clause. */
export function restAfterIntro(ctx: ParseContext, s: SentenceInfo, after: number): SpanPair | null {
  const { tokens } = s;
  const comma = tokens[after];
  const first = tokens[after + 1];
  if (comma?.text !== ',' || comma.quote >= 0 || !first?.word || first.quote >= 0 || NOT_REPORTED.has(first.lower) || first.lower.endsWith('ing')) return null;
  // "when she was earning …, a boss invited her": a subordinate clause opening the rest runs on to its main clause.
  const main = SUBORDINATORS.has(first.lower) ? tokens.findIndex((t, n) => n > after + 2 && t.text === ',' && t.quote < 0 && /\s/.test(ctx.text[t.end] ?? '')) : -1;
  return trimSpan(ctx.text, first.start, clauseEnd(s, main > 0 ? main + 1 : after + 1));
}

/** "The paradox, says Ann Lee, a historian at X, is that …": after an inverted speaker and its appositive, the clause resumed by a finite
 * verb; an appositive alone (", host of …") is no content. */
export function restAfterAppositive(ctx: ParseContext, s: SentenceInfo, after: number): SpanPair | null {
  const { tokens } = s;
  for (let k = after; k < Math.min(tokens.length, after + 30); k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || /^[;:.?!]$/.test(t.text)) return null;
    const n = tokens[k + 1];
    if (t.text === ',' && n && n.quote < 0 && FINITE_AUXILIARIES.has(n.lower)) return trimSpan(ctx.text, n.start, clauseEnd(s, k + 1));
  }
  return null;
}

const JOINING = new Set(['and', 'but', 'because']);
const AFTER_JOIN = new Set(['then', 'also', 'later']);
const NOT_CONTINUATION = new Set(['a', 'an', 'who', 'which', 'adding', 'saying', 'noting', 'according', 'as', 'when', 'while', 'before', 'after', 'in', 'at', 'on', 'referring', 'though', 'although', 'where', 'whose', 'during', 'despite', 'citing', 'for', 'with', 'without', 'explaining', 'arguing', 'calling', 'then', 'so']);

/** "All of which, he said, would help": the clause that resumes after a parenthetical attribution. */
export function parentheticalRest(ctx: ParseContext, s: SentenceInfo, after: number): SpanPair | null {
  const { tokens } = s;
  for (let k = after; k < Math.min(tokens.length, after + 10); k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0) return null;
    if (t.text !== ',') continue;
    const n = tokens[k + 1];
    if (!n || n.quote >= 0 || !n.word || NOT_CONTINUATION.has(n.lower) || (n.lower.endsWith('ing') && !gerundSubject(tokens, k + 1)) || !/\s/.test(ctx.text[t.end] ?? '')) return null;
    // "…, she said, and it has …", "…, he said, because …": a second clause of the report, unless the speaker goes on to another act ("and added").
    if (JOINING.has(n.lower) && (AFTER_JOIN.has(tokens[k + 2]?.lower ?? '') || cueStrength(tokens[k + 2]?.lower ?? ''))) return null;
    return trimSpan(ctx.text, n.start, clauseEnd(s, k + 1));
  }
  return null;
}

/** "…, he said, replacing her would be costly": an -ing word opening a subject whose finite verb follows within a few words. */
function gerundSubject(tokens: readonly Token[], at: number): boolean {
  if (cueStrength(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k < Math.min(tokens.length, at + 5); k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || !t.word) return false;
    if (FINITE_AUXILIARIES.has(t.lower)) return true;
  }
  return false;
}
