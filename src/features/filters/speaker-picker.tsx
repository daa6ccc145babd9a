import { useId, useMemo, useState } from 'react';
import type { FacetCount } from '../../domain/filters.ts';
import { toggleSpeaker } from '../../stores/view-store.ts';

interface SpeakerPickerProps {
  counts: readonly FacetCount[];
  selected: readonly string[];
}

const MAX_SHOWN = 40;

/** Searchable speaker checkboxes with counts under the current theme filter. */
export function SpeakerPicker({ counts, selected }: SpeakerPickerProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const matches = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const hit = counts.filter((c) => selected.includes(c.value) || c.value.toLocaleLowerCase().includes(q));
    // Selected speakers first so they can always be unticked.
    return [...hit.filter((c) => selected.includes(c.value)), ...hit.filter((c) => !selected.includes(c.value))];
  }, [counts, query, selected]);
  const shown = matches.slice(0, MAX_SHOWN);

  return (
    <fieldset className="flex min-w-0 flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">Speakers</legend>
      <label htmlFor={searchId} className="sr-only">
        Search speakers
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Search speakers…"
        className="w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:bg-slate-800"
      />
      <ul className="flex max-h-28 flex-col gap-0.5 overflow-auto pr-1 lg:max-h-64">
        {shown.map((c) => (
          <li key={c.value}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
              <input
                type="checkbox"
                checked={selected.includes(c.value)}
                onChange={() => toggleSpeaker(c.value)}
                className="accent-sky-700"
              />
              <span className="min-w-0 flex-1 truncate" title={c.value}>
                {c.value}
              </span>
              <span className="text-xs text-slate-500 tabular-nums dark:text-slate-400" aria-label={`${c.count} statements`}>
                {c.count}
              </span>
            </label>
          </li>
        ))}
        {matches.length === 0 && <li className="text-sm text-slate-500">No speaker matches “{query}”.</li>}
        {matches.length > MAX_SHOWN && (
          <li className="text-xs text-slate-500">{matches.length - MAX_SHOWN} more: refine the search.</li>
        )}
      </ul>
    </fieldset>
  );
}
