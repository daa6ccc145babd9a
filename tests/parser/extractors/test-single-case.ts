import { expect } from 'vitest';
import { EMPTY_LEXICON, type Lexicon } from '../../../src/domain/lexicon.ts';
import type { Statement } from '../../../src/domain/statement.ts';
import { parseArticle } from '../../../src/parser/parse-article.ts';

export const HEADER = ' date 2024-03-05 ';

/** Parses `body` as a one-article file and hands the statements to `check` (chrono-node's testSingleCase, for quotes). */
export function testSingleCase(body: string, check: (statements: Statement[], text: string) => void, lexicon: Lexicon = EMPTY_LEXICON): void {
  const text = HEADER + body;
  const { statements } = parseArticle(text, { file: 'case.txt', lexicon });
  for (const s of statements) {
    const spans = s.spans ?? [[s.start, s.end]];
    expect(spans.map(([a, b]) => text.slice(a, b)).join(' \u2026 ')).toBe(s.quote);
  }
  check(statements, text);
}

/** Expects exactly one statement with the given fields. */
export function expectOne(body: string, want: Partial<Pick<Statement, 'speaker' | 'quote' | 'kind' | 'cue' | 'speakerMention'>>, lexicon?: Lexicon): void {
  testSingleCase(
    body,
    (statements) => {
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatchObject(want);
    },
    lexicon,
  );
}

/** Expects the statements, in text order, to have these speaker/quote pairs. */
export function expectStatements(body: string, want: Partial<Pick<Statement, 'speaker' | 'quote' | 'kind' | 'cue'>>[], lexicon?: Lexicon): void {
  testSingleCase(
    body,
    (statements) => {
      expect(statements).toHaveLength(want.length);
      want.forEach((w, i) => expect(statements[i]).toMatchObject(w));
    },
    lexicon,
  );
}

/** The statements found in `body` (for tests that look for one among several). */
export function statementsOf(body: string, lexicon?: Lexicon): Statement[] {
  let found: Statement[] = [];
  testSingleCase(
    body,
    (statements) => {
      found = statements;
    },
    lexicon,
  );
  return found;
}

/** Who said what in `body`, as a user reads it: speaker, quote and kind of each statement. */
export function said(body: string, lexicon?: Lexicon): Pick<Statement, 'speaker' | 'quote' | 'kind'>[] {
  return statementsOf(body, lexicon).map((s) => ({ speaker: s.speaker, quote: s.quote, kind: s.kind }));
}
