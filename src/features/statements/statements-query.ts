import { queryOptions, useQuery } from '@tanstack/react-query';
import { SCHEMA_VERSION, statementsFileSchema, type StatementsFile } from '../../domain/statement.ts';

export type DataErrorKind = 'missing' | 'malformed' | 'version' | 'invalid';

/** Why the data file could not be used, in words a reader of the error screen understands. */
export class DataLoadError extends Error {
  readonly kind: DataErrorKind;
  constructor(kind: DataErrorKind, message: string) {
    super(message);
    this.name = 'DataLoadError';
    this.kind = kind;
  }
}

export const STATEMENTS_URL = `${import.meta.env.BASE_URL}data/statements.json`;

/** Fetches and validates statements.json; every failure becomes a DataLoadError. */
export async function fetchStatements(): Promise<StatementsFile> {
  let response: Response;
  try {
    response = await fetch(STATEMENTS_URL);
  } catch (error) {
    throw new DataLoadError('missing', `The data file could not be fetched (${error instanceof Error ? error.message : 'network error'}).`);
  }
  if (!response.ok) {
    throw new DataLoadError('missing', `The data file ${STATEMENTS_URL} is missing (HTTP ${response.status}). Run \`npm run data\` to generate it.`);
  }
  const text = await response.text();
  // Dev servers answer a missing file with the SPA's index.html.
  if (/^\s*</.test(text)) {
    throw new DataLoadError('missing', `The data file ${STATEMENTS_URL} is missing. Run \`npm run data\` to generate it.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DataLoadError('malformed', 'The data file is not valid JSON (truncated or damaged). Regenerate it with `npm run data`.');
  }
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== SCHEMA_VERSION) {
    throw new DataLoadError(
      'version',
      `The data file has schema version ${JSON.stringify(version ?? null)}, but this app reads version ${SCHEMA_VERSION}. Regenerate it with \`npm run data\`.`,
    );
  }
  const parsed = statementsFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('; ');
    throw new DataLoadError('invalid', `The data file does not match the expected format (${problems}).`);
  }
  return parsed.data;
}

/** The one definition of the statements query; build-time data never goes stale. */
export function statementsQueryOptions() {
  return queryOptions({ queryKey: ['statements'], queryFn: fetchStatements, staleTime: 'static' });
}

/** The statements file (loading, error and data states). */
export function useStatements() {
  return useQuery(statementsQueryOptions());
}
