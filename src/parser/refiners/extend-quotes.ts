import type { ParseContext, SentenceInfo } from '../context.ts';
import { regionAt, type Candidate, type SpanPair } from '../extractors/types.ts';
import type { QuoteRegion } from '../text/quotes.ts';
import { spanAt } from '../text/search.ts';
import { quotationsAfterCue, releaseSwallowedQuotes, withLastSpanCut } from './swallowed.ts';

/** Participles that pass the floor to what follows ("…, adding that …", "…, explaining why …"). */
const HANDING_ON = /^(?:adding|saying|explaining|noting|arguing|insisting|stressing|warning|telling|continuing|acknowledging|suggesting|pointing out|going on)$/i;

/** Grows a direct quotation over the quoted sentences and quote-only paragraphs that follow it without an
 * attribution of their own, and back over one quote-only paragraph that opens the passage. */
export function extendQuotes(ctx: ParseContext, input: readonly Candidate[]): Candidate[] {
  const candidates = endBeforeLaterQuote(ctx, releaseSwallowedQuotes(ctx, input));
  const pure = pureQuoteSentences(ctx);
  const claimed = new Set<number>();
  for (const c of candidates) for (const [s] of c.spans) claimed.add(s);
  const byStart = new Map(ctx.quotes.map((q, i) => [q.start, i]));
  const lastCueIn = new Map<number, number>();
  for (const c of candidates) lastCueIn.set(c.sentence, Math.max(lastCueIn.get(c.sentence) ?? -1, c.cueStart));
  const lastCue = new Map<number, number>();
  for (const c of candidates) if (HANDING_ON.test(c.cue) && (c.spans.at(-1)?.[1] ?? 0) >= (ctx.sentences[c.sentence]?.end ?? 0) - 2) lastCue.set(c.sentence, Math.max(lastCue.get(c.sentence) ?? -1, c.cueStart));
  const handed = new Map<number, SpanPair>();
  const forward = candidates.map((c) => {
    const spans: SpanPair[] = [...c.spans];
    let r = c.kind === 'direct' ? byStart.get(spans.at(-1)?.[0] ?? -1) ?? -1 : closingRegion(ctx, spans.at(-1));
    if (c.kind !== 'direct' && r < 0) {
      const next = followingQuote(ctx, c, pure, claimed, lastCueIn);
      const added = next.spans.length > c.spans.length ? next.spans.at(-1) : undefined;
      const speech = added ? earlierQuote(ctx, candidates, c) : -1;
      if (!added || speech < 0) return next;
      handed.set(speech, added);
      return c;
    }
    let last = r;
    const own = ctx.sentences[c.sentence];
    while (r >= 0) {
      const region = ctx.quotes[last];
      const next = ctx.quotes[r + 1];
      if (!region || !next || claimed.has(next.start)) break;
      if (own && next.open >= own.start && next.close <= own.end && c.cueStart < next.open) {
        r += 1;
        continue;
      }
      // "“…,” he said, adding that …": a later attribution that runs to the end of the sentence owns what follows.
      const handedOn = (lastCue.get(c.sentence) ?? -1) > c.cueStart && c.cueStart > region.close;
      const adjacent = next.continues === last || (pure.has(next.open) && !handedOn && onlyOwnBetween(ctx, region, next, c));
      if (!adjacent) break;
      spans.push([next.start, next.end]);
      claimed.add(next.start);
      r += 1;
      last = r;
    }
    return spans.length === c.spans.length ? c : { ...c, spans };
  });
  return forward.map((c, i) => {
    const more = handed.get(i);
    return more ? { ...c, spans: [...c.spans, more] } : c;
  }).map((c) => {
    if (c.kind !== 'direct') return c;
    const r = byStart.get(c.spans[0]?.[0] ?? -1) ?? -1;
    const region = ctx.quotes[r];
    const prev = ctx.quotes[r - 1];
    if (!region || !prev || !(prev.closed || region.continues === r - 1) || claimed.has(prev.start) || !pure.has(prev.open)) return c;
    const para = spanAt(ctx.paragraphs, region.open);
    const prevPara = ctx.paragraphs[para - 1];
    if (para < 1 || !prevPara || prev.open !== prevPara.start || prev.close < prevPara.end - 2) return c;
    claimed.add(prev.start);
    return { ...c, spans: [[prev.start, prev.end], ...c.spans] };
  });
}

/** '“A,” said Ann Lee, an aide. She plans to run. “B.”': the paragraph's last direct quotation before `c`, by the same speaker, whose
 * speech the trailing quotation resumes; its index in `candidates`, or -1. */
function earlierQuote(ctx: ParseContext, candidates: readonly Candidate[], c: Candidate): number {
  const paragraph = ctx.sentences[c.sentence]?.paragraph;
  let best = -1;
  candidates.forEach((d, i) => {
    if (d.kind !== 'direct' || d.sentence >= c.sentence || ctx.sentences[d.sentence]?.paragraph !== paragraph) return;
    if (best < 0 || d.sentence >= (candidates[best]?.sentence ?? 0)) best = i;
  });
  const d = candidates[best];
  return d && sameOrPronoun(d, c) ? best : -1;
}

