import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFiles, loadLexicon, parseFile } from '../fixtures/load.ts';
import { explain, readGold, score, toPredictions } from '../fixtures/score.ts';

// The quality bar on the two seed articles; the gold is a committed copy of
// ../shared/seeds/gold.jsonl so the test needs nothing outside the repository.
const gold = readGold(resolve('tests/fixtures/expected/seeds.gold.jsonl'));
const lexicon = loadLexicon();
const parsed = articleFiles(resolve('data/articles')).map((path) => parseFile(path, lexicon));
const predictions = parsed.flatMap((r) => toPredictions(r.file, r.statements));
const result = score(gold, predictions);

describe('seed articles (data/articles) against the seed gold', () => {
  it('reads both seed articles', () => {
    expect(parsed.map((r) => r.article?.date)).toEqual(['2024-01-07', '2023-08-15']);
  });

  it('finds every gold statement (soft recall 100%)', () => {
    expect(result.missed, explain(result)).toEqual([]);
  });

  it('names the right speaker for every matched statement (100%)', () => {
    expect(result.wrongSpeaker, explain(result)).toEqual([]);
  });

  it('keeps precision at 90% or more', () => {
    expect(result.precision, explain(result)).toBeGreaterThanOrEqual(0.9);
  });

  it('tags every gold theme, with at most one extra theme per statement', () => {
    const problems = result.pairs.flatMap(([g, p]) => {
      const want = g.themes ?? [];
      const missing = want.filter((t) => !p.themes.includes(t));
      const extra = p.themes.filter((t) => !want.includes(t));
      return missing.length || extra.length > 1 ? [`${g.content.slice(0, 50)}… want ${want.join(',')} got ${p.themes.join(',')}`] : [];
    });
    expect(result.pairs.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
