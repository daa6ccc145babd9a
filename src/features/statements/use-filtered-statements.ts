import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { applyFilters, compareStatements, facetCounts, type FacetCounts } from '../../domain/filters.ts';
import type { DataIndex } from '../../domain/published.ts';
import type { Statement } from '../../domain/statement.ts';
import { useViewStore } from '../../stores/view-store.ts';

export interface FilteredStatements {
  /** Every statement, in time order. */
  all: Statement[];
  /** The statements passing the current filters, in time order. */
  visible: Statement[];
  counts: FacetCounts;
}

const EMPTY: Statement[] = [];

/** Statements in time order, narrowed by the store's filters, with facet counts. */
export function useFilteredStatements(data: DataIndex | undefined): FilteredStatements {
  const filters = useViewStore(useShallow((s) => ({ speakers: s.speakers, themes: s.themes })));
  const all = useMemo(() => (data ? [...data.statements].sort(compareStatements) : EMPTY), [data]);
  const visible = useMemo(() => applyFilters(all, filters), [all, filters]);
  const counts = useMemo(() => facetCounts(all, filters), [all, filters]);
  return { all, visible, counts };
}
