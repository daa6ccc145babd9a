import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { defaultViewState } from '../../src/domain/view-state.ts';
import { useViewStore } from '../../src/stores/view-store.ts';
import fixture from '../fixtures/app/statements.json';

export { fixture };

type Reply = { status: number; body: string };

/** Replies for successive fetches of statements.json (the last one repeats). */
export function mockFetch(...replies: Reply[]) {
  const queue = [...replies];
  const fn = vi.fn(async () => {
    const reply = queue.length > 1 ? queue.shift()! : queue[0]!;
    return new Response(reply.body, { status: reply.status, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

export const ok = (data: unknown = fixture): Reply => ({ status: 200, body: JSON.stringify(data) });

/** Renders the whole app at `url` with a fresh store and a QueryClient that does not retry. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  useViewStore.setState({ ...defaultViewState(), notices: [] });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const user = userEvent.setup();
  return { user, ...render(<App queryClient={queryClient} />) };
}

/** The current query string, decoded as the URL bar shows it. */
export const search = () => window.location.search;
