import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const USAGE = `usage: npm run eval -- <folder> [--errors N] [--gold FILE] [--lexicon DIR] [--keep FILE] [--verbose]

Builds the folder's *.txt articles with src/cli/build-data.ts (--jsonl) and, when a gold.jsonl lies
in the folder or its parent, scores the predictions with ../shared/eval/score.mjs.`;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD = join(ROOT, 'src', 'cli', 'build-data.ts');
const SCORER = resolve(ROOT, '..', 'shared', 'eval', 'score.mjs');

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      errors: { type: 'string', default: '0' },
      gold: { type: 'string' },
      lexicon: { type: 'string', default: join(ROOT, 'data', 'lexicon') },
      keep: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const folder = positionals[0];
  if (values.help || !folder || positionals.length > 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const dir = resolve(folder);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`error: ${dir} is not a folder`);
    return 2;
  }
  const articles = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.txt')).length;
  if (articles === 0) {
    console.error(`error: no *.txt article in ${dir}`);
    return 2;
  }
  const errors = Number(values.errors);
  if (!Number.isInteger(errors) || errors < 0) {
    console.error(`error: --errors wants a whole number, got "${values.errors}"`);
    return 2;
  }

  const tmp = mkdtempSync(join(tmpdir(), 'statements-eval-'));
  try {
    const jsonl = values.keep ? resolve(values.keep) : join(tmp, 'predictions.jsonl');
    const started = performance.now();
    // The build runs as its own process, exactly as `npm run data` would, under the same tsx loader.
    const build = spawnSync(
      process.execPath,
      ['--import', 'tsx', BUILD, '--in', dir, '--out', join(tmp, 'out'), '--lexicon', resolve(values.lexicon), '--jsonl', jsonl, '--quiet'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    // The gold file beside the articles is not an article: drop the build's note about skipping it.
    const noise = (line: string): boolean => /gold\.jsonl/.test(line) && /not a \.txt file/.test(line);
    const echo = (text: string, to: NodeJS.WriteStream): void => {
      for (const line of text.split('\n')) if (line.trim() && !noise(line)) to.write(`${line}\n`);
    };
    echo(build.stdout ?? '', process.stdout);
    // Per-article diagnostics (unclosed quotes and the like) are counted, not listed, unless asked for.
    const stderr = (build.stderr ?? '').split('\n').filter((line) => line.trim() && !noise(line));
    const diagnostic = (line: string): boolean => /^\s+\S.*:\d+:\d+: (warning|info|error) \[/.test(line);
    echo(stderr.filter((line) => values.verbose || !diagnostic(line)).join('\n'), process.stderr);
    const hidden = values.verbose ? 0 : stderr.filter(diagnostic).length;
    if (hidden) console.log(`(${hidden} article diagnostics not shown; --verbose lists them)`);
    if (build.error) {
      console.error(`error: could not run the build: ${build.error.message}`);
      return 2;
    }
    if (build.status !== 0) {
      console.error(`error: the build exited with code ${build.status ?? build.signal}`);
      return build.status ?? 2;
    }
    console.log(`build: ${articles} articles in ${seconds} s${values.keep ? `, predictions in ${jsonl}` : ''}`);

    const gold = values.gold ? resolve(values.gold) : [join(dir, 'gold.jsonl'), join(dirname(dir), 'gold.jsonl')].find((p) => existsSync(p));
    if (!gold || !existsSync(gold)) {
      console.log(`no gold.jsonl in ${dir} or its parent: nothing to score (pass --gold FILE to name one)`);
      return 0;
    }
    if (!existsSync(SCORER)) {
      console.error(`cannot score: the scorer ${SCORER} is missing (it is expected in ../shared/eval beside the repository)`);
      return 3;
    }
    console.log(`score: ${gold}`);
    const scored = spawnSync(process.execPath, [SCORER, '--gold', gold, '--pred', jsonl, ...(errors ? ['--errors', String(errors)] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    return scored.status ?? 2;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main();
