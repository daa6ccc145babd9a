/**
 * Parser benchmark (`npm run bench`, not part of `npm test`). Generates synthetic corpora in a
 * temp dir, runs each case in its own Node process (so a runaway regular expression is killed
 * at a time limit and peak memory is measured per case), prints a table and exits non-zero when
 * a budget is missed.
 *
 * Each case's process first parses a warm-up article (200 KB of generated news text, not the
 * case's input) without timing it, as a corpus build has parsed other articles before any given
 * one: the budgets are rates and time limits of the parser, and V8's compilation of the parser,
 * about as costly as parsing a few hundred KB cold, is paid once per build, not per megabyte.
 * The warm-up's own cold time is printed under the table; `npm run bench -- --cold` skips it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, type CorpusInput } from '../../src/parser/corpus.ts';
import { parseArticle } from '../../src/parser/parse-article.ts';
import { loadLexicon } from '../fixtures/load.ts';

const MB = 1024 * 1024;

interface Case {
  name: string;
  /** Writes the case's input under `dir` and returns the path (a file or a folder). */
  make(dir: string): string;
  /** Budgets: the case fails when it takes longer or is slower than these. */
  maxSeconds?: number;
  minMBps?: number;
  minArticlesPerSecond?: number;
  /** Statements planted by the generator, when known. */
  planted?: number;
}

interface Result {
  name: string;
  /** The untimed warm-up parse before the case (absent with --cold). */
  warmup?: { bytes: number; seconds: number; cpuSeconds: number };
  articles: number;
  bytes: number;
  seconds: number;
  /** CPU seconds of the parse (user + system): on a loaded machine wall time is several times this. */
  cpuSeconds: number;
  statements: number;
  peakRssMB: number;
  error?: string;
}

// --- deterministic generators -------------------------------------------------------------

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FIRST = ['Maria', 'James', 'Olena', 'Tomasz', 'Aisha', 'Daniel', 'Ingrid', 'Kenji', 'Lucia', 'Samuel', 'Priya', 'Viktor'];
const LAST = ['Alvarez', 'Whitaker', 'Kovalenko', 'Nowak', 'Rahman', 'Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Brennan', 'Nair', 'Petrov'];
const ROLES = ['mayor', 'senator', 'minister', 'spokeswoman', 'chief executive', 'governor', 'judge', 'union leader'];
const ORGS = ['the Interior Ministry', 'the city council', 'Harbor Logistics', 'the national statistics office', 'Reuters'];
const QUOTES = [
  'We will not accept a budget that leaves the hospitals short of staff',
  'This is a decision about the next twenty years, not the next election',
  'Our partners have been clear that the sanctions will stay in place',
  'Nobody in this room expected the talks to collapse so quickly',
  'The numbers simply do not support the claims made by the opposition',
  'We have to strengthen air defense before the winter arrives',
];
const CLAUSES = [
  'the new rules would take effect in the spring',
  'production at the plant would double by the end of the year',
  'the agreement had been negotiated in good faith by both sides',
  'more than 2,000 families had been moved out of the flood zone',
  'the investigation would be completed within six weeks',
];

let serial = 0;

function article(r: () => number, paragraphs: number): { text: string; planted: number } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const out: string[] = [];
  let planted = 0;
  for (let i = 0; i < paragraphs; i++) {
    // A serial number keeps quotes distinct: the parser counts a repeated quote once.
    const k = ++serial;
    const q = () => `${pick(QUOTES)} in district ${k}`;
    const cl = () => `${pick(CLAUSES)} in district ${k}`;
    const n = name();
    switch (Math.floor(r() * 8)) {
      case 0: out.push(`“${q()},” ${n} said on Tuesday.`); planted++; break;
      case 1: out.push(`"${q()}," said ${n}, the ${pick(ROLES)}. "${q()}."`); planted++; break;
      case 2: out.push(`${n} said that ${cl()}.`); planted++; break;
      case 3: out.push(`The ${pick(ROLES)}, ${n}, told reporters: “${q()}.”`); planted++; break;
      case 4: out.push(`According to ${pick(ORGS)}, ${cl()}.`); planted++; break;
      case 5: out.push(`${n} warned that ${cl()}. She added: "${q()}."`); planted += 2; break;
      case 6: out.push(`The meeting in ${pick(LAST)}ville lasted three hours and ended without a vote on the ${pick(ROLES)}'s plan.`); break;
      default: out.push(`Mr. ${pick(LAST)} of the U.S. Senate arrived on Jan. 5 with Sen. ${pick(LAST)} and Gov. ${pick(LAST)}.`); break;
    }
  }
  return { text: out.join('\n\n'), planted };
}

