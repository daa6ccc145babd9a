import type { ParseContext, SentenceInfo } from '../context.ts';
import { npEndingAt, type Mention } from '../mentions.ts';
import { sentenceSubject } from './clause.ts';
import { classify, regionAt, trimSpan, type Candidate, type SpanPair } from './types.ts';

const LABEL = /^["\u201c]?([A-Z][A-Z.'\u2019 -]{1,30}[A-Z.]):\s+/;

/** Transcript lines ("WALLACE: …") and a name with a colon before a quotation ("Pollster Dana Shaw: “…”"). */
export function speakerLabel(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const paragraph = ctx.paragraphs[s.paragraph];
  if (paragraph && s.start === paragraph.start) {
    const m = LABEL.exec(ctx.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40)));
    const name = m?.[1];
    if (m && name && /[A-Z]{2}/.test(name)) {
      const nameStart = paragraph.start + m[0].indexOf(name);
      const span = trimSpan(ctx.text, paragraph.start + m[0].length, paragraph.end);
      const mention: Mention = { from: 0, to: 0, start: nameStart, end: nameStart + name.length, text: name, form: 'name' };
      if (span) out.push({ spans: [[span[0], ctx.text[span[1] - 1] === '"' ? span[1] - 1 : span[1]], ...continuedTurn(ctx, s.paragraph)], cue: ':', cueStart: nameStart + name.length, kind: 'direct', mention, sentence: s.index, source: 'speaker-label' });
      return out;
    }
  }
  const { tokens } = s;
  tokens.forEach((t, k) => {
    if (t.text !== ':' || t.quote >= 0) return;
    const next = tokens[k + 1];
    const quoted = next && (next.quote >= 0 || (tokens[k + 2]?.quote ?? -1) >= 0);
    if (!quoted) return;
    let np = npEndingAt(tokens, k - 1, ctx.text);
    if (!np || np.form !== 'name' || (np.from > 0 && tokens[np.from - 1]?.text !== ',')) np = sentenceSubject(tokens, ctx.text, k);
    if (!np || tokens.slice(0, k).some((x) => x.quote >= 0) || s.cues.some((c) => c.i < k)) return;
    const region = ctx.quotes[next.quote >= 0 ? next.quote : tokens[k + 2]?.quote ?? -1];
    if (!region) return;
    const { kind } = classify(ctx, region.start, region.end);
    out.push({ spans: [[region.start, region.end]], cue: ':', cueStart: t.start, kind, mention: np, sentence: s.index, source: 'speaker-label' });
  });
  const last = tokens.at(-1);
  const next = ctx.paragraphs[s.paragraph + 1];
  if (last?.text === ':' && last.quote < 0 && next && paragraph && s.end === paragraph.end) {
    const region = ctx.quotes[regionAt(ctx, next.start)];
    const np = sentenceSubject(tokens, ctx.text, tokens.length - 1);
    // '…recorded in detail:' then '“Here he comes,” she said.': a quotation with its own cue is not the colon's.
    const opening = ctx.sentences.find((x) => x.index > s.index && x.start >= next.start);
    const ownCue = opening !== undefined && opening.start === next.start && opening.cues.some((c) => c.start > (region?.close ?? Infinity));
    if (region && region.open === next.start && np && !ownCue) out.push({ spans: [[region.start, region.end]], cue: ':', cueStart: last.start, kind: 'direct', mention: np, sentence: s.index, source: 'speaker-label' });
  }
  return out;
}

const MAX_TURN = 4;
/** "(CROSSTALK.)", "….": a stage direction or cut between transcript turns. */
const STAGE = /^["\u201c]?(?:\(|\u2026|\.\.\.)/;

/** "TAPPER: And obviously, …" then "Specifically I've heard …" then "FALLIN: …": paragraphs without a label between two
 * labelled turns continue the first turn. */
function continuedTurn(ctx: ParseContext, paragraph: number): SpanPair[] {
  const spans: SpanPair[] = [];
  for (let p = paragraph + 1; p <= paragraph + MAX_TURN + 1; p++) {
    const para = ctx.paragraphs[p];
    if (!para || ctx.headlines.has(p)) return [];
    const head = ctx.text.slice(para.start, Math.min(para.end, para.start + 40));
    if (LABEL.test(head) || STAGE.test(head)) return nextIsLabel(ctx, p) ? spans : [];
    // The reopened mark stays in the span: the turn is already whole and is not a quotation to grow further.
    const span = trimSpan(ctx.text, para.start, para.end);
    if (span) spans.push([span[0], ctx.text[span[1] - 1] === '"' ? span[1] - 1 : span[1]]);
  }
  return [];
}

/** True when paragraph `p`, or the one after a stage direction at `p`, opens with a speaker label. */
function nextIsLabel(ctx: ParseContext, p: number): boolean {
  for (let q = p; q <= p + 1; q++) {
    const para = ctx.paragraphs[q];
    if (!para) return false;
    const head = ctx.text.slice(para.start, Math.min(para.end, para.start + 40));
    const m = LABEL.exec(head);
    if (m?.[1] && /[A-Z]{2}/.test(m[1])) return true;
    if (!STAGE.test(head)) return false;
  }
  return false;
}
