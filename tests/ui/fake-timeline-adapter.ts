import type { Statement } from '../../src/domain/statement.ts';
import type { TimelineAdapter, TimelineHandlers } from '../../src/features/timeline/vis-timeline-adapter.ts';

/** What the fake adapter was asked to do, for assertions. */
export const adapterCalls = { created: 0, destroyed: 0, windows: [] as string[] };

/** Stands in for vis-timeline in jsdom: one plain button per statement. */
export function createTimelineAdapter(
  container: HTMLElement,
  handlers: TimelineHandlers,
  initial: readonly Statement[] = [],
): TimelineAdapter {
  adapterCalls.created++;
  const list = document.createElement('ul');
  list.setAttribute('aria-label', 'Timeline items');
  container.append(list);
  let selected: string | null = null;
  const render = (statements: readonly Statement[]) => {
    list.replaceChildren(
      ...statements.map((s) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${s.speaker}: ${s.quote}`;
        button.dataset.statementId = s.id;
        button.addEventListener('click', () => handlers.onSelect(s.id));
        li.append(button);
        return li;
      }),
    );
    mark();
  };
  const mark = () => {
    for (const b of list.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.statementId === selected));
  };
  render(initial);
  return {
    setStatements: render,
    setSelection(id) {
      selected = id;
      mark();
    },
    setWindow(from, to) {
      adapterCalls.windows.push(`${from}..${to}`);
    },
    centreOn(date) {
      adapterCalls.windows.push(`centre ${date}`);
    },
    fit() {
      adapterCalls.windows.push('fit');
    },
    zoomIn() {
      handlers.onWindowCommit('2023-10-01', '2023-10-31');
    },
    zoomOut() {
      handlers.onWindowCommit('2023-01-01', '2024-12-31');
    },
    pan(fraction) {
      handlers.onWindowCommit(fraction < 0 ? '2023-06-01' : '2024-02-01', fraction < 0 ? '2023-06-30' : '2024-02-29');
    },
    destroy() {
      adapterCalls.destroyed++;
      list.remove();
    },
  };
}
