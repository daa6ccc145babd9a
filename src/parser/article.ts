import { lineColumnAt, type Diagnostic } from '../domain/diagnostic.ts';
import { ARTICLE_HEADER, isRealIsoDate } from '../domain/statement.ts';

export interface ArticleHeader {
  date: string;
  /** Offset of the first body character in the file's text. */
  bodyStart: number;
}

/** Reads the ` date YYYY-MM-DD ` header; returns a diagnostic instead when it is missing or malformed. */
export function readHeader(text: string, file: string): { header: ArticleHeader } | { diagnostic: Diagnostic } {
  const m = ARTICLE_HEADER.exec(text);
  if (!m) {
    const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/^\uFEFF/, '');
    const found = firstLine.trim() === '' ? 'an empty first line' : JSON.stringify(firstLine.slice(0, 40) + (firstLine.length > 40 ? '…' : ''));
    return {
      diagnostic: {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'header/missing-date',
        message: `no date line: an article must begin with " date YYYY-MM-DD", found ${found}; skipped — add a first line such as " date 2024-01-31"`,
      },
    };
  }
  const date = m[1] ?? '';
  if (!isRealIsoDate(date)) {
    const { line, column } = lineColumnAt(text, m.index + m[0].indexOf(date));
    return {
      diagnostic: { file, line, column, severity: 'error', rule: 'header/bad-date', message: `"${date}" is not a real date in YYYY-MM-DD form; skipped — fix the date line` },
    };
  }
  return { header: { date, bodyStart: m[0].length } };
}
