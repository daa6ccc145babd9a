import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildReportSchema } from '../../src/domain/build-report.ts';
import { readPublished } from '../fixtures/published.ts';

const run = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

async function build(files: Record<string, string | Buffer>, extra: string[] = []) {
  const dir = await mkdtemp(join(tmpdir(), 'st-build-'));
  const input = join(dir, 'articles');
  const out = join(dir, 'out');
  await mkdir(input);
  for (const [name, content] of Object.entries(files)) await writeFile(join(input, name), content);
  const result = await run(TSX, ['src/cli/build-data.ts', '--in', input, '--out', out, ...extra]).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
  const read = async (name: string) => JSON.parse(await readFile(join(out, name), 'utf8')) as unknown;
  return { ...result, dir, input, out, read };
}

describe('npm run data', () => {
  it('builds the bundled articles into a valid statements file and a report of every file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'st-seeds-'));
    for (const f of ['000_b1b9b357a3cdb563.txt', '003_79a987f872772a7c.txt']) await copyFile(join('data/articles', f), join(dir, f));
    const out = join(dir, 'out');
    const { stdout } = await run(TSX, ['src/cli/build-data.ts', '--in', dir, '--out', out]);
    const { data } = await readPublished(out);
    const report = buildReportSchema.parse(JSON.parse(await readFile(join(out, 'build-report.json'), 'utf8')));
    expect(data.articles.map((a) => a.date)).toEqual(['2024-01-07', '2023-08-15']);
    expect(data.statements.length).toBeGreaterThan(0);
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['000_b1b9b357a3cdb563.txt', 'ok'],
      ['003_79a987f872772a7c.txt', 'ok'],
    ]);
    expect(stdout).toMatch(/built 2 of 2 articles: \d+ statements/);
  }, 30_000);

  it('skips a broken article with a diagnostic naming it and still builds the good one', async () => {
    const b = await build({
      'good.txt': ' date 2024-03-01 “We will rebuild the bridge,” Mayor Ann Lee said.',
      'no-date.txt': 'Just some text without a header.',
      'bad-date.txt': ' date 2023-02-30 “Nothing,” he said.',
      'empty.txt': '',
    });
    expect(b.code).toBe(0);
    const report = buildReportSchema.parse(await b.read('build-report.json'));
    const status = Object.fromEntries(report.files.map((f) => [f.file, f.status]));
    expect(status).toEqual({ 'bad-date.txt': 'skipped', 'empty.txt': 'skipped', 'good.txt': 'ok', 'no-date.txt': 'skipped' });
    expect(b.stderr).toContain('no-date.txt:1:1: error [header/missing-date]');
    expect(b.stderr).toContain('bad-date.txt:1:7: error [header/bad-date] "2023-02-30"');
    const { data } = await readPublished(b.out);
    expect(data.articles.map((a) => a.file)).toEqual(['good.txt']);
  }, 30_000);

  it('writes article texts into chunk files beside the index and replaces an earlier build\'s chunks only', async () => {
    const b = await build({ 'good.txt': ' date 2024-03-01 “We will rebuild the bridge,” Mayor Ann Lee said.' });
    expect(b.code).toBe(0);
    const index = JSON.stringify(await b.read('statements.json'));
    expect(index).not.toContain('rebuild the bridge,” Mayor');
    const { data } = await readPublished(b.out);
    expect(data.articles[0]?.text).toContain('“We will rebuild the bridge,” Mayor Ann Lee said.');
    await writeFile(join(b.out, 'article-text', '0007.json'), '{}');
    await writeFile(join(b.out, 'article-text', 'notes.txt'), 'mine');
    await run(TSX, ['src/cli/build-data.ts', '--in', b.input, '--out', b.out, '--quiet']);
    expect((await readdir(join(b.out, 'article-text'))).sort()).toEqual(['0001.json', 'notes.txt']);
  }, 30_000);

  it('fails when no article can be read, and on any warning with --strict', async () => {
    expect((await build({ 'a.txt': 'no header' })).code).not.toBe(0);
    const files = { 'good.txt': ' date 2024-03-01 Text.', 'bad.txt': 'no header' };
    expect((await build(files)).code).toBe(0);
    expect((await build(files, ['--strict'])).code).not.toBe(0);
  }, 30_000);
});
