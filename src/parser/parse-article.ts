import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Lexicon } from '../domain/lexicon.ts';
import { articleIdFromFile, statementId, type Article, type Statement } from '../domain/statement.ts';
import { readHeader } from './article.ts';

export interface ParseOptions {
  /** File name as shown in diagnostics and used for the article id. */
  file: string;
  lexicon: Lexicon;
}

export interface ParseResult {
  /** Null when the article could not be read at all (the diagnostics say why). */
  article: Article | null;
  statements: Statement[];
  diagnostics: Diagnostic[];
}

const DIRECT = /[“"]([^”"]{2,}?)[”"]\s*,?\s*(he|she|[A-Z][a-z]+(?: [A-Z][a-z]+)*) (said|added)/g;

/** Parses one article's whole text into statements and diagnostics. */
export function parseArticle(text: string, options: ParseOptions): ParseResult {
  const read = readHeader(text, options.file);
  if ('diagnostic' in read) return { article: null, statements: [], diagnostics: [read.diagnostic] };
  const { date, bodyStart } = read.header;
  const id = articleIdFromFile(options.file);
  const article: Article = { id, file: options.file, date, text };
  const statements: Statement[] = [];
  for (const m of text.slice(bodyStart).matchAll(DIRECT)) {
    const quote = m[1] ?? '';
    const start = bodyStart + (m.index ?? 0) + 1;
    statements.push({
      id: statementId(id, quote),
      articleId: id,
      date,
      speaker: m[2] ?? '',
      speakerMention: m[2] ?? '',
      quote,
      start,
      end: start + quote.length,
      cue: m[3] ?? '',
      kind: 'direct',
      themes: [],
    });
  }
  return { article, statements, diagnostics: [] };
}
