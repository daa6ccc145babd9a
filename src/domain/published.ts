import { z } from 'zod';
import { articleSchema, checkStatements, dataFields, SCHEMA_VERSION, type StatementsFile } from './statement.ts';

/**
 * What the app downloads. `statements.json` is an index: statements, speakers, themes and the
 * articles without their text. Article texts ship in chunk files (`article-text/NNNN.json`), fetched
 * when a statement of theirs is opened, so the first load stays small on large corpora.
 */

/** Folder of the chunk files, beside statements.json; a build replaces the files in it named like a chunk. */
export const CHUNK_DIR = 'article-text';
/** A chunk file's path relative to statements.json. */
export const CHUNK_PATH = /^article-text\/\d{4,}\.json$/;

/** Text characters per chunk file: about 2–3 ms to parse, one request covers many neighbouring articles. */
export const CHUNK_CHARS = 256 * 1024;

/** An article in the index: no text, its length (to check offsets) and the chunk file holding the text. */
export const articleEntrySchema = articleSchema.omit({ text: true }).extend({
  length: z.number().int().nonnegative(),
  /** Path of the chunk file, relative to statements.json (`article-text/0001.json`). */
  chunk: z.string().regex(CHUNK_PATH, 'expected article-text/NNNN.json'),
});
export type ArticleEntry = z.infer<typeof articleEntrySchema>;

export const dataIndexSchema = z
  .object({ ...dataFields, articles: z.array(articleEntrySchema) })
  .superRefine((file, ctx) => checkStatements(file.statements, new Map(file.articles.map((a) => [a.id, a.length])), ctx));
export type DataIndex = z.infer<typeof dataIndexSchema>;

export const articleChunkSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(z.object({ id: z.string().min(1), text: z.string() })),
});
export type ArticleChunk = z.infer<typeof articleChunkSchema>;

export interface Published {
  index: DataIndex;
  /** Chunk files by path relative to the index (`article-text/0001.json`). */
  chunks: Map<string, ArticleChunk>;
}

/** Splits a built corpus into the index and its text chunks; articles stay in order, a chunk closes past `chunkChars`. */
export function publish(data: StatementsFile, chunkChars = CHUNK_CHARS): Published {
  const chunks = new Map<string, ArticleChunk>();
  let current: ArticleChunk | null = null;
  let size = 0;
  const articles = data.articles.map(({ text, ...entry }) => {
    if (!current || size >= chunkChars) {
      current = { schemaVersion: SCHEMA_VERSION, articles: [] };
      chunks.set(chunkPath(chunks.size + 1), current);
      size = 0;
    }
    current.articles.push({ id: entry.id, text });
    size += text.length;
    return { ...entry, length: text.length, chunk: chunkPath(chunks.size) };
  });
  return { index: { ...data, articles }, chunks };
}

/** The corpus again from an index and its chunks (for tools and tests); throws when a text is missing or its length differs. */
export function assemble(index: DataIndex, chunks: ReadonlyMap<string, ArticleChunk>): StatementsFile {
  const articles = index.articles.map(({ length, chunk, ...entry }) => {
    const text = chunkText(chunks.get(chunk), entry.id, length);
    if (text === null) throw new Error(`article ${entry.id}: no text of length ${length} in ${chunk}`);
    return { ...entry, text };
  });
  return { ...index, articles };
}

/** The text of article `id` in `chunk`, or null when it is absent or not `length` characters long (a chunk from another build). */
export function chunkText(chunk: ArticleChunk | undefined, id: string, length: number): string | null {
  const text = chunk?.articles.find((a) => a.id === id)?.text;
  return text !== undefined && text.length === length ? text : null;
}

function chunkPath(n: number): string {
  return `${CHUNK_DIR}/${String(n).padStart(4, '0')}.json`;
}
