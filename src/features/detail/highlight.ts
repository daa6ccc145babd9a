export interface TextPiece {
  text: string;
  marked: boolean;
}

/** Splits `text` from offset `from` into plain and marked slices for the given [start, end) ranges (clamped, merged, in order). */
export function highlightPieces(text: string, ranges: readonly (readonly [number, number])[], from = 0): TextPiece[] {
  const clean = ranges
    .map(([a, b]) => [Math.max(0, Math.min(a, text.length)), Math.max(0, Math.min(b, text.length))] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  const pieces: TextPiece[] = [];
  let at = Math.max(0, Math.min(from, text.length));
  for (const [a, b] of clean) {
    const start = Math.max(a, at);
    if (b <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, b), marked: true });
    at = b;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
