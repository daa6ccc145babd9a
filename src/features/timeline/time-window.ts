import type { Statement } from '../../domain/statement.ts';

export const DAY = 86_400_000;

/** Half the widest item box (max-w-56 / max-w-36 below 640 px, plus padding) and a margin, in CSS pixels. */
const halfBoxPx = (width: number) => (width < 640 ? 90 : 130);

/**
 * The window showing every statement, padded by half a box in pixels so the outermost boxes are not
 * cut off (vis's own fit measures boxes only after they are drawn, so it misfits right after a change).
 */
export function fitWindow(statements: Iterable<Statement>, containerWidth: number): { start: number; end: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const s of statements) {
    const at = midday(s.date);
    if (at < min) min = at;
    if (at > max) max = at;
  }
  if (min === Infinity) return undefined;
  const width = containerWidth || 800;
  const halfBox = halfBoxPx(window.innerWidth);
  const usable = Math.max(width - 2 * halfBox, width / 3);
  const span = Math.max(max - min, 2 * DAY);
  const centre = (min + max) / 2;
  const half = span / 2 + (span * halfBox) / usable;
  return { start: centre - half, end: centre + half };
}

/** Midnight UTC of a YYYY-MM-DD day. */
export function startOf(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Noon UTC of a YYYY-MM-DD day: where a statement of that day sits. */
export function midday(date: string): number {
  return startOf(date) + DAY / 2;
}

/** A window as whole days, `to` inclusive. */
export function toDays(start: Date, end: Date): { from: string; to: string } {
  const from = new Date(start.getTime()).toISOString().slice(0, 10);
  const to = new Date(Math.max(end.getTime() - 1, start.getTime())).toISOString().slice(0, 10);
  return { from, to };
}
