import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Statement } from '../../domain/statement.ts';
import { resetWindow, selectStatement, setWindow, useViewStore } from '../../stores/view-store.ts';
import { Button } from '../../components/button.tsx';
import { createTimelineAdapter, type TimelineAdapter } from './vis-timeline-adapter.ts';

interface TimelineViewProps {
  /** The statements passing the filters, in time order. */
  statements: readonly Statement[];
}

/** The zoomable timeline: a React shell around the vis-timeline adapter. */
export function TimelineView({ statements }: TimelineViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<TimelineAdapter | null>(null);
  const { selected, date, from, to } = useViewStore(
    useShallow((s) => ({ selected: s.selected, date: s.date, from: s.from, to: s.to })),
  );

  const latestStatements = useRef(statements);
  useEffect(() => {
    latestStatements.current = statements;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const adapter = createTimelineAdapter(container, { onSelect: selectStatement, onWindowCommit: setWindow }, latestStatements.current);
    adapterRef.current = adapter;
    return () => {
      adapter.destroy();
      adapterRef.current = null;
    };
  }, []);

  useEffect(() => {
    adapterRef.current?.setStatements(statements);
  }, [statements]);

  useEffect(() => {
    const adapter = adapterRef.current;
    if (!adapter) return;
    if (from && to) adapter.setWindow(from, to);
    else if (date) adapter.centreOn(date);
    // The default window follows the filters: refit whenever the shown statements change.
    else adapter.fit();
  }, [from, to, date, statements]);

  useEffect(() => {
    adapterRef.current?.setSelection(selected);
  }, [selected]);

  return (
    <div className="flex h-full flex-col gap-2">
      <div role="group" aria-label="Timeline navigation" className="flex flex-wrap items-center gap-2">
        <Button onClick={() => adapterRef.current?.pan(-0.5)} aria-label="Earlier">
          ◀ Earlier
        </Button>
        <Button onClick={() => adapterRef.current?.pan(0.5)} aria-label="Later">
          Later ▶
        </Button>
        <Button onClick={() => adapterRef.current?.zoomIn()}>Zoom in</Button>
        <Button onClick={() => adapterRef.current?.zoomOut()}>Zoom out</Button>
        <Button
          onClick={() => {
            resetWindow();
            adapterRef.current?.fit();
          }}
        >
          Fit all
        </Button>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          Drag to pan, wheel or pinch to zoom; Tab into the timeline and press Enter to open the item; ← → walk statements.
        </span>
      </div>
      <div
        ref={containerRef}
        data-testid="timeline"
        className="statements-timeline min-h-64 flex-1 rounded-md border border-slate-300 bg-white dark:border-slate-700 dark:bg-slate-900"
      />
    </div>
  );
}
