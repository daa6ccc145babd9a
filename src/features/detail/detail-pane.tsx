import { useEffect } from 'react';
import { neighbour } from '../../domain/filters.ts';
import type { ArticleEntry } from '../../domain/published.ts';
import type { Statement, ThemeSummary } from '../../domain/statement.ts';
import { selectStatement } from '../../stores/view-store.ts';
import { Button } from '../../components/button.tsx';
import { ArticleText, type ArticleTextState } from './article-text.tsx';

interface DetailPaneProps {
  statement: Statement | null;
  /** The statement's article (without its text) and its text as it loads. */
  article: ArticleEntry | null;
  text: ArticleTextState;
  /** The statements passing the filters in time order: what previous / next walk through. */
  ordered: readonly Statement[];
  themes: readonly ThemeSummary[];
}

/** The selected statement in full, its article with the quote marked, and previous / next. */
export function DetailPane({ statement, article, text, ordered, themes }: DetailPaneProps) {
  const previous = statement ? neighbour(ordered, statement, -1) : null;
  const next = statement ? neighbour(ordered, statement, 1) : ordered[0] ?? null;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || isTyping(event.target)) return;
      const target = event.key === 'ArrowLeft' ? previous : event.key === 'ArrowRight' ? next : undefined;
      if (target === undefined) return;
      event.preventDefault();
      if (target) selectStatement(target.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [previous, next]);

  const index = statement ? ordered.findIndex((s) => s.id === statement.id) : -1;
  const position = statement
    ? index >= 0
      ? `Statement ${index + 1} of ${ordered.length}`
      : 'This statement is hidden by the filters'
    : `${ordered.length} statements`;
  const nav = (
    <div className="flex items-center justify-between gap-2">
      <Button disabled={!previous} onClick={() => previous && selectStatement(previous.id)} aria-keyshortcuts="ArrowLeft">
        ← Previous
      </Button>
      <p aria-live="polite" className="text-center text-xs text-slate-600 dark:text-slate-400">
        {position}
      </p>
      <Button disabled={!next} onClick={() => next && selectStatement(next.id)} aria-keyshortcuts="ArrowRight">
        Next →
      </Button>
    </div>
  );

  if (!statement) {
    return (
      <section aria-label="Statement detail" className="flex flex-col gap-3">
        {nav}
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Select a statement on the timeline (or press → to start with the earliest) to read it in its article.
        </p>
      </section>
    );
  }
  const label = (id: string) => themes.find((t) => t.id === id)?.label ?? id;
  return (
    <section aria-label="Statement detail" className="flex min-h-0 flex-col gap-3">
      {nav}
      <article aria-labelledby="detail-speaker" className="flex flex-col gap-2">
        <h2 id="detail-speaker" className="text-lg font-semibold break-words">
          {statement.speaker}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-500 dark:text-slate-400">Date</dt>
          <dd>{statement.date}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Kind</dt>
          <dd>{statement.kind}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Cue</dt>
          <dd className="break-words">
            {statement.cue}
            {statement.speakerMention && statement.speakerMention !== statement.speaker ? ` (as “${statement.speakerMention}”)` : ''}
          </dd>
          <dt className="text-slate-500 dark:text-slate-400">Themes</dt>
          <dd>{statement.themes.length ? statement.themes.map(label).join(', ') : '—'}</dd>
        </dl>
        <blockquote className="border-l-4 border-amber-400 pl-3 text-base break-words italic" aria-label="Quote">
          {statement.quote}
        </blockquote>
      </article>
      {article ? (
        <ArticleText article={article} text={text} statement={statement} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">The article of this statement is not in the data.</p>
      )}
    </section>
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
