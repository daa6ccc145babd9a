import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { DataLoadError, useStatements } from '../features/statements/statements-query.ts';
import { useFilteredStatements } from '../features/statements/use-filtered-statements.ts';
import { DetailPane } from '../features/detail/detail-pane.tsx';
import { FilterBar } from '../features/filters/filter-bar.tsx';
import { Button } from '../components/button.tsx';
import { ErrorScreen } from '../components/error-screen.tsx';
import { NoticeList } from '../components/notice-list.tsx';
import { ShareButton } from '../components/share-button.tsx';
import { clearFilters, dismissNotice, useViewStore } from '../stores/view-store.ts';
import { reconcileUrlWithData, shareUrl } from './url-sync.ts';
import { useArticleText } from './use-article-text.ts';

// vis-timeline is most of the bundle: its own chunk, fetched at once in parallel with the data.
const timelineModule = import('../features/timeline/timeline-view.tsx');
const TimelineView = lazy(() => timelineModule.then((m) => ({ default: m.TimelineView })));

/** Layout: header, notices, then filters, timeline and detail (stacked on phones, side by side from 1024 px). */
export function StatementsPage() {
  const query = useStatements();
  const data = query.data;
  const { all, visible, counts } = useFilteredStatements(data);
  const { selected, notices } = useViewStore(useShallow((s) => ({ selected: s.selected, notices: s.notices })));

  useEffect(() => {
    if (!data) return;
    reconcileUrlWithData({
      speakers: new Set(data.statements.map((s) => s.speaker)),
      themes: new Set(data.statements.flatMap((s) => s.themes)),
      statementIds: new Set(data.statements.map((s) => s.id)),
    });
  }, [data]);

  const statement = useMemo(() => all.find((s) => s.id === selected) ?? null, [all, selected]);
  const article = useMemo(
    () => (statement && data ? (data.articles.find((a) => a.id === statement.articleId) ?? null) : null),
    [data, statement],
  );
  const text = useArticleText(article);

  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <h1 className="text-xl font-semibold">Statements Timeline</h1>
        {data && <ShareButton getUrl={shareUrl} />}
      </header>
      <div className="px-4 pt-2">
        <NoticeList notices={notices} onDismiss={dismissNotice} />
      </div>
      {query.isPending && (
        <p role="status" className="p-8 text-center text-slate-600 dark:text-slate-400">
          Loading statements…
        </p>
      )}
      {query.isError && (
        <div className="px-4">
          <ErrorScreen
            title="The statements could not be loaded"
            message={query.error instanceof DataLoadError ? query.error.message : `Unexpected error: ${String(query.error)}`}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        </div>
      )}
      {data && (
        <main className="grid grid-cols-1 gap-4 p-4 lg:grid-cols-[16rem_minmax(0,1fr)_minmax(0,26rem)] xl:grid-cols-[18rem_minmax(0,1fr)_minmax(0,30rem)]">
          <aside className="lg:row-span-1">
            <FilterBar counts={counts} themes={data.themes} total={all.length} visible={visible.length} />
          </aside>
          <section aria-label="Timeline" className="flex h-[30rem] min-w-0 flex-col gap-2 lg:h-[calc(100vh-8rem)]">
            {visible.length === 0 && (
              <div role="status" className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700">
                {all.length === 0 ? 'The data file has no statements yet.' : 'No statements match these filters.'}
                {all.length > 0 && (
                  <Button onClick={clearFilters} variant="ghost">
                    Clear filters
                  </Button>
                )}
              </div>
            )}
            <Suspense fallback={<p className="p-4 text-sm text-slate-600 dark:text-slate-400">Loading timeline…</p>}>
              <TimelineView statements={visible} />
            </Suspense>
          </section>
          <div className="min-w-0 lg:h-[calc(100vh-8rem)] lg:overflow-auto">
            <DetailPane statement={statement} article={article} text={text} ordered={visible} themes={data.themes} />
          </div>
        </main>
      )}
    </div>
  );
}
