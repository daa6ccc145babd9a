import { lineColumnAt, type Diagnostic } from '../domain/diagnostic.ts';
import type { Lexicon } from '../domain/lexicon.ts';
import { SCHEMA_VERSION, type Article, type Statement, type StatementsFile } from '../domain/statement.ts';
import type { FileReport } from '../domain/build-report.ts';
import { readHeader } from './article.ts';
import { parseArticle, type ParseOptions, type ParseResult } from './parse-article.ts';

export interface CorpusInput {
  file: string;
  bytes: number;
  /** Decoded text, or null when the file was not read (its diagnostics say why). */
  text: string | null;
  /** `ignored` for entries that are not articles at all (sub-folders, other file types). */
  status?: 'ignored';
  diagnostics: Diagnostic[];
}

export interface CorpusOptions {
  /** Reference date (YYYY-MM-DD) for the future-date rules; without it dates are not checked against a clock. */
  today?: string;
  /** Called before an article is parsed (for progress display). */
  onStart?: (file: string) => void;
  /** Called with each file's report as soon as it is complete. */
  onFile?: (report: FileReport) => void;
  /** The article parser; replaceable in tests. */
  parse?: (text: string, options: ParseOptions) => ParseResult;
}

export interface Corpus {
  data: Omit<StatementsFile, 'generatedAt'>;
  files: FileReport[];
}

interface State {
  lexicon: Lexicon;
  options: CorpusOptions;
  /** Normalised body → the first file with that body and its date. */
  seenBodies: Map<string, { file: string; date: string }>;
  articleIds: Set<string>;
  statementIds: Set<string>;
  articles: Article[];
  statements: Statement[];
}

/** Parses every readable input, drops duplicate articles, and gathers speakers, themes and per-file reports. */
export function buildCorpus(inputs: readonly CorpusInput[], lexicon: Lexicon, optionsOrOnFile: CorpusOptions | ((report: FileReport) => void) = {}): Corpus {
  const options = typeof optionsOrOnFile === 'function' ? { onFile: optionsOrOnFile } : optionsOrOnFile;
  const state: State = { lexicon, options, seenBodies: new Map(), articleIds: new Set(), statementIds: new Set(), articles: [], statements: [] };
  const files: FileReport[] = [];
  for (const input of inputs) {
    if (input.text !== null) options.onStart?.(input.file);
    const report = reportFor(input, state);
    files.push(report);
    options.onFile?.(report);
  }
  const { articles, statements } = state;
  return {
    data: { schemaVersion: SCHEMA_VERSION, articles, statements, speakers: speakerSummary(statements, lexicon), themes: themeSummary(statements, lexicon) },
    files,
  };
}

