import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { speakerLexiconSchema, themeLexiconSchema, type Lexicon } from '../domain/lexicon.ts';
import { publish } from '../domain/published.ts';
import { statementsFileSchema, SCHEMA_VERSION, type StatementsFile } from '../domain/statement.ts';
import { buildCorpus } from '../parser/corpus.ts';
import { parseCliArgs, USAGE } from './args.ts';
import { toPredictionLines } from './predictions.ts';
import { writePublished } from './write-published.ts';
import { InputFolderError, readInputs } from './read-inputs.ts';
import { buildReport, createReporter, summaryLine } from './report.ts';

/** Exit codes: 0 at least one article built; 1 none built, or --strict and anything reported; 2 bad usage, lexicon or internal error. */
async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  const args = parseCliArgs(argv);
  if ('error' in args) {
    console.error(`error: ${args.error}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const lexicon = await loadLexicon(args.lexicon);
  let inputs;
  try {
    inputs = await readInputs(args.in, { maxBytes: args.maxBytes });
  } catch (error) {
    if (!(error instanceof InputFolderError)) throw error;
    console.error(`error: ${error.message}`);
    return 1;
  }
  const reporter = createReporter(inputs.length, args.quiet, process.stdout, process.stderr);
  const corpus = buildCorpus(inputs, lexicon, { today: args.today, onStart: reporter.start, onFile: reporter.file });
  reporter.done();
  const generatedAt = new Date().toISOString();

  const data: StatementsFile = { ...corpus.data, generatedAt };
  const checked = statementsFileSchema.safeParse(data);
  if (!checked.success) {
    console.error(`error: the generated data does not match schema version ${SCHEMA_VERSION} (a bug; nothing was written):`);
    for (const problem of checked.error.issues.slice(0, 20)) console.error(`  ${problem.path.join('.')}: ${problem.message}`);
    return 2;
  }
  const peakMemoryMB = process.resourceUsage().maxRSS / 1024;
  const report = buildReport(args.in, corpus.files, data, generatedAt, performance.now() - started, peakMemoryMB);
  await mkdir(args.out, { recursive: true });
  await writePublished(args.out, publish(data));
  await writeFile(join(args.out, 'build-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (args.jsonl) await writeFile(args.jsonl, toPredictionLines(data));

  console.log(summaryLine(report, resolve(args.out)));
  const s = report.summary;
  if (s.articlesRead === 0) {
    console.error(`error: no article could be built from ${args.in}; see ${join(args.out, 'build-report.json')}`);
    return 1;
  }
  if (args.strict && s.warnings + s.errors > 0) {
    console.error(`error: --strict: ${s.warnings} warnings and ${s.errors} errors reported; see ${join(args.out, 'build-report.json')}`);
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
      throw new Error(`${path}: invalid lexicon, nothing was built — fix the file: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return { speakers: await load('speakers.json', speakerLexiconSchema), themes: await load('themes.json', themeLexiconSchema) };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
