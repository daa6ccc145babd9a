import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHUNK_DIR, type Published } from '../domain/published.ts';

/**
 * Writes the article-text chunks, then statements.json (so the index never names a chunk not yet
 * written). Chunk files of an earlier build that this one does not write again are removed; nothing
 * else in the output folder is touched.
 */
export async function writePublished(out: string, { index, chunks }: Published): Promise<void> {
  const dir = join(out, CHUNK_DIR);
  await mkdir(dir, { recursive: true });
  const stale = (await readdir(dir)).filter((name) => /^\d{4,}\.json$/.test(name) && !chunks.has(`${CHUNK_DIR}/${name}`));
  await Promise.all(stale.map((name) => rm(join(dir, name))));
  for (const [path, chunk] of chunks) await writeFile(join(out, path), JSON.stringify(chunk));
  await writeFile(join(out, 'statements.json'), JSON.stringify(index));
}
