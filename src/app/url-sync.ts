import { formatViewState, parseViewState, reconcileViewState, type KnownValues, type ViewState } from '../domain/view-state.ts';
import { addNotices, replaceView, selectViewState, useViewStore } from '../stores/view-store.ts';

// The only module that touches `location` and `history`.

let applyingUrl = false;

/** Reads the current URL into the store (before the first render) and reports ignored parameters. */
export function readUrlIntoStore(): void {
  const { state, ignored } = parseViewState(window.location.search);
  apply(state);
  noticeIgnored(ignored);
  const canonical = formatViewState(state);
  if (canonical !== window.location.search) history.replaceState(history.state, '', urlWith(canonical));
}

/** Keeps URL and store in step: push for selection/filter changes, replace for window changes, popstate restores. */
export function startUrlSync(): () => void {
  const unsubscribe = useViewStore.subscribe((next, prev) => {
    if (applyingUrl) return;
    const nextState = selectViewState(next);
    const search = formatViewState(nextState);
    if (search === window.location.search) return;
    const onlyWindow = sameExceptWindow(nextState, selectViewState(prev));
    if (onlyWindow) history.replaceState(history.state, '', urlWith(search));
    else history.pushState(null, '', urlWith(search));
  });
  const onPopState = () => {
    const { state, ignored } = parseViewState(window.location.search);
    apply(state);
    noticeIgnored(ignored);
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

/** Drops speakers, themes and the selection the data does not know, rewriting the URL in place. */
export function reconcileUrlWithData(known: KnownValues): void {
  const { state, ignored } = reconcileViewState(selectViewState(useViewStore.getState()), known);
  if (ignored.length === 0) return;
  apply(state);
  history.replaceState(history.state, '', urlWith(formatViewState(state)));
  noticeIgnored(ignored);
}

/** The canonical address of the current view, for the share button. */
export function shareUrl(): string {
  const url = new URL(window.location.href);
  url.search = formatViewState(selectViewState(useViewStore.getState()));
  url.hash = '';
  return url.toString();
}

function apply(state: ViewState): void {
  applyingUrl = true;
  try {
    replaceView(state);
  } finally {
    applyingUrl = false;
  }
}

function noticeIgnored(ignored: string[]): void {
  if (ignored.length === 0) return;
  const shown = ignored.slice(0, 5).join('; ');
  const more = ignored.length > 5 ? ` and ${ignored.length - 5} more` : '';
  addNotices([`Ignored in the link: ${shown}${more}.`]);
}

function urlWith(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

function sameExceptWindow(a: ViewState, b: ViewState): boolean {
  const strip = (s: ViewState) => formatViewState({ ...s, date: null, from: null, to: null });
  return strip(a) === strip(b);
}
