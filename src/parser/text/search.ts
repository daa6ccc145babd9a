/** First index in `items` (sorted by `key`) whose key is at least `value`: binary search, O(log n). */
export function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item !== undefined && key(item) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const startOf = (s: { start: number }): number => s.start;

/** Index of the span that holds `offset` in a sorted list of non-overlapping spans, or -1. */
export function spanAt<T extends { start: number; end: number }>(items: readonly T[], offset: number): number {
  const i = lowerBound(items, offset + 1, startOf) - 1;
  const item = items[i];
  return item && offset < item.end ? i : -1;
}
