import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { articleChunkSchema, dataIndexSchema, type ArticleChunk, type DataIndex } from '../../domain/published.ts';
import { SCHEMA_VERSION } from '../../domain/statement.ts';

export type DataErrorKind = 'missing' | 'malformed' | 'version' | 'invalid';

/** Why a data file could not be used, in words a reader of the error screen understands. */
export class DataLoadError extends Error {
  readonly kind: DataErrorKind;
  constructor(kind: DataErrorKind, message: string) {
    super(message);
    this.name = 'DataLoadError';
    this.kind = kind;
  }
}

/** URL of a generated data file, by its path inside the data folder. */
export const dataUrl = (path: string) => `${import.meta.env.BASE_URL}data/${path}`;
export const STATEMENTS_URL = dataUrl('statements.json');

/** Fetches a generated JSON file and validates it; every failure becomes a DataLoadError naming `what`. */
async function fetchData<T>(url: string, what: string, schema: z.ZodType<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataLoadError('missing', `The ${what} could not be fetched (${error instanceof Error ? error.message : 'network error'}).`);
  }
  if (!response.ok) {
    throw new DataLoadError('missing', `The ${what} ${url} is missing (HTTP ${response.status}). Run \`npm run data\` to generate it.`);
  }
  const text = await response.text();
  // Dev servers answer a missing file with the SPA's index.html.
  if (/^\s*</.test(text)) {
    throw new DataLoadError('missing', `The ${what} ${url} is missing. Run \`npm run data\` to generate it.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataLoadError('malformed', `The ${what} is not valid JSON (truncated or damaged). Regenerate it with \`npm run data\`.`);
  }
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== SCHEMA_VERSION) {
    throw new DataLoadError(
      'version',
      `The ${what} has schema version ${JSON.stringify(version ?? null)}, but this app reads version ${SCHEMA_VERSION}. Regenerate it with \`npm run data\`.`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new DataLoadError('invalid', `The ${what} does not match the expected format (${problems}).`);
  }
  return parsed.data;
}

/** Fetches and validates statements.json: the statements and the articles without their text. */
export function fetchStatements(): Promise<DataIndex> {
  return fetchData(STATEMENTS_URL, 'data file', dataIndexSchema);
}

/** The one definition of the statements query; build-time data never goes stale. */
export function statementsQueryOptions() {
  return queryOptions({ queryKey: ['statements'], queryFn: fetchStatements, staleTime: 'static' });
}

/** The statements file (loading, error and data states). */
export function useStatements() {
  return useQuery(statementsQueryOptions());
}

/** One article-text chunk, fetched once and kept: the articles beside the opened one come with it. */
export function articleChunkQueryOptions(path: string) {
  return queryOptions({
    queryKey: ['article-text', path],
    queryFn: (): Promise<ArticleChunk> => fetchData(dataUrl(path), 'article text file', articleChunkSchema),
    staleTime: 'static',
  });
}
