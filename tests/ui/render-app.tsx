import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { publish } from '../../src/domain/published.ts';
import type { StatementsFile } from '../../src/domain/statement.ts';
import { defaultViewState } from '../../src/domain/view-state.ts';
import { useViewStore } from '../../src/stores/view-store.ts';
import fixture from '../fixtures/app/statements.json';

export { fixture };

/** A reply for statements.json; `files` are the other data files (article-text chunks) by path inside data/. */
type Reply = { status: number; body: string; files?: Record<string, string> };

const json = (body: string, status = 200) => new Response(body, { status, headers: { 'content-type': 'application/json' } });

/** Replies for successive fetches of statements.json (the last one repeats); other files from the replies' `files`, else 404. */
export function mockFetch(...replies: Reply[]) {
  const queue = [...replies];
  const fn = vi.fn(async (input: RequestInfo | URL) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith('/data/statements.json')) {
      const file = replies.flatMap((r) => Object.entries(r.files ?? {})).find(([path]) => url.endsWith(`/data/${path}`));
      return file ? json(file[1]) : json('not found', 404);
    }
    const reply = queue.length > 1 ? queue.shift()! : queue[0]!;
    return json(reply.body, reply.status);
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** The data as the build publishes it: the index as statements.json and its article-text chunks. */
export const ok = (data: unknown = fixture): Reply => {
  const { index, chunks } = publish(data as StatementsFile);
  return { status: 200, body: JSON.stringify(index), files: Object.fromEntries([...chunks].map(([path, chunk]) => [path, JSON.stringify(chunk)])) };
};

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