function reportFor(input: CorpusInput, state: State): FileReport {
  const diagnostics = [...input.diagnostics];
  const base = { file: input.file, bytes: input.bytes, diagnostics };
  const issue = (severity: Diagnostic['severity'], rule: string, message: string, offset?: number): Diagnostic => ({
    file: input.file,
    ...(offset === undefined || input.text === null ? {} : lineColumnAt(input.text, offset)),
    severity,
    rule,
    message,
  });
  const text = input.text;
  if (text === null) return { ...base, status: input.status ?? 'skipped', statements: 0 };

  const header = readHeader(text, input.file);
  const bodyStart = 'header' in header ? header.header.bodyStart : 0;
  if ('header' in header) {
    const { date } = header.header;
    const key = normaliseBody(text.slice(bodyStart));
    const first = state.seenBodies.get(key);
    if (first) {
      const dates = first.date === date ? '' : ` (dated ${first.date}; this one ${date})`;
      diagnostics.push(issue('warning', 'input/duplicate', `same text as ${first.file}${dates}; its statements are kept once, under ${first.file} — delete one of the two files`));
      return { ...base, status: 'duplicate', duplicateOf: first.file, statements: 0 };
    }
    const dateAt = text.indexOf(date);
    const future = futureDate(date, state.options.today);
    if (future === 'far') {
      diagnostics.push(
        issue('error', 'header/far-future-date', `date ${date} is more than a year after the build date ${state.options.today ?? ''}; skipped — fix the date line (or pass --today)`, dateAt),
      );
      return { ...base, status: 'skipped', statements: 0 };
    }
    if (future === 'near') {
      diagnostics.push(issue('warning', 'header/future-date', `date ${date} is after the build date ${state.options.today ?? ''}; built as is — check the date line`, dateAt));
    }
    if (text.slice(bodyStart).trim() === '') diagnostics.push(issue('warning', 'header/empty-body', 'a date line but no article text; nothing to build — add the text'));
    state.seenBodies.set(key, { file: input.file, date });
  }

  let result: ParseResult;
  try {
    result = (state.options.parse ?? parseArticle)(text, { file: input.file, lexicon: state.lexicon });
  } catch (error) {
    diagnostics.push(issue('error', 'parser/crash', `the parser failed on this article (${describeError(error)}); skipped, the others are built — please report it with this file`));
    return { ...base, status: 'skipped', statements: 0 };
  }
  diagnostics.push(...result.diagnostics);
  if (!result.article) return { ...base, status: 'skipped', statements: 0 };
  const article = uniqueArticle(result.article, state.articleIds);
  state.articles.push(article);
  const own: Statement[] = [];
  for (const raw of result.statements) {
    const s = article.id === raw.articleId ? raw : { ...raw, articleId: article.id, id: article.id + raw.id.slice(raw.articleId.length) };
    if (state.statementIds.has(s.id)) continue;
    state.statementIds.add(s.id);
    own.push(s);
  }
  state.statements.push(...own);
  if (own.length === 0 && text.slice(bodyStart).trim() !== '') {
    diagnostics.push(issue('info', 'parser/no-statements', 'no statement found in this article'));
  }
  const warned = diagnostics.some((d) => d.severity !== 'info');
  return { ...base, status: warned ? 'warning' : 'ok', articleId: article.id, statements: own.length };
}

/** Text that differs only by BOM, line ends, trailing spaces or Unicode normalisation is the same article. */
function normaliseBody(body: string): string {
  return body
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gm, '')
    .trim();
}

/** `far`: more than a year after `today` (a typo, kept off the timeline); `near`: after today, allowing a day for time zones. */
function futureDate(date: string, today: string | undefined): 'far' | 'near' | null {
  if (!today) return null;
  const shift = (days: number, years = 0) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  if (date > shift(0, 1)) return 'far';
  if (date > shift(1)) return 'near';
  return null;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frame = /\((.*?src\/[^)]*)\)|at (\S*src\/\S*)/.exec(error.stack ?? '');
  const where = frame ? ` at ${(frame[1] ?? frame[2] ?? '').replace(/^.*?(src\/)/, '$1')}` : '';
  return `${error.name}: ${error.message}${where}`;
}

function uniqueArticle(article: Article, used: Set<string>): Article {
  let id = article.id;
  for (let n = 2; used.has(id); n++) id = `${article.id}-${n}`;
  used.add(id);
  return id === article.id ? article : { ...article, id };
}

function speakerSummary(statements: readonly Statement[], lexicon: Lexicon): StatementsFile['speakers'] {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.speaker, (counts.get(s.speaker) ?? 0) + 1);
  const roles = new Map(lexicon.speakers.speakers.map((e) => [e.name, e.roles[0]]));
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => {
      const role = roles.get(name);
      return role ? { name, role, count } : { name, count };
    });
}

function themeSummary(statements: readonly Statement[], lexicon: Lexicon): StatementsFile['themes'] {
  const counts = new Map<string, number>();
  for (const s of statements) for (const t of s.themes) counts.set(t, (counts.get(t) ?? 0) + 1);
  const labels = new Map(lexicon.themes.themes.map((t) => [t.id, t.label]));
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, count]) => ({ id, label: labels.get(id) ?? id, count }));
}
