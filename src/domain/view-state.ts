import { isRealIsoDate } from './statement.ts';

/** Everything a link reproduces: window (date or from/to), filters and the selected statement. */
export interface ViewState {
  /** Day the timeline was centred on with the date jump (YYYY-MM-DD). */
  date: string | null;
  /** First day of the visible window (YYYY-MM-DD). */
  from: string | null;
  /** Last day of the visible window, inclusive (YYYY-MM-DD). */
  to: string | null;
  /** Canonical speaker names, sorted, no duplicates. */
  speakers: string[];
  /** Theme ids, sorted, no duplicates. */
  themes: string[];
  /** Selected statement id. */
  selected: string | null;
}

export interface ParsedViewState {
  state: ViewState;
  /** Human-readable descriptions of what the URL held but the view could not use. */
  ignored: string[];
}

/** Longest query string we read at all; anything longer is junk or an attack. */
export const MAX_SEARCH_LENGTH = 8192;
const MAX_VALUE_LENGTH = 300;
const MAX_REPEATS = 50;
const SINGLE = ['date', 'from', 'to', 's'] as const;
type SingleKey = (typeof SINGLE)[number];
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNREADABLE = /[\u0000-\u001f\u007f\ufffd]/;
const KNOWN = new Set<string>([...SINGLE, 'speaker', 'theme']);

/** A fresh default view state (arrays are not shared). */
export function defaultViewState(): ViewState {
  return { date: null, from: null, to: null, speakers: [], themes: [], selected: null };
}

/** Reads a location.search string into a valid view state, listing every value it had to drop. */
export function parseViewState(search: string): ParsedViewState {
  const state = defaultViewState();
  const ignored: string[] = [];
  let text = search.startsWith('?') ? search.slice(1) : search;
  if (text.length > MAX_SEARCH_LENGTH) {
    ignored.push(`the part of the address after ${MAX_SEARCH_LENGTH} characters`);
    text = text.slice(0, MAX_SEARCH_LENGTH);
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { state, ignored: ['the whole query string'] };
  }
  const singles = new Map<SingleKey, string[]>();
  const speakers = new Set<string>();
  const themes = new Set<string>();
  const unknown = new Set<string>();
  for (const [key, raw] of params) {
    const value = raw.trim();
    if (!KNOWN.has(key)) {
      if (key !== '' || value !== '') unknown.add(key);
      continue;
    }
    if (value.length > MAX_VALUE_LENGTH) {
      ignored.push(`${key}: value too long`);
      continue;
    }
    // U+FFFD marks a broken %-escape; control characters never belong in a name or id.
    if (UNREADABLE.test(value)) {
      ignored.push(`${key}: not readable text`);
      continue;
    }
    if (key === 'speaker' || key === 'theme') {
      const set = key === 'speaker' ? speakers : themes;
      if (value === '') ignored.push(`${key}: empty`);
      else if (set.size >= MAX_REPEATS) ignored.push(`${key}=${short(value)}: too many values`);
      else set.add(value);
      continue;
    }
    const k = key as SingleKey;
    singles.set(k, [...(singles.get(k) ?? []), value]);
  }
  for (const key of unknown) ignored.push(`unknown parameter ${short(key) || '(empty name)'}`);

  const single = (key: SingleKey): string | null => {
    const values = singles.get(key);
    if (!values) return null;
    if (values.length > 1) {
      ignored.push(`${key}: given ${values.length} times`);
      return null;
    }
    return values[0] ?? null;
  };
  const day = (key: 'date' | 'from' | 'to'): string | null => {
    const value = single(key);
    if (value === null) return null;
    if (!isRealIsoDate(value)) {
      ignored.push(`${key}=${short(value)}: not a real date (YYYY-MM-DD)`);
      return null;
    }
    return value;
  };
  state.date = day('date');
  state.from = day('from');
  state.to = day('to');
  if (state.from && state.to && state.from > state.to) {
    ignored.push(`from=${state.from} is after to=${state.to}`);
    state.from = null;
    state.to = null;
  } else if ((state.from === null) !== (state.to === null)) {
    ignored.push(state.from ? `from=${state.from} without to` : `to=${state.to} without from`);
    state.from = null;
    state.to = null;
  }
  const s = single('s');
  if (s !== null) {
    if (/^[A-Za-z0-9_.-]+$/.test(s)) state.selected = s;
    else ignored.push(`s=${short(s)}: not a statement id`);
  }
  state.speakers = [...speakers].sort(compareText);
  state.themes = [...themes].sort(compareText);
  return { state, ignored };
}

/** Writes the canonical query string (fixed order, defaults omitted): '' or '?date=…'. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.date) params.append('date', state.date);
  if (state.from && state.to) {
    params.append('from', state.from);
    params.append('to', state.to);
  }
  for (const speaker of uniqueSorted(state.speakers)) params.append('speaker', speaker);
  for (const theme of uniqueSorted(state.themes)) params.append('theme', theme);
  if (state.selected) params.append('s', state.selected);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface KnownValues {
  speakers: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  statementIds: ReadonlySet<string>;
}

/** Drops speakers, themes and the selection that the loaded data does not know. */
export function reconcileViewState(state: ViewState, known: KnownValues): ParsedViewState {
  const ignored: string[] = [];
  const keep = (values: string[], set: ReadonlySet<string>, label: string) =>
    values.filter((v) => {
      if (set.has(v)) return true;
      ignored.push(`unknown ${label} ${short(v)}`);
      return false;
    });
  const speakers = keep(state.speakers, known.speakers, 'speaker');
  const themes = keep(state.themes, known.themes, 'theme');
  let selected = state.selected;
  if (selected !== null && !known.statementIds.has(selected)) {
    ignored.push(`unknown statement ${short(selected)}`);
    selected = null;
  }
  return { state: { ...state, speakers, themes, selected }, ignored };
}

/** Sorted, de-duplicated copy: the canonical order of repeatable values. */
export function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareText);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function short(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
