import { describe, expect, it } from 'vitest';
import { EMPTY_LEXICON, type Lexicon } from '../../src/domain/lexicon.ts';
import { parseArticle } from '../../src/parser/parse-article.ts';

const lexicon: Lexicon = {
  speakers: { speakers: [{ name: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Zelenskiy'], roles: ['President of Ukraine'], kind: 'person' }] },
  themes: { themes: [{ id: 'air-defense', label: 'Air defense', terms: ['air defense', 'air defence'] }, { id: 'energy', label: 'Energy', terms: ['power plant'] }] },
};

function parse(text: string, lex: Lexicon = EMPTY_LEXICON) {
  return parseArticle(text, { file: 'a.txt', lexicon: lex });
}

describe('parseArticle pipeline', () => {
  it('reports a missing header and returns no article', () => {
    const r = parse('no header here');
    expect(r.article).toBeNull();
    expect(r.diagnostics[0]?.rule).toBe('header/missing-date');
  });

  it('keeps offsets into the whole text with a BOM and CRLF line ends', () => {
    const text = '\uFEFF date 2024-02-01\r\nThe mayor spoke.\r\n\r\n“We will rebuild the power plants,” Mayor Ada Lund said.\r\n';
    const r = parse(text, lexicon);
    expect(r.statements).toHaveLength(1);
    const s = r.statements[0];
    expect(s && text.slice(s.start, s.end)).toBe('We will rebuild the power plants,');
    expect(s?.themes).toEqual(['energy']);
  });

  it('reads words that are names of built-in object properties as plain words', () => {
    // Lookup tables keyed by a token's text once returned Object's own members for these words and crashed the parse.
    const text = ' date 2024-02-01 The constructor of the bridge said it was safe. Ms. Vale called toString a trap. “Watch the valueOf hasOwnProperty __proto__ calls,” Vale told reporters.';
    const r = parse(text);
    expect(r.statements.map((s) => text.slice(s.start, s.end))).toEqual(['it was safe', 'toString a trap', 'Watch the valueOf hasOwnProperty __proto__ calls,']);
  });

  it('gives unique ids and tags themes with inflections', () => {
    const text = ' date 2024-02-01 Minister Kai Berg said air defenses must grow. Berg added that air defence is a priority.';
    const r = parse(text, lexicon);
    expect(r.statements.map((s) => s.themes)).toEqual([['air-defense'], ['air-defense']]);
    expect(new Set(r.statements.map((s) => s.id)).size).toBe(r.statements.length);
  });

  it('resolves spelling variants and lexicon aliases to one canonical speaker', () => {
    const text = ' date 2024-02-01 Ukrainian President Volodymyr Zelenskyy spoke in Kyiv. Zelensky said the front is stable. “We hold,” Zelenskiy said.';
    expect(parse(text, lexicon).statements.map((s) => s.speaker)).toEqual(['Volodymyr Zelenskyy', 'Volodymyr Zelenskyy']);
  });

  it('skips headline-like paragraphs and boilerplate', () => {
    const text = ' date 2024-02-01 The vote passed.\n\nRead more:\n\nMinister says talks are ‘ridiculous’\n\nGovernor slams plan - Adams';
    expect(parse(text).statements).toEqual([]);
  });

  it('finishes a 1 MB article of unclosed quotations', () => {
    const chunk = '“This quote never ends and he said that nobody closes it, said the senator ';
    const text = ` date 2024-02-01 ${chunk.repeat(Math.ceil(1_000_000 / chunk.length))}`;
    const r = parse(text);
    expect(r.article).not.toBeNull();
  });

  it('finishes a 1 MB article of short attributed paragraphs', () => {
    const paras = Array.from({ length: 11_000 }, (_, i) => `“We will win ${i} times,” he said. The senator said that taxes would fall ${i} percent, according to aides.\n\n`);
    const text = ` date 2024-02-01 Senator Ann Lee spoke.\n\n${paras.join('')}`;
    const r = parse(text);
    expect(r.statements.length).toBeGreaterThan(1000);
    // Speed is measured by `npm run bench`; the timeout only has to survive a busy machine.
  }, 60_000);
});

describe('pathological input stays linear', () => {
  it.each([
    ['quote marks', '"'.repeat(500_000) + 'x'],
    ['dotted initials', 'a.'.repeat(300_000) + ' The end.'],
    ['one long sentence of names', 'Ann Lee '.repeat(120_000) + 'said so.'],
    ['apostrophes', "''".repeat(300_000)],
  ])('%s', (_name, body) => {
    const r = parse(` date 2024-02-01 ${body}`);
    expect(r.article).not.toBeNull();
  });
});

describe('run-on text with many cues stays linear', () => {
  it.each([
    ['a said-chain without punctuation', 'he said '.repeat(125_000)],
    ['parenthetical attributions', 'X, he said, '.repeat(80_000)],
  ])('%s', (_name, body) => {
    expect(parse(` date 2024-02-01 ${body}`).article).not.toBeNull();
    // A guard against runaway (quadratic) time, not a speed test: `npm run bench` measures speed.
  }, 60_000);
});

describe('many distinct speakers stay linear', () => {
  it('parses 15,000 people quoted once each', () => {
    const word = (n: number): string => {
      let s = '';
      let i = n;
      do {
        s += String.fromCharCode(97 + (i % 26));
        i = Math.floor(i / 26);
      } while (i > 0);
      return `${s.charAt(0).toUpperCase()}${s.slice(1)}son`;
    };
    const body = Array.from({ length: 15_000 }, (_, i) => `Mayor ${word(i)} ${word(i + 7)} spoke. “We win ${i},” ${word(i + 7)} said.`).join('\n\n');
    expect(parse(` date 2024-02-01 ${body}`).statements.length).toBe(15_000);
    // Speed is measured by `npm run bench`; the timeout only has to survive a busy machine.
  }, 60_000);
});
