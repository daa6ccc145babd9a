import { create } from 'zustand';
import { defaultViewState, uniqueSorted, type ViewState } from '../domain/view-state.ts';

export interface Notice {
  id: number;
  text: string;
}

export interface ViewStore extends ViewState {
  notices: Notice[];
}

/** The one view store: selection, filters and window (the URL mirrors these), plus transient notices. */
export const useViewStore = create<ViewStore>(() => ({ ...defaultViewState(), notices: [] }));

/** The URL-relevant part of the store. */
export function selectViewState(s: ViewStore): ViewState {
  return { date: s.date, from: s.from, to: s.to, speakers: s.speakers, themes: s.themes, selected: s.selected };
}

/** Replaces the whole view (initial URL, back / forward). */
export function replaceView(state: ViewState): void {
  useViewStore.setState({ ...state, speakers: uniqueSorted(state.speakers), themes: uniqueSorted(state.themes) });
}

export function selectStatement(id: string | null): void {
  if (useViewStore.getState().selected === id) return;
  useViewStore.setState({ selected: id });
}

export function toggleSpeaker(name: string): void {
  const { speakers } = useViewStore.getState();
  useViewStore.setState({ speakers: toggle(speakers, name) });
}

export function toggleTheme(id: string): void {
  const { themes } = useViewStore.getState();
  useViewStore.setState({ themes: toggle(themes, id) });
}

export function clearFilters(): void {
  const { speakers, themes } = useViewStore.getState();
  if (speakers.length === 0 && themes.length === 0) return;
  useViewStore.setState({ speakers: [], themes: [] });
}

/** Commits the visible window (whole days, `to` inclusive); called when a pan or zoom ends, never per frame. */
export function setWindow(from: string, to: string): void {
  const s = useViewStore.getState();
  if (s.from === from && s.to === to && s.date === null) return;
  useViewStore.setState({ from, to, date: null });
}

/** Centres the timeline on a day. */
export function jumpToDate(date: string): void {
  useViewStore.setState({ date, from: null, to: null });
}

/** Back to the default window: all statements fit. */
export function resetWindow(): void {
  useViewStore.setState({ date: null, from: null, to: null });
}

let nextNoticeId = 1;

/** Shows short notices (e.g. URL parameters that were ignored). */
export function addNotices(texts: readonly string[]): void {
  const current = new Set(useViewStore.getState().notices.map((n) => n.text));
  const fresh = texts.filter((text) => !current.has(text));
  if (fresh.length === 0) return;
  const notices = fresh.map((text) => ({ id: nextNoticeId++, text }));
  useViewStore.setState((s) => ({ notices: [...s.notices, ...notices].slice(-8) }));
}

export function dismissNotice(id: number): void {
  useViewStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

function toggle(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : uniqueSorted([...values, value]);
}
