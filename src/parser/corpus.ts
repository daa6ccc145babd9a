import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Lexicon } from '../domain/lexicon.ts';
import { SCHEMA_VERSION, type Article, type Statement, type StatementsFile } from '../domain/statement.ts';
import type { FileReport } from '../domain/build-report.ts';
import { parseArticle } from './parse-article.ts';

export interface CorpusInput {
  file: string;
  bytes: number;
  text: string | null;
  diagnostics: Diagnostic[];
}

export interface Corpus {
  data: Omit<StatementsFile, 'generatedAt'>;
  files: FileReport[];
}

/** Parses every readable input, drops duplicate articles, and gathers speakers, themes and per-file reports. */
export function buildCorpus(inputs: readonly CorpusInput[], lexicon: Lexicon, onFile?: (report: FileReport) => void): Corpus {
  const articles: Article[] = [];
  const statements: Statement[] = [];
  const files: FileReport[] = [];
  const seenText = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const input of inputs) {
    const report = reportFor(input, lexicon, seenText, usedIds, articles, statements);
    files.push(report);
    onFile?.(report);
  }
  return {
    data: { schemaVersion: SCHEMA_VERSION, articles, statements, speakers: speakerSummary(statements, lexicon), themes: themeSummary(statements, lexicon) },
    files,
  };
}

function reportFor(
  input: CorpusInput,
  lexicon: Lexicon,
  seenText: Map<string, string>,
  usedIds: Set<string>,
  articles: Article[],
  statements: Statement[],
): FileReport {
  const diagnostics = [...input.diagnostics];
  const base = { file: input.file, bytes: input.bytes, diagnostics };
  if (input.text === null) return { ...base, status: 'skipped', statements: 0 };
  const duplicateOf = seenText.get(input.text);
  if (duplicateOf !== undefined) {
    diagnostics.push({ file: input.file, severity: 'warning', rule: 'input/duplicate', message: `same text as ${duplicateOf}; its statements are counted once` });
    return { ...base, status: 'duplicate', statements: 0 };
  }
  let result;
  try {
    result = parseArticle(input.text, { file: input.file, lexicon });
  } catch (error) {
    diagnostics.push({ file: input.file, severity: 'error', rule: 'parser/crash', message: `the parser failed: ${String(error)}` });
    return { ...base, status: 'skipped', statements: 0 };
  }
  diagnostics.push(...result.diagnostics);
  if (!result.article) return { ...base, status: 'skipped', statements: 0 };
  seenText.set(input.text, input.file);
  const article = uniqueArticle(result.article, usedIds);
  articles.push(article);
  const own: Statement[] = [];
  for (const raw of result.statements) {
    const s = article.id === raw.articleId ? raw : { ...raw, articleId: article.id, id: raw.id.replace(raw.articleId, article.id) };
    // The same quote twice in one article is one statement: the first occurrence wins.
    if (usedIds.has(s.id)) continue;
    usedIds.add(s.id);
    own.push(s);
  }
  statements.push(...own);
  const warned = diagnostics.some((d) => d.severity !== 'info');
  return { ...base, status: warned ? 'warning' : 'ok', articleId: article.id, statements: own.length };
}

function uniqueArticle(article: Article, usedIds: Set<string>): Article {
  let id = article.id;
  for (let n = 2; usedIds.has(id); n++) id = `${article.id}-${n}`;
  usedIds.add(id);
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
