import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON } from '../../../src/domain/lexicon.ts';
import { parseArticle } from '../../../src/parser/parse-article.ts';

const parse = (body: string) => parseArticle(` date 2024-03-05 ${body}`, { file: 'ids.txt', lexicon: EMPTY_LEXICON }).statements;

describe('statement ids', () => {
  it('keeps the same words said by two speakers as two statements with distinct ids', () => {
    const statements = parse('Governor Ada Brook declined to comment.\n\nThe bank, Norland Trust, declined to comment.');
    expect(statements.map((s) => [s.speaker, s.quote])).toEqual([
      ['Ada Brook', 'to comment'],
      ['Norland Trust', 'to comment'],
    ]);
    expect(new Set(statements.map((s) => s.id)).size).toBe(2);
  });

  it('counts a paragraph repeated word for word once', () => {
    const paragraph = 'Mayor Tim Roe said the bridge would reopen in May.';
    expect(parse(`${paragraph}\n\n${paragraph}`)).toHaveLength(1);
  });

  it('gives the first speaker the plain quote id, stable when a later speaker repeats the words', () => {
    const alone = parse('Governor Ada Brook declined to comment.');
    const both = parse('Governor Ada Brook declined to comment.\n\nThe bank, Norland Trust, declined to comment.');
    expect(both[0]?.id.replace(/^ids-/, '')).toBe(alone[0]?.id.replace(/^ids-/, ''));
  });
});
