import { chmod, mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlesFolder, good, readOutputs, runCli } from './helpers.ts';

describe('exit codes', () => {
  const twoGood = { 'a.txt': good(1), 'b.txt': good(2) };
  const cases: { name: string; files: Record<string, string>; args: string[]; code: number; stderr?: RegExp }[] = [
    { name: 'all good', files: twoGood, args: [], code: 0 },
    { name: 'all good, --strict', files: twoGood, args: ['--strict'], code: 0 },
    { name: 'one bad among good', files: { ...twoGood, 'bad.txt': 'no header' }, args: [], code: 0 },
    { name: 'one bad among good, --strict', files: { ...twoGood, 'bad.txt': 'no header' }, args: ['--strict'], code: 1, stderr: /--strict: 0 warnings and 1 errors/ },
    { name: 'only a warning, --strict', files: { ...twoGood, 'notes.md': 'x' }, args: ['--strict'], code: 1 },
    { name: 'only infos (BOM), --strict', files: { 'a.txt': `\uFEFF${good(1)}` }, args: ['--strict'], code: 0 },
    { name: 'none readable', files: { 'a.txt': 'no header', 'b.txt': '' }, args: [], code: 1, stderr: /no article could be built/ },
    { name: 'empty folder', files: {}, args: [], code: 1, stderr: /no article could be built/ },
    { name: 'bad --max-bytes', files: twoGood, args: ['--max-bytes', 'lots'], code: 2, stderr: /--max-bytes expects a positive whole number/ },
    { name: 'bad --today', files: twoGood, args: ['--today', '2023-02-30'], code: 2, stderr: /--today expects a real date/ },
    { name: 'unknown option', files: twoGood, args: ['--nope'], code: 2, stderr: /usage:/ },
    { name: 'a file just over --max-bytes', files: { 'a.txt': good(1), 'b.txt': good(22) }, args: ['--max-bytes', String(Buffer.byteLength(good(1)))], code: 0, stderr: /b\.txt: error \[input\/too-large\]/ },
  ];
  it.each(cases)('$name → $code', async ({ files, args, code, stderr }) => {
    const { input, out } = await articlesFolder(files);
    const run = await runCli(['--in', input, '--out', out, ...args]);
    expect(run.code, run.stderr).toBe(code);
    if (stderr) expect(run.stderr).toMatch(stderr);
  }, 30_000);

  it('a missing articles folder → 1, naming it', async () => {
    const { dir, out } = await articlesFolder({});
    const run = await runCli(['--in', join(dir, 'nowhere'), '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read the articles folder .*nowhere: ENOENT/);
  }, 30_000);

  it.each([
    { name: 'invalid JSON', file: 'speakers.json', content: '{ not json' },
    { name: 'wrong shape', file: 'themes.json', content: '{"themes": [{"id": "Bad Id", "label": "x", "terms": []}]}' },
  ])('a broken lexicon ($name) → 2, naming the file, nothing written', async ({ file, content }) => {
    const { dir, input, out } = await articlesFolder({ 'a.txt': good(1) });
    const lexicon = join(dir, 'lexicon');
    await mkdir(lexicon);
    await writeFile(join(lexicon, 'speakers.json'), '{"speakers": []}');
    await writeFile(join(lexicon, 'themes.json'), '{"themes": []}');
    await writeFile(join(lexicon, file), content);
    const run = await runCli(['--in', input, '--out', out, '--lexicon', lexicon]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(lexicon, file)}: invalid lexicon`);
    await expect(readOutputs(out)).rejects.toThrow();
  }, 30_000);
});

describe('unreadable and oversized files', () => {
  it('an unreadable file is skipped with an error; the others are built', async () => {
    const { dir, input, out } = await articlesFolder({ 'a.txt': good(1), 'secret.txt': good(2) });
    await chmod(join(input, 'secret.txt'), 0o000);
    // root reads through chmod 000, so as root the build runs as "nobody" (uid 65534).
    const asRoot = process.getuid?.() === 0;
    if (asRoot) for (const p of [dir, input, join(input, 'a.txt')]) await chmod(p, 0o777);
    const run = await runCli(['--in', input, '--out', out], asRoot ? { uid: 65534, gid: 65534 } : {});
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/secret\.txt: error \[input\/unreadable\] cannot be read \(EACCES/);
    const { data, report } = await readOutputs(out);
    expect(report.files.find((f) => f.file === 'secret.txt')?.status).toBe('skipped');
    expect(data.articles.map((a) => a.file)).toEqual(['a.txt']);
  }, 30_000);

  it('a 50 MB article is skipped unread (stat before read): memory stays flat, the others are built', async () => {
    const generated = performance.now();
    const { input, out } = await articlesFolder({ 'a.txt': good(1) });
    const handle = await open(join(input, 'huge.txt'), 'w');
    const chunk = Buffer.from(`${' “We will rebuild the bridge,” Mayor Ann Lee said. The council agreed.\n'.repeat(14_000)}`);
    await handle.write(' date 2024-03-01 ');
    let size = 0;
    while (size < 50 * 1024 * 1024) size += (await handle.write(chunk)).bytesWritten;
    await handle.close();
    const generateMillis = performance.now() - generated;

    const baseline = await runCli(['--in', input, '--out', `${out}-baseline`, '--max-bytes', '100000']);
    expect(baseline.code).toBe(0);
    const run = await runCli(['--in', input, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/huge\.txt: error \[input\/too-large\] 50\.\d MB, over the 1\.0 MB limit; skipped unread — .*--max-bytes \d+/);
    const { data, report } = await readOutputs(out);
    expect(report.files.find((f) => f.file === 'huge.txt')).toMatchObject({ status: 'skipped', statements: 0 });
    expect(data.articles.map((a) => a.file)).toEqual(['a.txt']);
    const base = (await readOutputs(`${out}-baseline`)).report.summary.peakMemoryMB ?? 0;
    const peak = report.summary.peakMemoryMB ?? 0;
    expect(peak - base, `peak ${peak} MB vs ${base} MB without reading`).toBeLessThan(25);
    console.info(`50 MB case: generate ${Math.round(generateMillis)} ms, build ${Math.round(run.millis)} ms, peak ${peak} MB (baseline ${base} MB)`);
  }, 60_000);
});
