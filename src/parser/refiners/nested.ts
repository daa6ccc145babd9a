import type { Candidate } from '../extractors/types.ts';

type Said = Pick<Candidate, 'spans' | 'cueStart'>;

interface Cover {
  start: number;
  end: number;
  owner: number;
}

/**
 * Drops a statement whose cue and content lie inside one span of a longer statement: the speaker's
 * own belief inside their quoted paragraph ("We want to ensure that …"), or what someone else said,
 * wants or found inside the reported content ("Lee said residents want faster buses"). Both are part
 * of the outer statement, as a careful annotator reads them; one claim is told once.
 */
export function dropNestedStatements<T extends Said>(statements: readonly T[]): T[] {
  const nested = new Set<number>();
  const covers: Cover[] = statements
    .flatMap((s, owner) => s.spans.map(([start, end]) => ({ start, end, owner })))
    .sort((a, b) => a.start - b.start);
  // Prefix maxima of `end` from two different owners, so a statement never counts as covering itself.
  const best: [Cover | undefined, Cover | undefined][] = [];
  let first: Cover | undefined;
  let second: Cover | undefined;
  for (const c of covers) {
    if (!first || c.end > first.end) {
      if (first && first.owner !== c.owner) second = first;
      first = c;
    } else if (c.owner !== first.owner && (!second || c.end > second.end)) second = c;
    best.push([first, second]);
  }
  statements.forEach((s, i) => {
    if (!s.spans.length) return;
    const from = Math.min(s.cueStart, ...s.spans.map(([a]) => a));
    const to = Math.max(...s.spans.map(([, b]) => b));
    const k = lastAtOrBefore(covers, from);
    if (k < 0) return;
    const [a, b] = best[k] ?? [];
    const outer = a && a.owner !== i ? a : b;
    // A longer outer only: two readings of the same span are dedupe's business.
    if (outer && outer.end >= to && outer.end - outer.start > to - from) nested.add(i);
  });
  return statements.filter((_, i) => !nested.has(i));
}

function lastAtOrBefore(covers: readonly Cover[], at: number): number {
  let lo = 0;
  let hi = covers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((covers[mid]?.start ?? Infinity) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
