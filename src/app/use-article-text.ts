import { useQuery } from '@tanstack/react-query';
import { chunkText, type ArticleEntry } from '../domain/published.ts';
import type { ArticleTextState } from '../features/detail/article-text.tsx';
import { articleChunkQueryOptions, DataLoadError, dataUrl } from '../features/statements/statements-query.ts';

/** The text of the opened article, loaded with its chunk on first use (neighbouring articles come with it). */
export function useArticleText(entry: ArticleEntry | null): ArticleTextState {
  const query = useQuery({ ...articleChunkQueryOptions(entry?.chunk ?? ''), enabled: entry !== null });
  if (!entry) return { status: 'none' };
  const retry = () => void query.refetch();
  if (query.isError) {
    return { status: 'error', message: query.error instanceof DataLoadError ? query.error.message : `Unexpected error: ${String(query.error)}`, retry };
  }
  if (!query.data) return { status: 'loading' };
  const text = chunkText(query.data, entry.id, entry.length);
  if (text === null) {
    const message = `The article text file ${dataUrl(entry.chunk)} does not hold this article as the statements expect (the data was rebuilt since this page loaded); reload the page.`;
    return { status: 'error', message, retry };
  }
  return { status: 'ready', text };
}
