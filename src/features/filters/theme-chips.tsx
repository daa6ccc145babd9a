import clsx from 'clsx';
import type { FacetCount } from '../../domain/filters.ts';
import type { ThemeSummary } from '../../domain/statement.ts';
import { toggleTheme } from '../../stores/view-store.ts';

interface ThemeChipsProps {
  counts: readonly FacetCount[];
  selected: readonly string[];
  themes: readonly ThemeSummary[];
}

/** Toggle chips, one per theme, with counts under the current speaker filter. */
export function ThemeChips({ counts, selected, themes }: ThemeChipsProps) {
  const label = (id: string) => themes.find((t) => t.id === id)?.label ?? id;
  return (
    <fieldset className="flex min-w-0 flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">Themes</legend>
      {counts.length === 0 ? (
        <p className="text-sm text-slate-500 dark:text-slate-400">No themes in the data.</p>
      ) : (
        <div className="flex flex-wrap gap-1.5">
          {counts.map((c) => {
            const on = selected.includes(c.value);
            return (
              <button
                key={c.value}
                type="button"
                aria-pressed={on}
                onClick={() => toggleTheme(c.value)}
                className={clsx(
                  'rounded-full border px-2.5 py-0.5 text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600',
                  on
                    ? 'border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950'
                    : 'border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
                )}
              >
                {label(c.value)} <span className="tabular-nums opacity-75">{c.count}</span>
              </button>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
