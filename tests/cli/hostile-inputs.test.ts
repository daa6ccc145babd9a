import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport, FileReport } from '../../src/domain/build-report.ts';
import type { Diagnostic } from '../../src/domain/diagnostic.ts';
import type { StatementsFile } from '../../src/domain/statement.ts';
import { articlesFolder, good, readOutputs, runCli, type Run } from './helpers.ts';

// Issue 6: every hostile entry, among good articles, in one folder and one build.
const TODAY = '2026-06-15';
const cp1252 = (...parts: (string | number)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from([p]))));
const LONG_QUOTE = 'We will build more roads and more schools. '.repeat(2400); // ~103 kB

interface Row {
  file: string;
  content?: string | Uint8Array;
  status: FileReport['status'];
  /** The diagnostic this entry must get (in the report and on the console). */
  rule?: string;
  severity?: Diagnostic['severity'];
  line?: number;
  column?: number;
  /** True when the entry's article must be in statements.json with its "rebuild bridge" statement. */
  built?: boolean;
}

const ROWS: Row[] = [
  { file: 'good.txt', content: good(1), status: 'ok', built: true },
  { file: 'no-date.txt', content: `Council news. ${good(2).slice(17)}`, status: 'skipped', rule: 'header/missing-date', severity: 'error', line: 1, column: 1 },
  { file: 'blank-first-line.txt', content: `\n${good(3)}`, status: 'skipped', rule: 'header/missing-date', severity: 'error', line: 1 },
  { file: 'bad-date.txt', content: good(4, '2023-02-30'), status: 'skipped', rule: 'header/bad-date', severity: 'error', line: 1, column: 7 },
  { file: 'far-future.txt', content: good(5, '2099-01-01'), status: 'skipped', rule: 'header/far-future-date', severity: 'error', line: 1, column: 7 },
  { file: 'near-future.txt', content: good(6, '2026-09-01'), status: 'warning', rule: 'header/future-date', severity: 'warning', line: 1, built: true },
  { file: 'tomorrow.txt', content: good(7, '2026-06-16'), status: 'ok', built: true },
  { file: 'empty.txt', content: '', status: 'skipped', rule: 'input/empty', severity: 'error' },
  { file: 'whitespace.txt', content: ' \n\n\t\n', status: 'skipped', rule: 'input/empty', severity: 'error' },
  { file: 'date-only.txt', content: ' date 2024-03-01 \n', status: 'warning', rule: 'header/empty-body', severity: 'warning' },
  {
    file: 'binary.txt',
    content: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(2000, 7)]),
    status: 'skipped',
    rule: 'input/binary',
    severity: 'error',
  },
  { file: 'bom.txt', content: `\uFEFF${good(8)}`, status: 'ok', rule: 'input/bom', severity: 'info', built: true },
  {
    file: 'crlf.txt',
    content: ` date 2024-03-01\r\nCouncil news.\r\n\r\n${good(9).slice(17)}\r\n\r\nShe added: “Work starts in May.”\r\n`,
    status: 'ok',
    rule: 'input/crlf',
    severity: 'info',
    line: 1,
    built: true,
  },
  { file: 'cr-only.txt', content: ` date 2024-03-01\rCouncil news.\r${good(10).slice(17)}`, status: 'warning', rule: 'input/cr-line-ends', severity: 'warning', line: 1 },
  {
    file: 'windows-1252.txt',
    content: cp1252(' date 2024-03-05 Council news.\n\nThe caf', 0xe9, ' reopened. ', 0x93, 'We will rebuild bridge 11,', 0x94, ' Mayor Ann Lee said.'),
    status: 'warning',
    rule: 'input/not-utf8',
    severity: 'warning',
    line: 3,
    column: 8,
    built: true,
  },
  {
    file: 'utf8-with-one-latin1-byte.txt',
    content: Buffer.concat([Buffer.from(`${good(12)}\nSee you at the caf`), Buffer.from([0xe9]), Buffer.from('.')]),
    status: 'warning',
    rule: 'input/not-utf8',
    severity: 'warning',
    line: 2,
    column: 19,
    built: true,
  },
  {
    file: 'utf16.txt',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good(13), 'utf16le')]),
    status: 'warning',
    rule: 'input/utf16',
    severity: 'warning',
    built: true,
  },
  { file: 'dup-a.txt', content: `${good(14)}\n\nMore text.\n`, status: 'ok', built: true },
  // Same text but for a BOM, CRLF line ends and trailing spaces: a duplicate of dup-a.txt.
  { file: 'dup-b.txt', content: `\uFEFF${good(14)}  \r\n\r\nMore text.   \r\n\r\n`, status: 'duplicate', rule: 'input/duplicate', severity: 'warning' },
  {
    file: 'unclosed-quote.txt',
    content: `${good(15)}\n\n“This never closes, said Bob.\n\nMore text here.`,
    status: 'warning',
    rule: 'text/unclosed-quote',
    severity: 'warning',
    line: 3,
    column: 1,
    built: true,
  },
  {
    file: 'multi-paragraph-quote.txt',
    content: `${good(16)}\n\n“First paragraph of a long speech.\n\n“Second paragraph,” the mayor said.`,
    status: 'ok',
    built: true,
  },
  {
    file: 'long-quote.txt',
    content: `${good(17)}\n\n“${LONG_QUOTE}” Mayor Ann Lee said.`,
    status: 'warning',
    rule: 'text/long-quote',
    severity: 'warning',
    line: 3,
    column: 1,
    built: true,
  },
  { file: 'notes.md', content: good(18), status: 'ignored', rule: 'input/not-txt', severity: 'warning' },
  { file: '.DS_Store', content: Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]), status: 'ignored', rule: 'input/hidden', severity: 'info' },
  { file: 'sub', status: 'ignored', rule: 'input/directory', severity: 'warning' },
  { file: 'link-outside.txt', status: 'skipped', rule: 'input/link-outside', severity: 'warning' },
  { file: 'link-inside.txt', status: 'duplicate', rule: 'input/duplicate', severity: 'warning' },
  { file: 'link-broken.txt', status: 'skipped', rule: 'input/broken-link', severity: 'warning' },
  { file: 'pipe.txt', status: 'ignored', rule: 'input/not-a-file', severity: 'warning' },
  { file: 'Mayor’s speech – Київ 2024.txt', content: good(19), status: 'ok', built: true },
  { file: 'same id.txt', content: good(20), status: 'ok', built: true },
  { file: 'same-id.txt', content: good(21), status: 'ok', built: true },
];

