import { describe, expect, it } from 'vitest';
import type { ThemeLexicon } from '../../../src/domain/lexicon.ts';
import { tagThemes } from '../../../src/parser/refiners/tag-themes.ts';
import { loadLexicon } from '../../fixtures/load.ts';

const themes = {
  themes: [
    { id: 'air-defense', label: 'Air defense', terms: ['air defense', 'air defence'] },
    { id: 'sanctions', label: 'Sanctions', terms: ['sanction'] },
    { id: 'energy', label: 'Energy', terms: ['power grid'] },
  ],
};

describe('tagThemes', () => {
  it.each([
    ['We need more air defenses.', ['air-defense']],
    ['Sanctions were imposed and the grid sanctioned.', ['sanctions']],
    ['Air-defence and the power grids', ['air-defense', 'energy']],
    ['The sanctionable offence', []],
  ])('%s', (quote, want) => expect(tagThemes(quote, themes)).toEqual(want));
});

/** The former matcher, one case-insensitive expression per theme scanned over the whole quote: the word-index matcher must agree with it. */
const compiled = new WeakMap<ThemeLexicon, { id: string; pattern: RegExp }[]>();
function reference(quote: string, lexicon: ThemeLexicon): string[] {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let patterns = compiled.get(lexicon);
  if (!patterns) {
    patterns = lexicon.themes.map((t) => {
      const alternatives = t.terms.map((term) => {
        const words = term.trim().split(/\s+/).map(escape);
        const last = words.pop() ?? '';
        const stem = last.length > 4 && /e$/.test(last) ? last.slice(0, -1) + '(?:e|es|ed|ing)?' : `${last}(?:s|es|ed|ing|d)?`;
        return [...words, stem].join('[\\s-]+');
      });
      return { id: t.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu') };
    });
    compiled.set(lexicon, patterns);
  }
  return patterns.filter((t) => t.pattern.test(quote)).map((t) => t.id);
}

const odd: ThemeLexicon = {
  themes: [
    { id: 'hyphen', label: 'Hyphenated', terms: ['co-operate', 'F-16', 'pay-to-play', "women's rights", 'anti-aircraft'] },
    { id: 'stems', label: 'Stems', terms: ['cooperate', 'produce', 'vote', 'tax', 'Dome', 'ally', 'US'] },
    { id: 'phrases', label: 'Phrases', terms: ['the West', 'rule of law', 'climate   change', 'net-zero', 'Iron Dome'] },
    { id: 'strange', label: 'Strange', terms: ['#metoo', 'café', '  ', '9/11', 'U.S.'] },
    { id: 'dup', label: 'Same id twice', terms: ['vote'] },
    { id: 'dup', label: 'Same id twice', terms: ['votes'] },
  ],
};

describe('tagThemes word index agrees with the per-theme expressions', () => {
  const sentences = [
    'The West must co-operate, and cooperation is cooperating.',
    'They voted; the voters VOTE, vote-rigging and revoted.',
    'Taxes, TAXED, taxing and taxd; a taxi is not a tax.',
    'Iron  Dome and the Iron-Domes; the domes; Dome.',
    'Rule-of-law and rule of  laws, ruled of law.',
    'Climate change and climate-changes, climatechange.',
    "Women's rights and women’s rights, WOMEN'S RIGHTSED.",
    'F-16s, f-16, F-160 and F 16; anti-aircrafts, anti aircraft.',
    'Pay-to-play, pay to play; net zero, net-zeros, NET-ZERO.',
    'The alliance and allies; allys; Ally.',
    'We produced, producing, produces; producer; reproduce.',
    'A café, the #metoo movement, on 9/11, in the U.S. and the US, USes.',
    'Strange letters: ſanctions, ſtate taxeſ, \u212Aeys, İron Dome, ıron dome.',
    'Nothing here at all, just words and 123 numbers.',
    'Letters after a term: votesé, taxé, producesé, produceé, Iron Domeß, the Westé.',
    'Marks after a term: vote\u0301, tax’s, the West’s, Iron Dome\u00a0system, taxes\u2014and.',
    'Astral 𝐀 letters and air 𝐝efense; vote𝐀 and 𝐀vote.',
  ];
  it.each(sentences)('%s', (sentence) => {
    expect(tagThemes(sentence, odd)).toEqual(reference(sentence, odd));
  });

  it('on the project lexicon, for invented sentences and every term in several spellings', () => {
    const lexicon = loadLexicon().themes;
    const variants = (t: string): string[] => [t, t.toUpperCase(), t.toLowerCase(), `${t}s`, `${t}d`, `${t}ing`, `${t}es`, `${t}ers`, t.replace(/ /g, '-'), t.replace(/ /g, '  '), `pre${t}`, t.slice(0, -1)];
    const quotes = lexicon.themes.flatMap((th) => th.terms.flatMap((t) => variants(t).map((v) => `They said ${v}, again.`)));
    quotes.push(...sentences, 'The sanctions on Russian oil hurt the economy and the West', 'Air-defence systems and Patriot batteries shot down drones');
    const mismatches = quotes.filter((q) => JSON.stringify(tagThemes(q, lexicon)) !== JSON.stringify(reference(q, lexicon)));
    expect(mismatches).toEqual([]);
    expect(quotes.length).toBeGreaterThan(10000);
  });
});
