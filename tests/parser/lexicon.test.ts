import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { speakerLexiconSchema, themeLexiconSchema } from '../../src/domain/lexicon.ts';

const load = (file: string): unknown => JSON.parse(readFileSync(resolve('data/lexicon', file), 'utf8'));

/** Every value that occurs more than once, compared case- and space-insensitively. */
function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) {
    const key = v.toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) dup.add(v);
    seen.add(key);
  }
  return [...dup];
}

describe('data/lexicon/speakers.json', () => {
  const lexicon = speakerLexiconSchema.parse(load('speakers.json'));

  it('passes the zod schema and is not empty', () => {
    expect(lexicon.speakers.length).toBeGreaterThanOrEqual(150);
  });

  it('gives every name and alias to one speaker only', () => {
    // An entry may repeat its own name among its aliases; two entries may not share a form.
    const forms = lexicon.speakers.flatMap((s) => [...new Set([s.name, ...s.aliases].map((f) => f.toLowerCase()))]);
    expect(duplicates(forms)).toEqual([]);
  });

  it('has trimmed, non-empty names, aliases and roles', () => {
    for (const s of lexicon.speakers)
      for (const v of [s.name, ...s.aliases, ...s.roles]) expect(v, s.name).toBe(v.trim());
  });
});

describe('data/lexicon/themes.json', () => {
  const lexicon = themeLexiconSchema.parse(load('themes.json'));

  it('passes the zod schema with a general set of themes', () => {
    expect(lexicon.themes.length).toBeGreaterThanOrEqual(25);
    for (const id of ['air-defense', 'defense-industry', 'partners', 'disinformation', 'sanctions', 'victory-and-peace'])
      expect(lexicon.themes.map((t) => t.id)).toContain(id);
  });

  it('has unique ids and labels', () => {
    expect(duplicates(lexicon.themes.map((t) => t.id))).toEqual([]);
    expect(duplicates(lexicon.themes.map((t) => t.label))).toEqual([]);
  });

  it('does not repeat a term inside one theme', () => {
    for (const t of lexicon.themes) expect(duplicates(t.terms), t.id).toEqual([]);
  });
});
