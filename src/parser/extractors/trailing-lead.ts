import type { ParseContext, SentenceInfo } from '../context.ts';
import { subjectBefore } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { contentStart } from './clause.ts';
import type { CueMatch } from './cues.ts';

/** Where the content before a trailing attribution ("…, X said") begins: the clause start, or after an earlier speech cue with its own subject. */
export function leadStart(ctx: ParseContext, s: SentenceInfo, cue: CueMatch, end: number): number {
  const { tokens } = s;
  const lead = clauseStart(tokens, end, s.start);
  const endAt = tokens[end]?.start ?? s.end;
  // "Lee said the bridge was safe — sturdier, she said, than …": the content starts after the earlier cue.
  const earlier = s.cues.filter((o) => o.start >= lead && o.end <= endAt && o !== cue && isSpeechVerb(tokens, o) && subjectBefore(tokens, o.i, ctx.text)).at(-1);
  return earlier ? tokens[contentStart(tokens, earlier)]?.start ?? lead : lead;
}

/** A finite speech verb ("said", "argued"), not a participle ("attacking") or a noun ("support for"). */
function isSpeechVerb(tokens: readonly Token[], cue: CueMatch): boolean {
  return !cue.according && cue.strength === 'speech' && !(tokens[cue.i]?.lower ?? '').endsWith('ing');
}

const OPENING_SUBORDINATORS = new Set(['while', 'though', 'although', 'because', 'since', 'whereas', 'despite', 'if', 'unless']);

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
