import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import type { Diagnostic } from '../domain/diagnostic.ts';

export interface InputFile {
  file: string;
  bytes: number;
  /** Decoded text, or null when the file is skipped (diagnostics say why). */
  text: string | null;
  diagnostics: Diagnostic[];
}

export interface ReadOptions {
  maxBytes: number;
}

const issue = (file: string, severity: Diagnostic['severity'], rule: string, message: string): Diagnostic => ({
  file,
  severity,
  rule,
  message,
});

/** Lists every entry of `dir` (sorted) and reads the `.txt` articles; nothing is dropped without a diagnostic. */
export async function readInputs(dir: string, options: ReadOptions): Promise<InputFile[]> {
  const root = await realpath(dir);
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const out: InputFile[] = [];
  for (const entry of entries) out.push(await readEntry(root, join(dir, entry.name), entry.name, options));
  return out;
}

async function readEntry(root: string, path: string, name: string, options: ReadOptions): Promise<InputFile> {
  const skip = (rule: string, message: string, bytes = 0, severity: Diagnostic['severity'] = 'warning'): InputFile => ({
    file: name,
    bytes,
    text: null,
    diagnostics: [issue(name, severity, rule, message)],
  });
  const link = await lstat(path);
  if (link.isSymbolicLink()) {
    let target: string;
    try {
      target = await realpath(path);
    } catch {
      return skip('input/broken-link', 'symbolic link whose target does not exist; skipped');
    }
    const rel = relative(root, target);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      return skip('input/link-outside', 'symbolic link pointing outside the articles folder; skipped');
    }
  }
  const info = await stat(path);
  if (info.isDirectory()) return skip('input/directory', 'sub-folder; only .txt files directly in the articles folder are read', 0, 'info');
  if (!info.isFile()) return skip('input/not-a-file', 'not a regular file; skipped');
  if (!name.toLowerCase().endsWith('.txt')) return skip('input/not-txt', 'not a .txt file; skipped', info.size);
  if (info.size === 0) return skip('input/empty', 'empty file; skipped', 0, 'error');
  if (info.size > options.maxBytes) {
    const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;
    return skip('input/too-large', `file is ${mb(info.size)}, over the ${mb(options.maxBytes)} limit (--max-bytes); skipped`, info.size, 'error');
  }
  const bytes = await readFile(path);
  const decoded = decode(bytes, name);
  return { file: name, bytes: info.size, text: decoded.text, diagnostics: decoded.diagnostics };
}

/** Decodes UTF-8 (keeping a BOM so offsets match the file), falling back to Windows-1252; refuses binary data. */
export function decode(bytes: Uint8Array, file: string): { text: string | null; diagnostics: Diagnostic[] } {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b === 0 || (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12)) control++;
  if (head.includes(0) || control > head.length * 0.1) {
    return { text: null, diagnostics: [issue(file, 'error', 'input/binary', 'binary data, not text; skipped')] };
  }
  const diagnostics: Diagnostic[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    diagnostics.push(issue(file, 'info', 'input/bom', 'UTF-8 byte-order mark kept as the first character; offsets count it'));
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), diagnostics };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    diagnostics.push({ ...issue(file, 'warning', 'input/not-utf8', `not valid UTF-8 (byte ${at}); decoded as Windows-1252`), line });
    return { text, diagnostics };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on the longest valid prefix; streaming mode accepts a sequence cut at the end.
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}
