import { describe, expect, it } from 'vitest';
import { articleBodyStart, isRealIsoDate, statementId, articleIdFromFile } from '../../src/domain/statement.ts';

describe('statement ids', () => {
  it('stay the same when only whitespace, case or quotation marks change', () => {
    expect(statementId('a1', '“We will win,” ')).toBe(statementId('a1', 'we  will\nwin,'));
  });
  it('differ between articles and between quotes', () => {
    expect(statementId('a1', 'We will win')).not.toBe(statementId('a2', 'We will win'));
    expect(statementId('a1', 'We will win')).not.toBe(statementId('a1', 'We will lose'));
  });
  it('derive the article id from the file name', () => {
    expect(articleIdFromFile('data/articles/003_79a987f872772a7c.txt')).toBe('003_79a987f872772a7c');
    expect(articleIdFromFile('my article (copy).txt')).toBe('my-article-copy');
  });
});

describe('isRealIsoDate', () => {
  it.each([
    ['2024-01-07', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-02-30', false],
    ['2023-13-01', false],
    ['24-01-07', false],
    ['abc', false],
  ])('%s → %s', (value, ok) => expect(isRealIsoDate(value)).toBe(ok));
});

describe('articleBodyStart', () => {
  it.each([
    [' date 2024-01-07 President spoke.', 17],
    [' date 2024-01-07\nPresident spoke.', 17],
    ['\uFEFF date 2024-01-07 \r\nBody', 20],
    ['No header here', 0],
  ])('%j → %i', (text, offset) => expect(articleBodyStart(text)).toBe(offset));
});
