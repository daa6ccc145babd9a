import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../src/domain/build-report.ts';
import { EMPTY_LEXICON } from '../../src/domain/lexicon.ts';
import { buildCorpus, type CorpusInput } from '../../src/parser/corpus.ts';
import { parseArticle } from '../../src/parser/parse-article.ts';
import { decode } from '../../src/cli/decode.ts';
import { createReporter } from '../../src/cli/report.ts';
import { checkText } from '../../src/cli/text-checks.ts';
import { good } from './helpers.ts';

const input = (file: string, text: string): CorpusInput => ({ file, bytes: text.length, text, diagnostics: [] });

describe('buildCorpus', () => {
  it('a parser exception on one article is reported and does not stop the others', () => {
    const corpus = buildCorpus([input('a.txt', good(1)), input('boom.txt', good(2)), input('c.txt', good(3))], EMPTY_LEXICON, {
      parse: (text, options) => {
        if (options.file === 'boom.txt') throw new TypeError('cannot read properties of undefined');
        return parseArticle(text, options);
      },
    });
    expect(corpus.files.map((f) => [f.file, f.status])).toEqual([
      ['a.txt', 'ok'],
      ['boom.txt', 'skipped'],
      ['c.txt', 'ok'],
    ]);
    expect(corpus.files[1]?.diagnostics[0]).toMatchObject({ severity: 'error', rule: 'parser/crash' });
    expect(corpus.files[1]?.diagnostics[0]?.message).toContain('TypeError: cannot read properties of undefined');
    expect(corpus.data.articles.map((a) => a.file)).toEqual(['a.txt', 'c.txt']);
  });

  it.each([
    { date: '2026-06-15', status: 'ok' },
    { date: '2026-06-16', status: 'ok' }, // a day's grace for time zones
    { date: '2026-06-17', status: 'warning', rule: 'header/future-date' },
    { date: '2027-06-15', status: 'warning', rule: 'header/future-date' },
    { date: '2027-06-16', status: 'skipped', rule: 'header/far-future-date' },
    { date: '1999-01-01', status: 'ok' },
  ])('date $date with today 2026-06-15 → $status', ({ date, status, rule }) => {
    const [report] = buildCorpus([input('a.txt', good(1, date))], EMPTY_LEXICON, { today: '2026-06-15' }).files;
    expect(report?.status).toBe(status);
    if (rule) expect(report?.diagnostics.map((d) => d.rule)).toContain(rule);
  });

  it('calls onStart before and onFile after each article', () => {
    const events: string[] = [];
    buildCorpus([input('a.txt', good(1)), { file: 'x.md', bytes: 1, text: null, status: 'ignored', diagnostics: [] }], EMPTY_LEXICON, {
      onStart: (f) => events.push(`start ${f}`),
      onFile: (r) => events.push(`file ${r.file} ${r.status}`),
    });
    expect(events).toEqual(['start a.txt', 'file a.txt ok', 'file x.md ignored']);
  });
});

describe('decode', () => {
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  it.each([
    { name: 'UTF-8', in: bytes('“Hi,” she said.'), text: '“Hi,” she said.', rules: [] },
    { name: 'UTF-8 BOM (kept)', in: bytes([0xef, 0xbb, 0xbf], 'x'), text: '\uFEFFx', rules: ['input/bom'] },
    { name: 'Windows-1252 quotes and accents', in: bytes([0x93], 'Caf', [0xe9, 0x94]), text: '“Café”', rules: ['input/not-utf8'] },
    { name: 'overlong UTF-8 is not UTF-8', in: bytes([0xc0, 0xaf]), text: 'À¯', rules: ['input/not-utf8'] },
    { name: 'UTF-16LE with BOM', in: bytes([0xff, 0xfe], [0x68, 0, 0x69, 0]), text: '\uFEFFhi', rules: ['input/utf16'] },
    { name: 'NUL byte', in: bytes('abc', [0], 'def'), text: null, rules: ['input/binary'] },
    { name: 'control bytes', in: Buffer.alloc(100, 2), text: null, rules: ['input/binary'] },
  ])('$name', (c) => {
    const d = decode(c.in, 'f.txt');
    expect(d.text).toBe(c.text);
    expect(d.diagnostics.map((x) => x.rule)).toEqual(c.rules);
  });
});

