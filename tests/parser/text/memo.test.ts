import { describe, expect, it } from 'vitest';
import { subjectBefore } from '../../../src/parser/mentions.ts';
import { nameWords, parseName } from '../../../src/parser/refiners/names.ts';
import { memo } from '../../../src/parser/text/memo.ts';
import { tokenize } from '../../../src/parser/text/tokens.ts';

describe('memo', () => {
  it('computes each key once and stays bounded', () => {
    const calls: string[] = [];
    const upper = memo((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect([upper('a'), upper('a'), upper('b'), upper('a')]).toEqual(['A', 'A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    upper('c'); // full: the memo starts over
    upper('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('shared results are frozen', () => {
  it('parseName gives the same frozen answer for the same mention', () => {
    const a = parseName('Mayor Nora Whitfield');
    expect(parseName('Mayor Nora Whitfield')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a).toMatchObject({ kind: 'name', name: 'Nora Whitfield' });
    if (a.kind === 'name') expect(Object.isFrozen(a.titles)).toBe(true);
  });

  it('nameWords splits a name once and gives its lowercased last word', () => {
    const w = nameWords('Nora van Whitfield');
    expect(w).toEqual({ words: ['Nora', 'van', 'Whitfield'], lastLower: 'whitfield' });
    expect(nameWords('Nora van Whitfield')).toBe(w);
  });

  it('subjectBefore answers a repeated question from its memo, per text', () => {
    const text = 'Nora Whitfield, the harbor master, said the pier would reopen.';
    const tokens = tokenize(text, 0, text.length, []);
    const cue = tokens.findIndex((t) => t.lower === 'said');
    const first = subjectBefore(tokens, cue, text);
    expect(first).toMatchObject({ text: 'Nora Whitfield', form: 'name' });
    expect(subjectBefore(tokens, cue, text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(subjectBefore(tokens, cue, '')).toMatchObject({ text: '', form: 'name', from: first?.from, to: first?.to });
  });
});
