import { DataSet } from 'vis-data/peer';
import { Timeline, type DataItem, type TimelineOptions } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Statement } from '../../domain/statement.ts';
import { renderCluster, renderItem } from './item-content.ts';
import { rovingFocus } from './roving-focus.ts';
import { DAY, fitWindow, midday, startOf, toDays } from './time-window.ts';

// The only module that imports vis-timeline / vis-data.

export interface TimelineHandlers {
  /** A statement was clicked or activated with Enter (null: the selection was cleared). */
  onSelect(id: string | null): void;
  /** The user finished a pan or zoom: the visible window in whole days, `to` inclusive. */
  onWindowCommit(from: string, to: string): void;
}

export interface TimelineAdapter {
  /** Shows exactly these statements, applied as a diff to the existing items. */
  setStatements(statements: readonly Statement[]): void;
  setSelection(id: string | null): void;
  /** Shows the days from `from` to `to` (inclusive). */
  setWindow(from: string, to: string): void;
  /** Centres the timeline on a day, keeping a readable zoom. */
  centreOn(date: string): void;
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Moves the window by a fraction of its width (negative: earlier). */
  pan(fraction: number): void;
  destroy(): void;
}

interface StatementItem extends DataItem {
  id: string;
  statement: Statement;
}


/** Creates the vis Timeline and its DataSet once inside `container`, filled with `initial` before the first draw. */
export function createTimelineAdapter(
  container: HTMLElement,
  handlers: TimelineHandlers,
  initial: readonly Statement[] = [],
): TimelineAdapter {
  // Filling the DataSet before the Timeline exists saves one add event per item on large corpora.
  const items = new DataSet<StatementItem, 'id'>(initial.map(toItem));
  const shown = new Map<string, Statement>(initial.map((s) => [s.id, s]));
  let selected: string | null = null;
  let commitNextRange = false;
  let lastCommitted: { from: string; to: string } | null = null;

  const options: TimelineOptions = {
    height: '100%',
    minHeight: 240,
    stack: true,
    verticalScroll: true,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    zoomMin: DAY / 4,
    zoomMax: 20 * 365 * DAY,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 4, vertical: 6 } },
    cluster: {
      maxItems: 4,
      titleTemplate: '{count} statements: zoom in or double-click to see them',
      showStipes: true,
      fitOnDoubleClick: true,
    },
    template: (item?: { statement?: Statement; uiItems?: { data?: { statement?: Statement } }[] }) => {
      if (item?.statement) return elementFor(item.statement);
      const dates = (item?.uiItems ?? []).flatMap((ui) => (ui.data?.statement ? [ui.data.statement.date] : [])).sort();
      return renderCluster(item?.uiItems?.length ?? 0, dates[0], dates.at(-1));
    },
  };
  // vis calls the template on every redraw; handing back the same node keeps keyboard focus on it.
  const elements = new Map<string, HTMLElement>();
  function elementFor(statement: Statement): HTMLElement {
    let el = elements.get(statement.id);
    if (!el) {
      el = renderItem(statement);
      elements.set(statement.id, el);
    }
    return el;
  }
  // An initial window spares vis its own fit, which draws every item once to measure it (seconds
  // for 10k items). With start/end set, vis stays hidden until the first range change, so make one.
  const initialWindow = fitWindow(shown.values(), container.clientWidth);
  if (initialWindow) Object.assign(options, { start: initialWindow.start - 1, end: initialWindow.end + 1 });
  const timeline = new Timeline(container, items, options);
  if (initialWindow) timeline.setWindow(initialWindow.start, initialWindow.end, { animation: false });

  timeline.on('select', (props: { items: (string | number)[] }) => {
    const id = props.items.map(String).find((i) => shown.has(i)) ?? null;
    if (id === null && props.items.length > 0) return; // a cluster: not a statement
    selected = id;
    handlers.onSelect(id);
  });
  timeline.on('rangechanged', (props: { start: Date; end: Date; byUser: boolean }) => {
    if (!props.byUser && !commitNextRange) return;
    commitNextRange = false;
    const win = toDays(props.start, props.end);
    if (lastCommitted && lastCommitted.from === win.from && lastCommitted.to === win.to) return;
    lastCommitted = win;
    handlers.onWindowCommit(win.from, win.to);
  });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const cluster = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('[data-cluster-from]') : null;
    if (cluster?.dataset.clusterFrom && cluster.dataset.clusterTo) {
      // Keyboard stand-in for double-click: zoom to the cluster's days.
      event.preventDefault();
      const from = startOf(cluster.dataset.clusterFrom);
      const to = startOf(cluster.dataset.clusterTo) + DAY;
      const pad = Math.max((to - from) * 0.25, DAY / 2);
      commitNextRange = true;
      timeline.setWindow(from - pad, to + pad, { animation: false });
      return;
    }
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-statement-id]') : null;
    const id = target?.dataset.statementId;
    if (!id || !shown.has(id)) return;
    event.preventDefault();
    selected = id;
    timeline.setSelection([id]);
    handlers.onSelect(id);
  };
  container.addEventListener('keydown', onKeyDown);

  const focus = rovingFocus(container, () => (selected ? elements.get(selected) : undefined));
  timeline.on('changed', () => focus.update());

  const inWindow = (statement: Statement) => {
    const { start, end } = timeline.getWindow();
    const at = midday(statement.date);
    return at >= start.getTime() && at <= end.getTime();
  };

  return {
    setStatements(statements) {
      const next = new Map(statements.map((s) => [s.id, s]));
      const removed = [...shown.keys()].filter((id) => !next.has(id));
      const added = statements.filter((s) => !shown.has(s.id));
      if (removed.length) items.remove(removed);
      for (const id of removed) elements.delete(id);
      if (added.length) items.add(added.map(toItem));
      shown.clear();
      for (const [id, s] of next) shown.set(id, s);
      if (selected && shown.has(selected)) timeline.setSelection([selected]);
    },
    setSelection(id) {
      selected = id;
      focus.selectionChanged();
      timeline.setSelection(id && shown.has(id) ? [id] : []);
      const statement = id ? shown.get(id) : undefined;
      if (statement && !inWindow(statement)) {
        // Keep the URL's window in step only when it has one; the default (fit) view stays implicit.
        commitNextRange = lastCommitted !== null;
        timeline.moveTo(midday(statement.date), { animation: false });
      }
      focus.update();
    },
    setWindow(from, to) {
      const current = toDays(timeline.getWindow().start, timeline.getWindow().end);
      lastCommitted = { from, to };
      if (current.from === from && current.to === to) return;
      timeline.setWindow(startOf(from), startOf(to) + DAY, { animation: false });
    },
    centreOn(date) {
      lastCommitted = null;
      const { start, end } = timeline.getWindow();
      const half = Math.min((end.getTime() - start.getTime()) / 2, 15 * DAY);
      const centre = midday(date);
      timeline.setWindow(centre - half, centre + half, { animation: false });
    },
    fit() {
      lastCommitted = null;
      const win = fitWindow(shown.values(), container.clientWidth);
      if (win) timeline.setWindow(win.start, win.end, { animation: false });
    },
    zoomIn() {
      commitNextRange = true;
      timeline.zoomIn(0.5, { animation: false });
    },
    zoomOut() {
      commitNextRange = true;
      timeline.zoomOut(0.5, { animation: false });
    },
    pan(fraction) {
      const { start, end } = timeline.getWindow();
      const shift = (end.getTime() - start.getTime()) * fraction;
      commitNextRange = true;
      timeline.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false });
    },
    destroy() {
      container.removeEventListener('keydown', onKeyDown);
      timeline.destroy();
      items.clear();
      shown.clear();
      elements.clear();
    },
  };
}

function toItem(statement: Statement): StatementItem {
  return { id: statement.id, start: midday(statement.date), content: '', type: 'box', statement };
}