const header = (i: number): string => ` date 2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')} `;

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

/** Generated articles' bodies from seed `seed`, joined as paragraphs, until they reach `bytes` characters. */
function newsText(seed: number, bytes: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const a = article(r, 20).text;
    parts.push(a);
    size += a.length + 2;
  }
  return parts.join('\n\n');
}

/** The warm-up article: news text like the cases', from its own seed and serial numbers so the cases' texts stay as they were. */
function warmupText(): string {
  const saved = serial;
  serial = 900_000;
  const body = newsText(99, MB / 5);
  serial = saved;
  return `${header(6)}${body}\n`;
}

const CORPUS_ARTICLES = 1000;
let corpusPlanted = 0;

const CASES: Case[] = [
  {
    name: `corpus: ${CORPUS_ARTICLES} articles`,
    make(dir) {
      const r = rng(42);
      const folder = join(dir, 'corpus');
      mkdirSync(folder);
      corpusPlanted = 0;
      for (let i = 0; i < CORPUS_ARTICLES; i++) {
        const a = article(r, 8 + Math.floor(r() * 12));
        corpusPlanted += a.planted;
        writeFileSync(join(folder, `a${String(i).padStart(4, '0')}.txt`), `${header(i)}Headline number ${i}\n\n${a.text}\n`);
      }
      return folder;
    },
    minArticlesPerSecond: 100,
    minMBps: 1,
  },
  {
    name: '1 MB of quotes without end',
    make: (dir) => writeCase(dir, 'open-quotes.txt', header(1) + fill('“We will keep going and nobody will stop us, he said and then ', MB)),
    maxSeconds: 2,
  },
  {
    name: '1 MB of opening marks and cues',
    make: (dir) => writeCase(dir, 'marks.txt', header(2) + fill('"said " “ said, ‘ told: "according to ', MB)),
    maxSeconds: 2,
  },
  {
    name: '1 MB sentence without a full stop',
    make: (dir) => writeCase(dir, 'no-stop.txt', header(3) + fill('the minister said that the senator told reporters that Mr Smith of the U.S. ', MB)),
    maxSeconds: 2,
  },
  {
    name: '100 KB sentence without a full stop',
    make: (dir) => writeCase(dir, 'no-stop-small.txt', header(3) + fill('the minister said that the senator told reporters that Mr Smith of the U.S. ', MB / 10)),
    maxSeconds: 0.5,
  },
  {
    name: '500 KB article of news text',
    make(dir) {
      return writeCase(dir, 'medium.txt', `${header(5)}${newsText(8, MB / 2)}\n`);
    },
    minMBps: 1,
  },
  {
    name: '5 MB article of news text',
    make(dir) {
      return writeCase(dir, 'big.txt', `${header(4)}${newsText(7, 5 * MB)}\n`);
    },
    minMBps: 1,
  },
];