let run: Run;
let data: StatementsFile;
let report: BuildReport;

beforeAll(async () => {
  const withContent = Object.fromEntries(ROWS.filter((r) => r.content !== undefined).map((r) => [r.file, r.content ?? '']));
  const { dir, input, out } = await articlesFolder(withContent);
  await mkdir(join(input, 'sub'));
  await writeFile(join(input, 'sub', 'inner.txt'), good('inside a sub-folder'));
  await writeFile(join(dir, 'outside.txt'), good('outside the folder'));
  await symlink(join(dir, 'outside.txt'), join(input, 'link-outside.txt'));
  await symlink('good.txt', join(input, 'link-inside.txt'));
  await symlink('missing.txt', join(input, 'link-broken.txt'));
  execFileSync('mkfifo', [join(input, 'pipe.txt')]);
  run = await runCli(['--in', input, '--out', out, '--today', TODAY]);
  ({ data, report } = await readOutputs(out));
}, 60_000);

describe('a folder of hostile entries among good articles', () => {
  it('builds (exit 0), reports every entry, and prints a summary', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(report.files.map((f) => f.file).sort()).toEqual(ROWS.map((r) => r.file).sort());
    expect(run.stdout).toMatch(/built \d+ of \d+ articles .*skipped.*duplicates.*ignored.*: \d+ statements/);
    // Each entry gets its own console line (no progress bar: stderr is not a terminal here).
    for (const row of ROWS) expect(run.stdout).toContain(`${row.status.padEnd(9)} ${row.file}  `);
  });

  it.each(ROWS)('$file → $status $rule', (row) => {
    const entry = report.files.find((f) => f.file === row.file);
    expect(entry?.status).toBe(row.status);
    if (row.rule) {
      const d = entry?.diagnostics.find((x) => x.rule === row.rule);
      expect(d, JSON.stringify(entry?.diagnostics)).toMatchObject({ file: row.file, severity: row.severity });
      if (row.line !== undefined) expect(d?.line).toBe(row.line);
      if (row.column !== undefined) expect(d?.column).toBe(row.column);
      const where = [row.file, row.line, row.column].filter((x) => x !== undefined).join(':');
      expect(run.stderr).toContain(`${where}`);
      expect(run.stderr).toMatch(new RegExp(`${escape(row.file)}[:\\d]*: ${row.severity} \\[${escape(row.rule)}\\]`));
    } else {
      expect(entry?.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    }
    const article = data.articles.find((a) => a.file === row.file);
    if (row.built) {
      expect(article, `${row.file} is in statements.json`).toBeDefined();
      expect(entry?.articleId).toBe(article?.id);
      const own = data.statements.filter((s) => s.articleId === article?.id);
      expect(entry?.statements).toBe(own.length);
      expect(own.some((s) => s.speaker === 'Ann Lee' && /rebuild bridge/.test(s.quote)), JSON.stringify(own)).toBe(true);
    }
    if (row.status === 'skipped' || row.status === 'ignored' || row.status === 'duplicate') {
      expect(article).toBeUndefined();
      expect(entry?.statements).toBe(0);
    }
  });

  it('never reads through a sub-folder or a link that leaves the folder', () => {
    const texts = data.articles.map((a) => a.text).join('\n');
    expect(texts).not.toContain('inside a sub-folder');
    expect(texts).not.toContain('outside the folder');
  });

  it('keeps a duplicate article once and names the file it duplicates', () => {
    const dup = report.files.find((f) => f.file === 'dup-b.txt');
    expect(dup?.duplicateOf).toBe('dup-a.txt');
    expect(dup?.diagnostics.find((d) => d.rule === 'input/duplicate')?.message).toContain('same text as dup-a.txt');
    expect(report.files.find((f) => f.file === 'link-inside.txt')?.duplicateOf).toBe('good.txt');
    const quotes = data.statements.map((s) => s.quote).filter((q) => q.includes('bridge 14'));
    expect(quotes).toHaveLength(1);
  });

  it('decodes Windows-1252 bytes to the right characters, keeping UTF-8 elsewhere', () => {
    expect(data.articles.find((a) => a.file === 'windows-1252.txt')?.text).toContain('The café reopened. “We will');
    expect(data.articles.find((a) => a.file === 'utf8-with-one-latin1-byte.txt')?.text).toContain('“We will rebuild bridge 12,” Mayor Ann Lee said.\nSee you at the café.');
  });

  it('gives distinct URL-safe article ids to names with spaces, unicode or clashing ids', () => {
    const ids = data.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('counts the summary from the entries', () => {
    const s = report.summary;
    const count = (status: string) => report.files.filter((f) => f.status === status).length;
    expect(s).toMatchObject({ files: ROWS.length, skipped: count('skipped'), duplicates: count('duplicate'), ignored: count('ignored') });
    expect(s.articlesRead).toBe(data.articles.length);
    expect(s.articlesRead).toBe(count('ok') + count('warning'));
    expect(s.errors).toBe(report.files.flatMap((f) => f.diagnostics).filter((d) => d.severity === 'error').length);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
