import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../domain/diagnostic.ts';
import { buildReportSchema, type BuildReport, type FileReport } from '../domain/build-report.ts';
import { speakerLexiconSchema, themeLexiconSchema, type Lexicon } from '../domain/lexicon.ts';
import { statementsFileSchema, SCHEMA_VERSION, type StatementsFile } from '../domain/statement.ts';
import { buildCorpus } from '../parser/corpus.ts';
import { readInputs } from './read-inputs.ts';
import { toPredictionLines } from './predictions.ts';

const USAGE = `usage: npm run data -- [--in DIR] [--out DIR] [--lexicon DIR] [--jsonl FILE] [--strict] [--quiet] [--max-bytes N]`;

async function main(): Promise<number> {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      in: { type: 'string', default: 'data/articles' },
      out: { type: 'string', default: 'public/data' },
      lexicon: { type: 'string', default: 'data/lexicon' },
      jsonl: { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      'max-bytes': { type: 'string', default: String(20 * 1024 * 1024) },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const lexicon = await loadLexicon(values.lexicon);
  const inputs = await readInputs(values.in, { maxBytes: Number(values['max-bytes']) });
  const progress = progressPrinter(inputs.length, values.quiet);
  const corpus = buildCorpus(inputs, lexicon, progress);
  const generatedAt = new Date().toISOString();

  const data: StatementsFile = { ...corpus.data, generatedAt };
  const checked = statementsFileSchema.safeParse(data);
  if (!checked.success) {
    console.error(`error: the generated data does not match schema version ${SCHEMA_VERSION}:`);
    for (const problem of checked.error.issues.slice(0, 20)) console.error(`  ${problem.path.join('.')}: ${problem.message}`);
    return 2;
  }
  const report = buildReport(values.in, corpus.files, data, generatedAt, performance.now() - started);
  await mkdir(values.out, { recursive: true });
  await writeFile(join(values.out, 'statements.json'), JSON.stringify(data));
  await writeFile(join(values.out, 'build-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (values.jsonl) await writeFile(values.jsonl, toPredictionLines(data));

  const s = report.summary;
  console.log(
    `${s.articlesRead} of ${s.files} files read as articles, ${s.statements} statements, ${s.speakers} speakers, ${s.themes} themes, ` +
      `${s.warnings} warnings, ${s.errors} errors in ${Math.round(s.millis)} ms → ${resolve(values.out)}`,
  );
  if (s.articlesRead === 0) {
    console.error(`error: no article could be read from ${values.in}`);
    return 1;
  }
  if (values.strict && s.warnings + s.errors > 0) {
    console.error('error: --strict and the build reported warnings or errors');
    return 1;
  }
  return 0;
}

async function loadLexicon(dir: string): Promise<Lexicon> {
  const load = async <T>(file: string, schema: { parse(v: unknown): T }): Promise<T> => {
    const path = join(dir, file);
    try {
      return schema.parse(JSON.parse(await readFile(path, 'utf8')));
    } catch (error) {
      throw new Error(`${path}: invalid lexicon: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return { speakers: await load('speakers.json', speakerLexiconSchema), themes: await load('themes.json', themeLexiconSchema) };
}

function progressPrinter(total: number, quiet: boolean): (report: FileReport) => void {
  let done = 0;
  const bar = total > 50 && process.stderr.isTTY;
  return (report) => {
    done++;
    if (!quiet) {
      if (bar) {
        if (done % 25 === 0 || done === total) process.stderr.write(`\r${done}/${total} files`);
        if (done === total) process.stderr.write('\n');
      } else {
        console.log(`${report.status.padEnd(9)} ${report.file}  ${report.statements} statements`);
      }
    }
    for (const d of report.diagnostics) if (d.severity !== 'info' || !quiet) console.error(`  ${formatDiagnostic(d)}`);
  };
}

function buildReport(inputDir: string, files: FileReport[], data: StatementsFile, generatedAt: string, millis: number): BuildReport {
  const all = files.flatMap((f) => f.diagnostics);
  return buildReportSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    inputDir,
    files,
    summary: {
      files: files.length,
      articlesRead: data.articles.length,
      skipped: files.filter((f) => f.status === 'skipped').length,
      statements: data.statements.length,
      speakers: data.speakers.length,
      themes: data.themes.length,
      warnings: all.filter((d) => d.severity === 'warning').length,
      errors: all.filter((d) => d.severity === 'error').length,
      millis: Math.round(millis),
    },
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