function writeCase(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// --- child: run one case ------------------------------------------------------------------

function runCase(path: string, warmupPath: string | undefined): Omit<Result, 'name'> {
  const lexicon = loadLexicon();
  let warmup: Result['warmup'];
  if (warmupPath) {
    const text = readFileSync(warmupPath, 'utf8');
    const started = performance.now();
    const cpu = process.cpuUsage();
    parseArticle(text, { file: 'warm-up.txt', lexicon });
    const used = process.cpuUsage(cpu);
    warmup = { bytes: Buffer.byteLength(text), seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  }
  const files = statSync(path).isDirectory() ? readdirSync(path).sort().map((f) => join(path, f)) : [path];
  const inputs: CorpusInput[] = files.map((f) => {
    const text = readFileSync(f, 'utf8');
    return { file: f.split('/').pop() ?? f, bytes: Buffer.byteLength(text), text, diagnostics: [] };
  });
  const bytes = inputs.reduce((n, i) => n + i.bytes, 0);
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  const cpu = process.cpuUsage();
  let statements = 0;
  if (inputs.length === 1 && inputs[0]) {
    const input = inputs[0];
    statements = parseArticle(input.text ?? '', { file: input.file, lexicon }).statements.length;
  } else {
    statements = buildCorpus(inputs, lexicon, () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }).data.statements.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return { articles: inputs.length, bytes, seconds, cpuSeconds, statements, peakRssMB: peak / MB, ...(warmup ? { warmup } : {}) };
}

// --- parent: generate, spawn, report ------------------------------------------------------

function main(): number {
  const { values } = parseArgs({ options: { case: { type: 'string' }, warmup: { type: 'string' }, cold: { type: 'boolean', default: false } } });
  if (values.case) {
    console.log(JSON.stringify(runCase(values.case, values.warmup)));
    return 0;
  }
  const dir = mkdtempSync(join(tmpdir(), 'parser-bench-'));
  const warmup = values.cold ? [] : ['--warmup', writeCase(dir, 'warm-up.txt', warmupText())];
  const self = fileURLToPath(import.meta.url);
  const results: (Result & { found: string; verdict: string })[] = [];
  try {
    for (const c of CASES) {
      const path = c.make(dir);
      if (c.name.startsWith('corpus')) c.planted = corpusPlanted;
      const limit = Math.max(45, 20 * (c.maxSeconds ?? 0)) * 1000;
      const child = spawnSync(process.execPath, ['--import', 'tsx', self, '--case', path, ...warmup], { encoding: 'utf8', timeout: limit, maxBuffer: 64 * MB });
      let r: Result;
      if (child.status === 0) {
        r = { name: c.name, ...(JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Omit<Result, 'name'>) };
      } else {
        const why = child.error?.message.includes('ETIMEDOUT') ? `killed after ${limit / 1000} s` : (child.stderr || String(child.error)).trim().split('\n').slice(-3).join(' ');
        r = { name: c.name, articles: 0, bytes: 0, seconds: Number.NaN, cpuSeconds: Number.NaN, statements: 0, peakRssMB: 0, error: why };
      }
      const mbps = r.bytes / MB / r.seconds;
      const aps = r.articles / r.seconds;
      const misses = r.error ? [r.error] : [
        c.maxSeconds !== undefined && !(r.seconds <= c.maxSeconds) ? `took ${r.seconds.toFixed(2)} s > ${c.maxSeconds} s` : '',
        c.minMBps !== undefined && !(mbps >= c.minMBps) ? `${mbps.toFixed(2)} MB/s < ${c.minMBps}` : '',
        c.minArticlesPerSecond !== undefined && !(aps >= c.minArticlesPerSecond) ? `${aps.toFixed(0)} articles/s < ${c.minArticlesPerSecond}` : '',
      ].filter(Boolean);
      const found = c.planted ? `${r.statements} (planted ${c.planted})` : String(r.statements);
      results.push({ ...r, found, verdict: misses.length ? `FAIL: ${misses.join('; ')}` : 'ok' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const rows = results.map((r) => [
    r.name,
    String(r.articles),
    (r.bytes / MB).toFixed(2),
    r.seconds.toFixed(3),
    r.cpuSeconds.toFixed(3),
    (r.articles / r.seconds).toFixed(0),
    (r.bytes / MB / r.seconds).toFixed(2),
    (r.bytes / MB / r.cpuSeconds).toFixed(2),
    r.found,
    r.peakRssMB.toFixed(0),
    r.verdict,
  ]);
  const head = ['case', 'articles', 'MB', 'seconds', 'cpu s', 'articles/s', 'MB/s', 'MB/cpu s', 'statements', 'peak RSS MB', 'budget'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  const failed = results.filter((r) => r.verdict !== 'ok').length;
  // Budgets are wall time; the CPU columns tell a slow parser from a machine busy with other work.
  const warm = results.flatMap((r) => (r.warmup ? [r.warmup] : []));
  const range = (xs: number[]): string => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} s`;
  const first = warm[0];
  console.log(
    first
      ? `\nwarm-up before each case (not in the table): ${(first.bytes / MB).toFixed(2)} MB of news text parsed cold in ${range(warm.map((w) => w.seconds))} (cpu ${range(warm.map((w) => w.cpuSeconds))})`
      : '\nno warm-up (--cold): each case includes compiling the parser',
  );
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${availableParallelism()} cores`);
  console.log(failed ? `${failed} case(s) missed their budget` : 'all budgets met');
  return failed ? 1 : 0;
}

process.exitCode = main();
