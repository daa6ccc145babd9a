import { describe, expect, it } from 'vitest';
import { applyFilters, compareStatements, facetCounts, neighbour } from '../../src/domain/filters.ts';
import type { Statement } from '../../src/domain/statement.ts';

const st = (id: string, speaker: string, themes: string[], date = '2024-01-01', start = 0): Statement => ({
  id,
  articleId: 'a',
  date,
  speaker,
  speakerMention: speaker,
  quote: 'q',
  start,
  end: start + 1,
  cue: 'said',
  kind: 'direct',
  themes,
});

const data = [st('1', 'A', ['x']), st('2', 'A', ['y']), st('3', 'B', ['x', 'y']), st('4', 'C', [])];

describe('applyFilters', () => {
  it.each([
    ['no filter', [], [], ['1', '2', '3', '4']],
    ['one speaker', ['A'], [], ['1', '2']],
    ['two speakers (or)', ['A', 'C'], [], ['1', '2', '4']],
    ['one theme', [], ['x'], ['1', '3']],
    ['two themes (or)', [], ['x', 'y'], ['1', '2', '3']],
    ['speaker and theme (and)', ['A'], ['y'], ['2']],
    ['nothing matches', ['C'], ['x'], []],
  ])('%s', (_name, speakers, themes, ids) => {
    expect(applyFilters(data, { speakers, themes }).map((s) => s.id)).toEqual(ids);
  });
});

describe('facetCounts', () => {
  it('counts everything without filters', () => {
    const c = facetCounts(data, { speakers: [], themes: [] });
    expect(c.speakers).toEqual([
      { value: 'A', count: 2 },
      { value: 'B', count: 1 },
      { value: 'C', count: 1 },
    ]);
    expect(c.themes).toEqual([
      { value: 'x', count: 2 },
      { value: 'y', count: 2 },
    ]);
  });

  it('counts speakers under the theme filter and themes under the speaker filter', () => {
    const c = facetCounts(data, { speakers: ['B'], themes: ['y'] });
    expect(c.speakers).toEqual([
      { value: 'A', count: 1 },
      { value: 'B', count: 1 },
      { value: 'C', count: 0 },
    ]);
    expect(c.themes).toEqual([
      { value: 'x', count: 1 },
      { value: 'y', count: 1 },
    ]);
  });
});

describe('time order and neighbours', () => {
  const ordered = [st('late', 'A', [], '2024-02-01'), st('b', 'A', [], '2024-01-01', 50), st('a', 'A', [], '2024-01-01', 10)].sort(compareStatements);
  it('sorts by date then position', () => {
    expect(ordered.map((s) => s.id)).toEqual(['a', 'b', 'late']);
  });
  it('walks previous and next, null at the ends', () => {
    expect(neighbour(ordered, ordered[1]!, -1)?.id).toBe('a');
    expect(neighbour(ordered, ordered[1]!, 1)?.id).toBe('late');
    expect(neighbour(ordered, ordered[0]!, -1)).toBeNull();
    expect(neighbour(ordered, ordered[2]!, 1)).toBeNull();
  });
  it('walks from where a filtered-out statement would sit', () => {
    const hidden = st('h', 'Z', [], '2024-01-15');
    expect(neighbour(ordered, hidden, -1)?.id).toBe('b');
    expect(neighbour(ordered, hidden, 1)?.id).toBe('late');
  });
});
