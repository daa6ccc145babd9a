import type { ThemeLexicon } from '../../domain/lexicon.ts';

const cache = new WeakMap<ThemeLexicon, { id: string; pattern: RegExp }[]>();

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(themes: ThemeLexicon): { id: string; pattern: RegExp }[] {
  let compiled = cache.get(themes);
  if (!compiled) {
    compiled = themes.themes.map((t) => {
      const alternatives = t.terms.map((term) => {
        const words = term.trim().split(/\s+/).map(escape);
        const last = words.pop() ?? '';
        const stem = last.length > 4 && /e$/.test(last) ? last.slice(0, -1) + '(?:e|es|ed|ing)?' : `${last}(?:s|es|ed|ing|d)?`;
        return [...words, stem].join('[\\s-]+');
      });
      return { id: t.id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu') };
    });
    cache.set(themes, compiled);
  }
  return compiled;
}

/** Ids of the themes whose terms occur in the quote (whole words, case-insensitive, simple inflections). */
export function tagThemes(quote: string, themes: ThemeLexicon): string[] {
  return compile(themes)
    .filter((t) => t.pattern.test(quote))
    .map((t) => t.id);
}
