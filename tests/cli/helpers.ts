import { execFile, type ExecFileOptions } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportSchema, type BuildReport } from '../../src/domain/build-report.ts';
import type { StatementsFile } from '../../src/domain/statement.ts';
import { readPublished } from '../fixtures/published.ts';

export const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
export const CLI = join(process.cwd(), 'src', 'cli', 'build-data.ts');

/** A good article built on an unambiguous sentence; `n` keeps the bodies distinct (identical bodies are duplicates). */
export const good = (n: number | string, date = '2024-03-01') => ` date ${date} “We will rebuild bridge ${n},” Mayor Ann Lee said.`;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  millis: number;
}

/** Runs `npm run data`'s script with the given arguments. */
export function runCli(args: readonly string[], options: ExecFileOptions = {}): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(TSX, [CLI, ...args], { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', ...options }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr), millis: performance.now() - started });
    });
  });
}

export async function tempDir(prefix = 'st-cli-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Writes `files` into a fresh `articles` folder and returns the folder and an output folder beside it. */
export async function articlesFolder(files: Record<string, string | Uint8Array>): Promise<{ dir: string; input: string; out: string }> {
  const dir = await tempDir();
  const input = join(dir, 'articles');
  await mkdir(input);
  for (const [name, content] of Object.entries(files)) await writeFile(join(input, name), content);
  return { dir, input, out: join(dir, 'out') };
}

export async function readOutputs(out: string): Promise<{ data: StatementsFile; report: BuildReport }> {
  const { data } = await readPublished(out);
  const report = buildReportSchema.parse(JSON.parse(await readFile(join(out, 'build-report.json'), 'utf8')));
  return { data, report };
}
