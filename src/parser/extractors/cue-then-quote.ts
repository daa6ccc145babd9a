import type { ParseContext, SentenceInfo } from '../context.ts';
import { subjectBefore } from '../mentions.ts';
import type { QuoteRegion } from '../text/quotes.ts';
import type { Token } from '../text/tokens.ts';
import { sentenceSubject } from './clause.ts';
import type { Candidate } from './types.ts';

const OBJECTS = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it', 'reporters', 'supporters', 'voters', 'journalists', 'the', 'crowd', 'audience', 'so', 'simply', 'again']);
const OPENERS = /^(?:[\u201c\u201e\u00ab"]|''|``)$/;
const MAX_BETWEEN = 4;

/** "…, telling her, “…”", "protesters chanted “…”": a cue, a short addressee, and a quotation that ends the sentence. */
export function cueThenQuote(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (const cue of s.cues) {
    if (cue.according) continue;
    const region = closingQuoteAfter(ctx, tokens, quoteOpenerAfter(tokens, cue.j));
    if (!region) continue;
    const mention = subjectBefore(tokens, cue.i, ctx.text) ?? sentenceSubject(tokens, ctx.text, cue.i);
    if (!mention) continue;
    out.push({ spans: [[region.start, region.end]], cue: cue.text, cueStart: cue.start, kind: 'direct', mention, sentence: s.index, source: 'cue-then-quote' });
  }
  const colon = out.length ? null : colonQuote(ctx, s);
  return colon ? [colon] : out;
}

/** "The piece used … as its headline: “…”": the shortest noun phrase that opens the sentence and is a verb's subject. */
function leadingSubject(ctx: ParseContext, tokens: readonly Token[], before: number): ReturnType<typeof subjectBefore> {
  const start = tokens[0]?.start;
  for (let k = 2; k < Math.min(before, 10); k++) {
    const m = subjectBefore(tokens, k, ctx.text);
    if (m) return m.start === start ? m : null;
  }
  return null;
}

/** "The president is rolling out a new message: “It's about me.”": a clause, a colon and a quotation that ends the sentence
 * give the quotation to the clause's subject. */
function colonQuote(ctx: ParseContext, s: SentenceInfo): Candidate | null {
  const { tokens } = s;
  const colon = tokens.findLastIndex((t) => t.quote < 0 && t.text === ':');
  const mark = tokens[colon];
  if (colon < 3 || !mark || !tokens.slice(0, colon).some((t) => t.word && !t.cap && t.quote < 0)) return null;
  const region = closingQuoteAfter(ctx, tokens, colon + 1);
  const mention = region ? (sentenceSubject(tokens, ctx.text, colon) ?? leadingSubject(ctx, tokens, colon)) : null;
  if (!region || !mention) return null;
  return { spans: [[region.start, region.end]], cue: ':', cueStart: mark.start, kind: 'direct', mention, sentence: s.index, source: 'cue-then-quote' };
}

/** The quotation opened by the mark at token `open` when it runs to the end of the sentence. */
export function closingQuoteAfter(ctx: ParseContext, tokens: readonly Token[], open: number): QuoteRegion | undefined {
  const mark = tokens[open];
  const inside = tokens[open + 1];
  if (!mark || mark.quote >= 0 || !OPENERS.test(mark.text) || !inside || inside.quote < 0) return undefined;
  const region = ctx.quotes[inside.quote];
  return region && region.open === mark.start && endsSentence(tokens, region.close) && !isTitle(tokens, inside.quote) ? region : undefined;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is']);

/** "told ABC's “Good Morning America.”": a quotation in title case names a show or a work. */
export function isTitle(tokens: readonly Token[], quote: number): boolean {
  const words = tokens.filter((t) => t.quote === quote && t.word && !SMALL_WORDS.has(t.text));
  return words.length > 0 && words.length <= 5 && words.every((t) => t.cap);
}

/** Index of the opening mark right after the cue, past a short addressee and one comma or colon, or -1. */
function quoteOpenerAfter(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k < j + MAX_BETWEEN && (isAddressee(tokens[k]) || joinsAdverbs(tokens, k))) k++;
  k = skipSetting(tokens, k, true);
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':') k++;
  const t = tokens[k];
  return t && t.quote < 0 && OPENERS.test(t.text) ? k : -1;
}

/** "so eloquently and timelessly": an "and" between two manner adverbs. */
function joinsAdverbs(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'and' && isAdverb(tokens[k - 1]) && isAdverb(tokens[k + 1]);
}

function isAdverb(t: Token | undefined): boolean {
  return t !== undefined && t.quote < 0 && t.lower.length > 4 && t.lower.endsWith('ly');
}

function isAddressee(t: Token | undefined): boolean {
  if (!t || t.quote >= 0 || !t.word) return false;
  return OBJECTS.has(t.lower) || (t.cap && t.lower !== 'i') || isAdverb(t);
}

/** True when nothing but closing marks follows `close` in the sentence. */
function endsSentence(tokens: readonly Token[], close: number): boolean {
  for (const t of tokens) if (t.start >= close && (t.word || t.quote >= 0)) return false;
  return true;
}

const SETTING_START = new Set(['to', 'at', 'in', 'on', 'during', 'before', 'after', 'with', 'from', 'of', 'via', 'outside']);

/** "pointed out in December, “…”": the index of the comma (or, with `colon`, the colon) after a short setting phrase at `k`, else `k`. */
export function skipSetting(tokens: readonly Token[], k: number, colon = false): number {
  if (!SETTING_START.has(tokens[k]?.lower ?? '') || tokens[k]?.quote !== -1) return k;
  for (let e = k + 1; e <= k + 6; e++) {
    const t = tokens[e];
    if (!t || t.quote >= 0) return k;
    if (t.text === ',' || (colon && t.text === ':')) return e;
    if (!t.word) return k;
  }
  return k;
}

/** "Trump said to cheers." after a quoted sentence: a short setting phrase that holds no content. */
export function shortSetting(tokens: readonly Token[], after: number): boolean {
  const rest = tokens.slice(after).filter((t) => t.word || t.quote >= 0);
  return rest.length > 0 && rest.length <= 4 && SETTING_START.has(rest[0]?.lower ?? '') && rest.every((t) => t.quote < 0) && !tokens.slice(after).some((t) => t.text === ',');
}

const MAX_RESUME = 30;

/** '“…,” he said of the plan, an economist who …, “…”': the token where the quotation resumes after the attribution, or -1. */
export function resumedQuote(ctx: ParseContext, s: SentenceInfo, after: number): number {
  const { tokens } = s;
  for (let k = after; k < Math.min(tokens.length, after + MAX_RESUME); k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || s.cues.some((c) => c.i === k && c.strength !== 'weak')) return -1;
    if (t.text === ',' && closingQuoteAfter(ctx, tokens, k + 1)) return k + 2;
  }
  return -1;
}

/** "…, Ryan said, “…”": after the cue, a comma or colon and a quotation: the quotation is the content. */
export function opensQuoteAfter(tokens: readonly Token[], from: number): boolean {
  const after = skipSetting(tokens, from);
  const a = tokens[after];
  const b = tokens[after + 1];
  return (a?.text === ',' || a?.text === ':') && b !== undefined && (b.quote >= 0 || (tokens[after + 2]?.quote ?? -1) >= 0);
}