function sameOrPronoun(d: Candidate, c: Candidate): boolean {
  if (!c.mention || c.mention.form === 'pronoun') return true;
  const last = (m: Candidate['mention']) => m?.text.split(/\s+/).at(-1)?.toLowerCase();
  return last(d.mention) === last(c.mention);
}

/** Index of the quotation that closes a mixed span ('He said the plan "will fail"'), or -1. */
function closingRegion(ctx: ParseContext, span: SpanPair | undefined): number {
  if (!span) return -1;
  const r = regionAt(ctx, span[1] - 1);
  const region = ctx.quotes[r];
  return region && (region.end === span[1] || region.close === span[1]) && region.start > span[0] ? r : -1;
}

/** Sentences that are nothing but one quotation and hold no cue outside it, keyed by the quotation's opening mark. */
function pureQuoteSentences(ctx: ParseContext): Map<number, SentenceInfo> {
  const out = new Map<number, SentenceInfo>();
  const singles = new Set(ctx.singles.map((r) => r.open));
  for (const s of ctx.sentences) {
    if (s.cues.length || ctx.headlines.has(s.paragraph)) continue;
    const words = s.tokens.filter((t) => t.word);
    const first = words[0];
    if (!first || first.quote < 0 || !words.every((t) => t.quote === first.quote)) continue;
    const region = ctx.quotes[first.quote];
    // A line in single quotes is a subhead ("'Chief trade prosecutor.'"), not the next part of a speech.
    if (region && !singles.has(region.open)) out.set(region.open, s);
  }
  return out;
}

/** True when the text between two quotations is only white space and marks, or this candidate's own attribution. */
function onlyOwnBetween(ctx: ParseContext, region: QuoteRegion, next: QuoteRegion, c: Candidate): boolean {
  const between = ctx.text.slice(region.close, next.open);
  if (!/\p{L}/u.test(between)) return true;
  if (c.cueStart < region.close || c.cueStart >= next.open) return false;
  const sentence = ctx.sentences[spanAt(ctx.sentences, c.cueStart)];
  return sentence !== undefined && !/\p{L}/u.test(ctx.text.slice(sentence.end, next.open));
}

/** An indirect statement followed, in its paragraph, by a sentence that is only a quotation: the quotation continues it. */
function followingQuote(ctx: ParseContext, c: Candidate, pure: Map<number, SentenceInfo>, claimed: Set<number>, lastCueIn: Map<number, number>): Candidate {
  const own = ctx.sentences[c.sentence];
  const next = ctx.sentences[c.sentence + 1];
  const last = c.spans.at(-1);
  if (!own || !next || !last || next.paragraph !== own.paragraph) return c;
  // 'Obama "felt a moral obligation," Axelrod said. "…"': the sentence's last attribution trails its content.
  const trails = c.cueStart > last[1] && (lastCueIn.get(c.sentence) ?? -1) <= c.cueStart && !/["\u201c\u201d]/.test(ctx.text.slice(c.cueStart, own.end));
  if (last[1] < own.end - 2 && !trails) return c;
  const region = ctx.quotes[regionAt(ctx, next.start)];
  if (!region || !pure.has(region.open) || claimed.has(region.start) || region.open !== next.start) return c;
  claimed.add(region.start);
  return { ...c, kind: 'mixed', spans: [...c.spans, [region.start, region.end]] };
}

const JOINS = /(?:[\s,;:\u2014\u2013-]|\b(?:and|while|but|then|before|after|by|as|with)\b)+$/;

/** "…, advising graduates to “…,” and telling the class, “…”": a content span stops before a later cue of the same speaker that quotes. */
function endBeforeLaterQuote(ctx: ParseContext, candidates: readonly Candidate[]): Candidate[] {
  const quoting = quotationsAfterCue(candidates);
  if (!quoting.size) return [...candidates];
  return candidates.map((c) => {
    const last = c.spans.at(-1);
    if (!last) return c;
    const inner = quoting.get(c.sentence)?.find((q) => q !== c && q.cueStart > last[0] && q.cueStart > c.cueStart && (q.spans.at(-1)?.[1] ?? 0) <= last[1] && sameSpeaker(c, q) && /[,:]\s*\S?$/.test(ctx.text.slice(q.cueStart, q.spans[0]?.[0] ?? 0)));
    if (!inner) return c;
    const head = ctx.text.slice(last[0], inner.cueStart).replace(JOINS, '');
    return head.length < 3 ? c : withLastSpanCut(ctx, c, head.length);
  });
}

function sameSpeaker(a: Candidate, b: Candidate): boolean {
  return a.mention === null || b.mention === null || a.mention.start === b.mention.start;
}
