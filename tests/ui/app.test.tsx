import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { adapterCalls } from './fake-timeline-adapter.ts';
import { fixture, mockFetch, ok, renderApp, search } from './render-app.tsx';

vi.mock('../../src/features/timeline/vis-timeline-adapter.ts', () => import('./fake-timeline-adapter.ts'));

afterEach(() => vi.unstubAllGlobals());

const BLINKEN = 'a2-nato-summit-68a11b8d';
const items = () => within(screen.getByRole('list', { name: 'Timeline items' })).queryAllByRole('button');
const detail = () => screen.getByRole('region', { name: 'Statement detail' });
const findDetail = () => screen.findByRole('region', { name: 'Statement detail' });

describe('App', () => {
  it('shows every statement on the timeline and a prompt in the detail pane', async () => {
    mockFetch(ok());
    renderApp();
    expect(screen.getByText('Loading statements…')).toBeInTheDocument();
    await waitFor(() => expect(items()).toHaveLength(fixture.statements.length));
    expect(within(detail()).getByText(/Select a statement/)).toBeInTheDocument();
    expect(search()).toBe('');
  });

  it('opens the statement of a deep link in the detail pane, quote marked in its article', async () => {
    mockFetch(ok());
    renderApp(`/?s=${BLINKEN}`);
    const pane = await findDetail();
    expect(await within(pane).findByRole('heading', { name: 'Antony Blinken' })).toBeInTheDocument();
    expect(within(pane).getByText('2023-07-11')).toBeInTheDocument();
    expect(within(pane).getByText('NATO, Military aid')).toBeInTheDocument();
    const article = within(pane).getByRole('region', { name: 'Article text' });
    await waitFor(() => expect(article.querySelector('mark')?.textContent).toBe('the alliance would keep supporting Kyiv "for as long as it takes"'));
    expect(screen.getByRole('button', { name: /Antony Blinken/ })).toHaveAttribute('aria-pressed', 'true');
  });

  it('fetches article text only when a statement is opened, once per chunk', async () => {
    const fetch = mockFetch(ok());
    const { user } = renderApp();
    await waitFor(() => expect(items()).toHaveLength(10));
    const urls = () => fetch.mock.calls.map(([input]) => String(input).replace(/^.*\/data\//, ''));
    expect(urls()).toEqual(['statements.json']);
    await user.click(screen.getByRole('button', { name: /Antony Blinken/ }));
    await waitFor(() => expect(within(detail()).getByRole('region', { name: 'Article text' }).querySelector('mark')).not.toBeNull());
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(within(detail()).getByRole('region', { name: 'Article text' }).querySelector('mark')?.textContent).not.toContain('for as long as it takes'));
    expect(urls()).toEqual(['statements.json', 'article-text/0001.json']);
  });

  it('a missing article text file leaves the statement readable, with an error and Retry in its place', async () => {
    const reply = ok();
    const fetch = mockFetch({ ...reply, files: {} });
    const { user } = renderApp(`/?s=${BLINKEN}`);
    const pane = await findDetail();
    const alert = await within(pane).findByRole('alert');
    expect(alert).toHaveTextContent(/article text file .*article-text\/0001\.json is missing \(HTTP 404\)/);
    expect(within(pane).getByRole('heading', { name: 'Antony Blinken' })).toBeInTheDocument();
    expect(within(pane).getByLabelText('Quote')).toHaveTextContent('for as long as it takes');
    fetch.mockImplementation(async () => new Response(reply.files?.['article-text/0001.json'], { status: 200 }));
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(pane).getByRole('region', { name: 'Article text' }).querySelector('mark')).not.toBeNull());
    expect(within(pane).queryByRole('alert')).toBeNull();
  });

  it('clicking an item opens it and pushes a history entry; back restores the previous view', async () => {
    mockFetch(ok());
    const { user } = renderApp();
    await waitFor(() => expect(items()).toHaveLength(10));
    await user.click(screen.getByRole('button', { name: /^Jens Stoltenberg: Ukraine's future/ }));
    expect(within(detail()).getByRole('heading', { name: 'Jens Stoltenberg' })).toBeInTheDocument();
    expect(search()).toBe('?s=a2-nato-summit-fb552180');
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    expect(search()).toBe('');
    expect(within(detail()).getByText(/Select a statement/)).toBeInTheDocument();
  });

  it('picking a speaker narrows the items, updates the counts and the URL; clear-all restores', async () => {
    mockFetch(ok());
    const { user } = renderApp();
    await waitFor(() => expect(items()).toHaveLength(10));
    await user.click(screen.getByRole('checkbox', { name: /Jens Stoltenberg/ }));
    expect(items().map((b) => b.textContent)).toEqual([
      "Jens Stoltenberg: Ukraine's future is in NATO,",
      'Jens Stoltenberg: the alliance monitors the Black Sea closely',
    ]);
    expect(search()).toBe('?speaker=Jens+Stoltenberg');
    // Theme counts now count Stoltenberg's statements only.
    expect(screen.getByRole('button', { name: 'NATO 2' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Food security 0' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'NATO 2' }));
    expect(search()).toBe('?speaker=Jens+Stoltenberg&theme=nato');
    expect(screen.getByText(/Showing/)).toHaveTextContent('Showing 2 of 10 statements');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(items()).toHaveLength(10);
    expect(search()).toBe('');
  });

  it('searches speakers', async () => {
    mockFetch(ok());
    const { user } = renderApp();
    await waitFor(() => expect(items()).toHaveLength(10));
    await user.type(screen.getByRole('searchbox', { name: 'Search speakers' }), 'kris');
    expect(screen.getAllByRole('checkbox').map((c) => c.closest('label')?.textContent)).toEqual(['Ulf Kristersson3']);
  });

  it('an empty result says so and offers to clear', async () => {
    mockFetch(ok());
    const { user } = renderApp('/?speaker=Antony+Blinken&theme=food-security');
    expect(await screen.findByText('No statements match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(items()).toHaveLength(10);
  });

  it('walks statements in time order with the arrow keys and the buttons, within the filters', async () => {
    mockFetch(ok());
    const { user } = renderApp('/?speaker=Volodymyr+Zelenskyy');
    await waitFor(() => expect(items()).toHaveLength(4));
    await user.keyboard('{ArrowRight}');
    expect(within(detail()).getByRole('blockquote', { name: 'Quote' })).toHaveTextContent('absurd');
    expect(within(detail()).getByText('Statement 1 of 4')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(detail()).getByRole('blockquote', { name: 'Quote' })).toHaveTextContent(/^Food security/);
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowRight}');
    expect(within(detail()).getByRole('blockquote', { name: 'Quote' })).toHaveTextContent('the partnership with Sweden was growing');
    expect(screen.getByRole('button', { name: 'Next →' })).toBeDisabled();
    await user.keyboard('{ArrowLeft}');
    expect(within(detail()).getByRole('blockquote', { name: 'Quote' })).toHaveTextContent('We need more air defense');
    await user.click(screen.getByRole('button', { name: '← Previous' }));
    expect(within(detail()).getByRole('blockquote', { name: 'Quote' })).toHaveTextContent(/^Food security/);
    expect(search()).toBe('?speaker=Volodymyr+Zelenskyy&s=a3-grain-deal-d3570578');
  });

  it('drops junk and unknown values from the URL with a notice, keeping the rest', async () => {
    mockFetch(ok());
    renderApp(`/?date=2023-02-30&speaker=Nobody&speaker=Ulf+Kristersson&theme=nato&s=unknown-id&x=${'j'.repeat(50)}`);
    await waitFor(() => expect(items()).toHaveLength(0));
    await waitFor(() => expect(search()).toBe('?speaker=Ulf+Kristersson&theme=nato'));
    const notices = screen.getAllByText(/^Ignored in the link/).map((n) => n.textContent).join(' ');
    expect(notices).toMatch(/date=2023-02-30/);
    expect(notices).toMatch(/unknown speaker Nobody/);
    expect(notices).toMatch(/unknown statement unknown-id/);
    expect(screen.getByText('No statements match these filters.')).toBeInTheDocument();
  });

  it('shows untrusted text as text', async () => {
    mockFetch(ok());
    renderApp('/?s=a3-grain-deal-d3570578');
    const pane = await findDetail();
    expect(await within(pane).findByRole('blockquote', { name: 'Quote' })).toHaveTextContent('Food security <img src=x onerror=alert(1)> is global security,');
    expect(within(pane).getByText(/Grain corridor <script>alert\(1\)<\/script> talks/)).toBeInTheDocument();
    expect(document.querySelector('img, script')).toBeNull();
  });

  it('zoom buttons commit the window to the URL (replaceState), fit clears it', async () => {
    mockFetch(ok());
    const { user } = renderApp('/?s=' + BLINKEN);
    await within(await findDetail()).findByRole('heading', { name: 'Antony Blinken' });
    const length = window.history.length;
    await user.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(search()).toBe(`?from=2023-10-01&to=2023-10-31&s=${BLINKEN}`);
    expect(window.history.length).toBe(length);
    await user.click(screen.getByRole('button', { name: 'Fit all' }));
    expect(search()).toBe(`?s=${BLINKEN}`);
  });
});

describe('date jump and sharing', () => {
  it('jumping to a date centres the timeline there and keeps the date in the URL', async () => {
    mockFetch(ok());
    const { user } = renderApp();
    await waitFor(() => expect(items()).toHaveLength(10));
    const input = screen.getByLabelText('Jump to date');
    await user.type(input, '2023-08-15');
    await user.click(screen.getByRole('button', { name: 'Go' }));
    expect(search()).toBe('?date=2023-08-15');
    expect(adapterCalls.windows.at(-1)).toBe('centre 2023-08-15');
  });

  it('copies the canonical link of the current view', async () => {
    mockFetch(ok());
    const { user } = renderApp(`/?theme=nato&s=${BLINKEN}`);
    await within(await findDetail()).findByRole('heading', { name: 'Antony Blinken' });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/?theme=nato&s=${BLINKEN}`);
  });
});

describe('data errors', () => {
  it('a missing file shows an error screen; retry loads the data', async () => {
    const fetch = mockFetch({ status: 404, body: 'not found' }, ok());
    const { user } = renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/missing \(HTTP 404\)/);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(items()).toHaveLength(10));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it.each([
    ['wrong schema version', ok({ ...fixture, schemaVersion: 1 }), /schema version 1, but this app reads version 2/],
    ['truncated JSON', { status: 200, body: JSON.stringify(fixture).slice(0, 500) }, /not valid JSON/],
    ['index.html instead of data', { status: 200, body: '<!doctype html><html></html>' }, /missing/],
    [
      'offsets outside the article',
      ok({ ...fixture, statements: fixture.statements.map((s, i) => (i === 0 ? { ...s, end: 99_999 } : s)) }),
      /outside article/,
    ],
  ])('%s: a clear error screen', async (_name, reply, message) => {
    mockFetch(reply);
    renderApp();
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
