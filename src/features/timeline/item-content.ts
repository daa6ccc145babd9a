import type { Statement } from '../../domain/statement.ts';

const SNIPPET = 70;

/** An item's content, built from text nodes only: quotes and names come from scraped articles. */
export function renderItem(statement: Statement): HTMLElement {
  const el = document.createElement('div');
  // One tab stop for the whole timeline: the adapter gives tabIndex 0 to a single item (roving tabindex).
  el.tabIndex = -1;
  el.setAttribute('role', 'button');
  el.dataset.statementId = statement.id;
  el.dataset.statementDate = statement.date;
  el.title = `${statement.speaker}, ${statement.date}: ${truncate(statement.quote, 400)}`;
  el.setAttribute('aria-label', `${statement.speaker}, ${statement.date}: ${truncate(statement.quote, 120)}`);
  el.className = 'max-w-36 text-left leading-tight outline-none sm:max-w-56';
  const who = document.createElement('strong');
  who.className = 'block truncate text-xs font-semibold';
  who.textContent = statement.speaker;
  const what = document.createElement('span');
  what.className = 'block truncate text-xs';
  what.textContent = truncate(statement.quote, SNIPPET);
  el.append(who, what);
  return el;
}

/** A cluster's content: how many statements it stands for; Enter zooms to its days. */
export function renderCluster(count: number, from?: string, to?: string): HTMLElement {
  const el = document.createElement('span');
  el.className = 'px-1 text-xs font-semibold tabular-nums';
  el.textContent = String(count);
  const days = from && to ? (from === to ? ` on ${from}` : ` from ${from} to ${to}`) : '';
  el.title = `${count} statements${days}: zoom in, double-click or press Enter to see them`;
  if (from && to) {
    el.tabIndex = -1;
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', `${count} statements${days}, press Enter to zoom in`);
    el.dataset.clusterFrom = from;
    el.dataset.clusterTo = to;
  }
  return el;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
