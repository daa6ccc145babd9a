import clsx from 'clsx';
import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { FacetCounts } from '../../domain/filters.ts';
import { isRealIsoDate, type ThemeSummary } from '../../domain/statement.ts';
import { clearFilters, jumpToDate, useViewStore } from '../../stores/view-store.ts';
import { Button } from '../../components/button.tsx';
import { SpeakerPicker } from './speaker-picker.tsx';
import { ThemeChips } from './theme-chips.tsx';

interface FilterBarProps {
  counts: FacetCounts;
  themes: readonly ThemeSummary[];
  total: number;
  visible: number;
}

/** Speaker and theme filters, clear-all, the date jump and a count of what is shown. */
export function FilterBar({ counts, themes, total, visible }: FilterBarProps) {
  const { speakers, themes: selectedThemes, date } = useViewStore(
    useShallow((s) => ({ speakers: s.speakers, themes: s.themes, date: s.date })),
  );
  const dateId = useId();
  const panelId = useId();
  // Phones show the filters on demand so the timeline is on the first screen; from 1024 px always.
  const [open, setOpen] = useState(false);
  const activeCount = speakers.length + selectedThemes.length;
  const active = activeCount > 0;
  return (
    <section aria-label="Filters" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm" role="status">
          Showing <strong>{visible}</strong> of {total} statements
        </p>
        <div className="flex gap-2">
          <Button className="lg:hidden" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
            {open ? 'Hide filters' : `Filters${active ? ` (${activeCount})` : ''}`}
          </Button>
          <Button onClick={clearFilters} disabled={!active}>
            Clear all filters
          </Button>
        </div>
      </div>
      <div id={panelId} className={clsx('flex-col gap-3 lg:flex', open ? 'flex' : 'hidden')}>
        <SpeakerPicker counts={counts.speakers} selected={speakers} />
        <ThemeChips counts={counts.themes} selected={selectedThemes} themes={themes} />
        <form
          className="flex flex-col gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            const value = new FormData(e.currentTarget).get('date');
            if (typeof value === 'string' && isRealIsoDate(value)) jumpToDate(value);
          }}
        >
          <label htmlFor={dateId} className="text-sm font-semibold">
            Jump to date
          </label>
          <div className="flex gap-2">
            <input
              id={dateId}
              name="date"
              type="date"
              required
              defaultValue={date ?? ''}
              className="w-full max-w-48 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800 dark:[color-scheme:dark]"
            />
            <Button type="submit">Go</Button>
          </div>
        </form>
      </div>
    </section>
  );
}
