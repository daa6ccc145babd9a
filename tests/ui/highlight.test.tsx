import { describe, expect, it } from 'vitest';
import { highlightPieces } from '../../src/features/detail/highlight.ts';

describe('highlightPieces', () => {
  const text = 'He said "one" and then "two" again.';
  it.each([
    ['one range', [[9, 12]], ['He said "', '[one]', '" and then "two" again.']],
    ['split quote (spans)', [[24, 27], [9, 12]], ['He said "', '[one]', '" and then "', '[two]', '" again.']],
    ['overlapping ranges merge', [[9, 12], [10, 14]], ['He said "', '[one]', '[" ]', 'and then "two" again.']],
    ['whole text', [[0, 35]], ['[He said "one" and then "two" again.]']],
    ['out of bounds is clamped', [[29, 999]], ['He said "one" and then "two" ', '[again.]']],
    ['empty and reversed ranges are dropped', [[5, 5], [8, 3]], ['He said "one" and then "two" again.']],
  ] as [string, [number, number][], string[]][])('%s', (_name, ranges, expected) => {
    const pieces = highlightPieces(text, ranges).map((p) => (p.marked ? `[${p.text}]` : p.text));
    expect(pieces).toEqual(expected);
    expect(pieces.join('').replace(/[[\]]/g, '')).toBe(text.replace(/[[\]]/g, ''));
  });
});
