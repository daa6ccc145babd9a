import type { ParseContext } from '../context.ts';
import { classify, regionAt, type Candidate } from '../extractors/types.ts';

const JOINS = /(?:[\s,;:\u2014\u2013-]|\b(?:and|while|but|then|before|after|by|as|with|when)\b)+$/;

/**
 * "Discussing the tweet, Speaker Ann Lee said “…”", "with the mayor calling the plan “reckless.”": another
 * speaker's attributed quotation inside a content span ends that content before the clause that attributes it.
 */
export function releaseSwallowedQuotes(ctx: ParseContext, candidates: readonly Candidate[]): Candidate[] {
  const quoting = quotationsAfterCue(candidates, (c) => c.mention !== null && regionAt(ctx, c.cueStart) < 0);
  if (!quoting.size) return [...candidates];
  const out: Candidate[] = [];
  for (const c of candidates) {
    const last = c.spans.at(-1);
    const inner = last && quoting.get(c.sentence)?.find((q) => q !== c && q.mention && q.mention.start >= last[0] && q.mention.start > c.cueStart && (q.spans.at(-1)?.[1] ?? 0) <= last[1] && c.mention?.start !== q.mention.start && opensClause(ctx, q.mention.start));
    if (!last || !inner?.mention) {
      out.push(c);
      continue;
    }
    const cut = clauseBefore(ctx, last[0], inner.mention.start);
    const head = ctx.text.slice(last[0], cut).replace(JOINS, '');
    if (head.length < 3) {
      if (c.spans.length > 1) out.push({ ...c, spans: c.spans.slice(0, -1) });
      continue;
    }
    out.push(withLastSpanCut(ctx, c, head.length));
  }
  return out;
}

/** Direct quotations that follow their cue ("Lee said, “…”"), by sentence, among those `keep` accepts. */
export function quotationsAfterCue(candidates: readonly Candidate[], keep: (c: Candidate) => boolean = () => true): Map<number, Candidate[]> {
  const quoting = new Map<number, Candidate[]>();
  for (const c of candidates) {
    if (c.kind !== 'direct' || (c.spans[0]?.[0] ?? 0) <= c.cueStart || !keep(c)) continue;
    const list = quoting.get(c.sentence);
    if (list) list.push(c);
    else quoting.set(c.sentence, [c]);
  }
  return quoting;
}

/** The candidate with its last span cut to its first `length` characters and its kind read again (a quotation with more spans stays a quotation). */
export function withLastSpanCut(ctx: ParseContext, c: Candidate, length: number): Candidate {
  const last = c.spans.at(-1);
  if (!last) return c;
  const kind = classify(ctx, last[0], last[0] + length).kind;
  return { ...c, kind: c.spans.length > 1 && kind === 'indirect' ? c.kind : kind, spans: [...c.spans.slice(0, -1), [last[0], last[0] + length]] };
}

/** ", Speaker of the House Ann Lee", ", with the mayor": a clause opens at the mention, not an object of another verb. */
const CLAUSE_OPENING = /[,;:\u2014\u2013]\s*(?:(?:with|while|as|and)\s+)?(?:[A-Z][\w.'\u2019-]*\s+(?:of\s+)?)*$/;

function opensClause(ctx: ParseContext, at: number): boolean {
  return CLAUSE_OPENING.test(ctx.text.slice(Math.max(0, at - 60), at));
}

/** The last unquoted comma, semicolon or dash in [from, to), or `to`. */
function clauseBefore(ctx: ParseContext, from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (/[,;\u2014\u2013]/.test(ctx.text[k] ?? '') && regionAt(ctx, k) < 0) return k;
  return to;
}
