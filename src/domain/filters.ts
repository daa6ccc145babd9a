import type { Statement } from './statement.ts';

/** Active filters: a statement passes if it has one of the speakers and one of the themes (an empty list passes all). */
export interface Filters {
  speakers: readonly string[];
  themes: readonly string[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface FacetCounts {
  speakers: FacetCount[];
  themes: FacetCount[];
}

/** Statements that pass both filters, in their input order. */
export function applyFilters(statements: readonly Statement[], filters: Filters): Statement[] {
  const speakers = new Set(filters.speakers);
  const themes = new Set(filters.themes);
  return statements.filter((s) => matchesSpeaker(s, speakers) && matchesTheme(s, themes));
}

/**
 * Counts per speaker under the current theme filter, and per theme under the current speaker filter,
 * so each count says how many statements picking that value would add. Every value in the data appears,
 * sorted by count (descending), then by name.
 */
export function facetCounts(statements: readonly Statement[], filters: Filters): FacetCounts {
  const speakers = new Set(filters.speakers);
  const themes = new Set(filters.themes);
  const speakerCounts = new Map<string, number>();
  const themeCounts = new Map<string, number>();
  for (const s of statements) {
    if (!speakerCounts.has(s.speaker)) speakerCounts.set(s.speaker, 0);
    for (const t of s.themes) if (!themeCounts.has(t)) themeCounts.set(t, 0);
    if (matchesTheme(s, themes)) speakerCounts.set(s.speaker, (speakerCounts.get(s.speaker) ?? 0) + 1);
    if (matchesSpeaker(s, speakers)) for (const t of new Set(s.themes)) themeCounts.set(t, (themeCounts.get(t) ?? 0) + 1);
  }
  return { speakers: sortCounts(speakerCounts), themes: sortCounts(themeCounts) };
}

/** Orders statements by date, then article, then position in the article: the walk order of previous / next. */
export function compareStatements(a: Statement, b: Statement): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start;
}

/** The statement before or after `id` in `ordered` (sorted with compareStatements); null at either end. */
export function neighbour(ordered: readonly Statement[], current: Statement, step: -1 | 1): Statement | null {
  const index = ordered.findIndex((s) => s.id === current.id);
  if (index >= 0) return ordered[index + step] ?? null;
  // The current statement is filtered out: walk from where it would sit.
  const after = ordered.findIndex((s) => compareStatements(s, current) > 0);
  const insertAt = after < 0 ? ordered.length : after;
  return ordered[step === 1 ? insertAt : insertAt - 1] ?? null;
}

function matchesSpeaker(s: Statement, speakers: ReadonlySet<string>): boolean {
  return speakers.size === 0 || speakers.has(s.speaker);
}

function matchesTheme(s: Statement, themes: ReadonlySet<string>): boolean {
  return themes.size === 0 || s.themes.some((t) => themes.has(t));
}

function sortCounts(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
