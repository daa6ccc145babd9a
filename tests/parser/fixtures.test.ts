import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/domain/statement.ts';
import { articleFiles, loadLexicon, parseFile } from '../fixtures/load.ts';
import { explain, readGold, score, toPredictions } from '../fixtures/score.ts';

// Invented articles with hand-written gold (tests/fixtures/expected/<name>.gold.jsonl) and a
// reviewed golden file of the parser output (<name>.snap.json). An article has 4-8 statements,
// so one error moves its score by 12-25 points: the per-article bar allows one slip, the bar
// over all fixtures together is the real one.
const THRESHOLDS = { recall: 0.8, precision: 0.8, speaker: 0.75 };
const OVERALL = { recall: 0.9, precision: 0.9, speaker: 0.9 };

// Golden files are committed only after each statement in them was checked by hand. Articles
// whose output still has a known error are left out until the parser is fixed:
//   business-plant-closure: "blaming rising energy costs …" taken as a statement by the company
//   local-bus-lanes: "According to the city's transport department" gives speaker "city"
//   foreign-water-treaty: "said it expected …" read twice (cue "expected" inside the content)
// (The golden file of courts-voting-map is correct but incomplete: the parser misses the
// participle attribution "ruling that …".)
const REVIEWED = new Set(['climate-managed-retreat', 'courts-voting-map', 'health-measles', 'sport-cup-semifinal', 'tech-thermostat-recall']);

const lexicon = loadLexicon();
const files = articleFiles(resolve('tests/fixtures/articles'));

/** The parts of a statement worth pinning in a golden file (ids are derived, dates come from the header). */
function snapshotOf(statements: readonly Statement[]): string {
  const rows = statements.map((s) => ({
    speaker: s.speaker,
    speakerMention: s.speakerMention,
    cue: s.cue,
    kind: s.kind,
    start: s.start,
    end: s.end,
    ...(s.spans ? { spans: s.spans } : {}),
    quote: s.quote,
    themes: s.themes,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

describe('all fixture articles together', () => {
  const gold = files.flatMap((path) => readGold(resolve(`tests/fixtures/expected/${basename(path, '.txt')}.gold.jsonl`)));
  const predictions = files.flatMap((path) => {
    const parsed = parseFile(path, lexicon);
    return toPredictions(parsed.file, parsed.statements);
  });
  const result = score(gold, predictions);

  it(`reach recall ${OVERALL.recall * 100}%, precision ${OVERALL.precision * 100}%, speaker accuracy ${OVERALL.speaker * 100}%`, () => {
    const summary = explain(result);
    expect(result.recall, summary).toBeGreaterThanOrEqual(OVERALL.recall);
    expect(result.precision, summary).toBeGreaterThanOrEqual(OVERALL.precision);
    expect(result.speakerAccuracy, summary).toBeGreaterThanOrEqual(OVERALL.speaker);
  });

  it('tag every gold theme of 90% of matched statements, with at most one extra theme', () => {
    const wrong = result.pairs.filter(([g, p]) => {
      const want = g.themes ?? [];
      return want.some((t) => !p.themes.includes(t)) || p.themes.filter((t) => !want.includes(t)).length > 1;
    });
    const lines = wrong.map(([g, p]) => `${g.content.slice(0, 50)}… want [${(g.themes ?? []).join(',')}] got [${p.themes.join(',')}]`);
    expect(wrong.length / Math.max(1, result.pairs.length), lines.join('\n')).toBeLessThanOrEqual(0.1);
  });
});

describe.each(files.map((path) => [basename(path, '.txt'), path] as const))('fixture %s', (name, path) => {
  const parsed = parseFile(path, lexicon);
  const gold = readGold(resolve(`tests/fixtures/expected/${name}.gold.jsonl`));
  const result = score(gold, toPredictions(parsed.file, parsed.statements));

  it('is read as an article without diagnostics', () => {
    expect(parsed.article?.date).toBe(gold[0]?.date);
    expect(parsed.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it(`finds at least ${THRESHOLDS.recall * 100}% of the gold statements`, () => {
    expect(result.recall, explain(result)).toBeGreaterThanOrEqual(THRESHOLDS.recall);
  });

  it(`keeps precision at ${THRESHOLDS.precision * 100}% or more`, () => {
    expect(result.precision, explain(result)).toBeGreaterThanOrEqual(THRESHOLDS.precision);
  });

  it(`names the gold speaker for at least ${THRESHOLDS.speaker * 100}% of matched statements`, () => {
    expect(result.speakerAccuracy, explain(result)).toBeGreaterThanOrEqual(THRESHOLDS.speaker);
  });

  it('quotes the article text exactly at its offsets', () => {
    for (const s of parsed.statements) {
      const spans = s.spans ?? [[s.start, s.end]];
      for (const [a, b] of spans) {
        expect(a, s.quote).toBeLessThan(b);
        expect(b, s.quote).toBeLessThanOrEqual(parsed.text.length);
      }
      expect(s.start).toBe(spans[0]?.[0]);
      expect(s.end).toBe(spans.at(-1)?.[1]);
    }
  });

  it.runIf(REVIEWED.has(name))('matches its reviewed golden file', async () => {
    await expect(snapshotOf(parsed.statements)).toMatchFileSnapshot(`../fixtures/expected/${name}.snap.json`);
  });
});
