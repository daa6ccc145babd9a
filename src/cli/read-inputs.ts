import type { Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import type { Diagnostic } from '../domain/diagnostic.ts';
import type { CorpusInput } from '../parser/corpus.ts';
import { decode } from './decode.ts';
import { checkText } from './text-checks.ts';

export type InputFile = CorpusInput;

export interface ReadOptions {
  maxBytes: number;
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

/** The articles folder itself cannot be listed: nothing can be built. */
export class InputFolderError extends Error {}

/** Lists every entry of `dir` (sorted) and reads the `.txt` articles; nothing is dropped without a diagnostic. */
export async function readInputs(dir: string, options: ReadOptions): Promise<InputFile[]> {
  let root: string;
  let names: string[];
  try {
    root = await realpath(dir);
    names = (await readdir(root)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    throw new InputFolderError(`cannot read the articles folder ${dir}: ${reason(error)}`);
  }
  const out: InputFile[] = [];
  for (const name of names) {
    try {
      out.push(await readEntry(root, join(root, name), name, options));
    } catch (error) {
      out.push(skipped(name, 0, 'error', 'input/unreadable', `cannot be read (${reason(error)}); skipped — check its permissions (chmod a+r)`));
    }
  }
  return out;
}

function skipped(file: string, bytes: number, severity: Diagnostic['severity'], rule: string, message: string, status?: 'ignored'): InputFile {
  return { file, bytes, text: null, ...(status ? { status } : {}), diagnostics: [{ file, severity, rule, message }] };
}

async function readEntry(root: string, path: string, name: string, options: ReadOptions): Promise<InputFile> {
  const isTxt = name.toLowerCase().endsWith('.txt');
  if (name.startsWith('.')) return skipped(name, 0, 'info', 'input/hidden', 'hidden file; ignored', 'ignored');
  const link = await lstat(path);
  if (link.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(path);
    } catch (error) {
      return skipped(name, 0, 'warning', 'input/broken-link', `symbolic link that leads nowhere (${reason(error)}); skipped — fix or remove the link`);
    }
    const rel = relative(root, target);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      return skipped(name, 0, 'warning', 'input/link-outside', `symbolic link to ${target}, outside the articles folder; not followed — copy the file into the folder instead`);
    }
  }
  const info: Stats = await stat(path);
  if (info.isDirectory()) {
    return skipped(name, 0, 'warning', 'input/directory', 'sub-folder; not read (articles must sit directly in the folder) — move its .txt files up to build them', 'ignored');
  }
  if (!info.isFile()) return skipped(name, 0, 'warning', 'input/not-a-file', 'not a regular file (device, socket or pipe); ignored', 'ignored');
  if (!isTxt) return skipped(name, info.size, 'warning', 'input/not-txt', 'not a .txt file; ignored — rename it to .txt if it is an article', 'ignored');
  if (info.size === 0) return skipped(name, 0, 'error', 'input/empty', 'empty file; skipped — add a " date YYYY-MM-DD" line and the article text, or delete it');
  if (info.size > options.maxBytes) return tooLarge(name, info.size, options.maxBytes);
  const bytes = await readAtMost(path, info.size, options.maxBytes);
  if (bytes.length > options.maxBytes) return tooLarge(name, bytes.length, options.maxBytes);
  const decoded = decode(bytes, name);
  if (decoded.text === null) return { file: name, bytes: bytes.length, text: null, diagnostics: decoded.diagnostics };
  if (decoded.text.trim().replace(/^\uFEFF/, '') === '') {
    return skipped(name, bytes.length, 'error', 'input/empty', 'only whitespace; skipped — add a " date YYYY-MM-DD" line and the article text, or delete it');
  }
  return { file: name, bytes: bytes.length, text: decoded.text, diagnostics: [...decoded.diagnostics, ...checkText(decoded.text, name)] };
}

function tooLarge(name: string, size: number, maxBytes: number): InputFile {
  return skipped(
    name,
    size,
    'error',
    'input/too-large',
    `${mb(size)}, over the ${mb(maxBytes)} limit; skipped unread — split it into articles, or raise the limit with --max-bytes ${size}`,
  );
}

/** Reads at most `maxBytes + 1` bytes, so a file that grew after `stat` cannot exhaust memory. */
async function readAtMost(path: string, expected: number, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(Math.min(expected, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled > maxBytes) break;
      if (filled === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(grown, 0, 0, filled);
        buffer = grown;
      }
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message.replace(/^[A-Z]+: /, '')}` : message;
}
