import { useEffect, useMemo, useRef } from 'react';
import type { ArticleEntry } from '../../domain/published.ts';
import { articleBodyStart, type Statement } from '../../domain/statement.ts';
import { Button } from '../../components/button.tsx';
import { highlightPieces } from './highlight.ts';

/** The article's text as it loads (texts ship in chunk files fetched on first use). */
export type ArticleTextState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; message: string; retry(): void }
  | { status: 'ready'; text: string };

interface ArticleTextProps {
  article: ArticleEntry;
  text: ArticleTextState;
  statement: Statement;
}

/** The article as plain text with the statement's quote marked and scrolled into view inside its own box. */
export function ArticleText({ article, text, statement }: ArticleTextProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const body = text.status === 'ready' ? text.text : null;
  const pieces = useMemo(
    // The header line (` date YYYY-MM-DD `) is shown as the date beside the heading, not in the text.
    () => (body === null ? [] : highlightPieces(body, statement.spans ?? [[statement.start, statement.end]], articleBodyStart(body))),
    [body, statement],
  );

  useEffect(() => {
    const box = boxRef.current;
    const mark = box?.querySelector('mark');
    // Scroll only the article box, never the page: the timeline must stay where the reader left it.
    // Measured on screen, so it holds whatever the mark's offsetParent is: the mark lands a third down the box.
    if (box && mark instanceof HTMLElement) box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
  }, [pieces]);

  return (
    <section aria-label="Article text" className="flex min-h-0 flex-col gap-1">
      <h3 className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        {article.title ? article.title : 'Article'}{' '}
        <span className="font-normal text-slate-500 dark:text-slate-400">({article.date})</span>
      </h3>
      {text.status === 'loading' && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Loading the article text…
        </p>
      )}
      {text.status === 'error' && (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-800 dark:text-red-300">
          <span>{text.message}</span>
          <Button onClick={text.retry} variant="ghost">
            Retry
          </Button>
        </div>
      )}
      <div
        hidden={body === null}
        ref={boxRef}
        tabIndex={0}
        aria-label="Article text, scrollable"
        className="relative max-h-80 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 text-sm leading-relaxed whitespace-pre-wrap focus-visible:outline-2 focus-visible:outline-sky-600 lg:max-h-[45vh] dark:border-slate-700 dark:bg-slate-900"
      >
        {pieces.map((piece, i) =>
          piece.marked ? (
            <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-400/80">
              {piece.text}
            </mark>
          ) : (
            <span key={i}>{piece.text}</span>
          ),
        )}
      </div>
    </section>
  );
}
