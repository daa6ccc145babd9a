import { describe, expect, it } from 'vitest';
import { articleChunkSchema, assemble, chunkText, dataIndexSchema, publish } from '../../src/domain/published.ts';
import { SCHEMA_VERSION, statementId, type StatementsFile } from '../../src/domain/statement.ts';

function corpus(texts: string[]): StatementsFile {
  const articles = texts.map((text, i) => ({ id: `a${i}`, file: `a${i}.txt`, date: '2024-03-01', text }));
  const statements = articles.map((a) => ({
    id: statementId(a.id, a.text),
    articleId: a.id,
    date: a.date,
    speaker: 'Ann Lee',
    speakerMention: 'Lee',
    quote: a.text.slice(0, 4),
    start: 0,
    end: 4,
    cue: 'said',
    kind: 'direct' as const,
    themes: [],
  }));
  return { schemaVersion: SCHEMA_VERSION, generatedAt: '2024-03-02T00:00:00Z', articles, statements, speakers: [{ name: 'Ann Lee', count: 3 }], themes: [] };
}

describe('publishing the data as an index and article-text chunks', () => {
  const data = corpus(['0123456789 first', 'second text', 'third', 'fourth article']);

  it('leaves the text out of the index and packs articles in order into chunks of about the given size', () => {
    const { index, chunks } = publish(data, 20);
    expect(JSON.stringify(index)).not.toContain('second text');
    expect(index.articles.map((a) => [a.id, a.length, a.chunk])).toEqual([
      ['a0', 16, 'article-text/0001.json'],
      ['a1', 11, 'article-text/0001.json'],
      ['a2', 5, 'article-text/0002.json'],
      ['a3', 14, 'article-text/0002.json'],
    ]);
    expect([...chunks.keys()]).toEqual(['article-text/0001.json', 'article-text/0002.json']);
    for (const chunk of chunks.values()) expect(articleChunkSchema.safeParse(chunk).success).toBe(true);
    expect(dataIndexSchema.safeParse(index).success).toBe(true);
  });

  it('gives back the same corpus when index and chunks are put together', () => {
    const { index, chunks } = publish(data, 20);
    expect(assemble(index, chunks)).toEqual(data);
  });

  it('refuses a text from another build (length differs) and a missing one', () => {
    const { index, chunks } = publish(data);
    const chunk = chunks.get('article-text/0001.json');
    expect(chunkText(chunk, 'a1', 11)).toBe('second text');
    expect(chunkText(chunk, 'a1', 12)).toBeNull();
    expect(chunkText(chunk, 'nope', 11)).toBeNull();
    expect(() => assemble(index, new Map())).toThrow(/article a0: no text of length 16 in article-text\/0001.json/);
  });

  it('rejects an index whose offsets fall outside an article or whose chunk path is not a chunk', () => {
    const { index } = publish(data);
    const outside = { ...index, statements: index.statements.map((s, i) => (i === 0 ? { ...s, end: 17 } : s)) };
    expect(dataIndexSchema.safeParse(outside).error?.issues[0]?.message).toBe('offset 17 is outside article a0');
    const escaping = { ...index, articles: index.articles.map((a) => ({ ...a, chunk: '../../etc/passwd' })) };
    expect(dataIndexSchema.safeParse(escaping).success).toBe(false);
  });
});
