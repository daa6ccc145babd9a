import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOutputs, runCli, tempDir } from './helpers.ts';

// Contract: what `npm run data` writes for the bundled articles is what the app is promised.
describe('statements.json of the bundled data/articles', () => {
  it('passes statementsFileSchema and every quote is the article text at its offsets', async () => {
    const out = join(await tempDir('st-contract-'), 'out');
    const run = await runCli(['--in', 'data/articles', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const { data, report } = await readOutputs(out); // both parsed with their zod schemas
    expect(data.articles.length).toBe(report.files.length);
    expect(data.statements.length).toBeGreaterThan(0);
    const texts = new Map(data.articles.map((a) => [a.id, a.text]));
    for (const s of data.statements) {
      const text = texts.get(s.articleId) ?? '';
      const spans = s.spans ?? [[s.start, s.end]];
      expect(spans[0]?.[0], s.id).toBe(s.start);
      expect(spans.at(-1)?.[1], s.id).toBe(s.end);
      // The quote is the span texts in order, joined only by whitespace or ellipses.
      let rest = s.quote;
      let previousEnd = 0;
      for (const [start, end] of spans) {
        expect(start, s.id).toBeGreaterThanOrEqual(previousEnd);
        expect(end, s.id).toBeGreaterThan(start);
        expect(end, s.id).toBeLessThanOrEqual(text.length);
        const piece = text.slice(start, end);
        const at = rest.indexOf(piece);
        expect(at, `${s.id}: "${piece}" in "${s.quote}"`).toBeGreaterThanOrEqual(0);
        expect(rest.slice(0, at), s.id).toMatch(/^[\s\u2026.]*$/);
        rest = rest.slice(at + piece.length);
        previousEnd = end;
      }
      expect(rest, s.id).toBe('');
    }
  }, 30_000);
});