describe('checkText', () => {
  it.each([
    { name: 'balanced curly quotes', text: '“A,” he said. “B.”', rules: [] },
    { name: 'balanced straight quotes', text: '"A," he said. "B."', rules: [] },
    { name: 'quote over paragraphs, each reopened', text: '“One.\n\n“Two.\n\n“Three,” he said.', rules: [] },
    { name: 'unclosed at the end', text: 'x\n“Never closed.', rules: ['text/unclosed-quote'], line: 2 },
    { name: 'unclosed before the next paragraph', text: '“Open.\n\nPlain text. “Fine,” he said.', rules: ['text/unclosed-quote'], line: 1 },
    { name: 'opened twice', text: '“One. “Two,” he said.', rules: ['text/unclosed-quote'], line: 1 },
    { name: 'stray closing mark', text: 'He said” no.', rules: ['text/stray-closing-quote'], line: 1 },
    { name: 'long quote', text: `“${'a'.repeat(20_000)}”`, rules: ['text/long-quote'], line: 1 },
    { name: 'CRLF', text: 'a\r\nb', rules: ['input/crlf'], line: 1 },
    { name: 'many problems are capped', text: '” '.repeat(50), rules: [...Array(5).fill('text/stray-closing-quote'), 'text/more-quote-problems'] },
  ])('$name', (c) => {
    const found = checkText(c.text, 'f.txt');
    expect(found.map((d) => d.rule)).toEqual(c.rules);
    if (c.line) expect(found[0]?.line).toBe(c.line);
  });

  it('is linear on a megabyte of quotation marks', () => {
    const started = performance.now();
    checkText('“a” '.repeat(250_000), 'f.txt');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('console reporter', () => {
  const sink = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { isTTY, chunks, write: (c: string) => chunks.push(c) };
  };
  const report = (file: string, status: FileReport['status'], severity?: 'warning' | 'info'): FileReport => ({
    file,
    status,
    bytes: 1,
    statements: 0,
    diagnostics: severity ? [{ file, severity, rule: 'r/x', message: 'm' }] : [],
  });

  it('prints one line per article when stderr is not a terminal', () => {
    const out = sink(false);
    const err = sink(false);
    const r = createReporter(60, false, out, err);
    for (let i = 0; i < 60; i++) r.file(report(`f${i}.txt`, 'ok'));
    r.done();
    expect(out.chunks).toHaveLength(60);
    expect(err.chunks.join('')).not.toContain('\r');
  });

  it('shows one progress line on a terminal for a large folder, printing only files with problems', () => {
    const out = sink(true);
    const err = sink(true);
    const r = createReporter(60, false, out, err);
    for (let i = 0; i < 60; i++) {
      r.start(`f${i}.txt`);
      r.file(report(`f${i}.txt`, i === 7 ? 'warning' : 'ok', i === 7 ? 'warning' : i === 8 ? 'info' : undefined));
    }
    r.done();
    const text = err.chunks.join('');
    expect(out.chunks).toEqual([]);
    expect(text).toContain('\r\x1b[K59/60 files  f59.txt');
    expect(text).toContain('warning   f7.txt  0 statements\n  f7.txt: warning [r/x] m\n');
    expect(text).not.toContain('f8.txt: info');
    expect(text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('keeps one line per article on a terminal for a small folder', () => {
    const out = sink(true);
    const r = createReporter(3, false, out, sink(true));
    for (let i = 0; i < 3; i++) r.file(report(`f${i}.txt`, 'ok'));
    expect(out.chunks).toHaveLength(3);
  });
});
