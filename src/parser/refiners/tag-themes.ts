import type { ThemeLexicon } from '../../domain/lexicon.ts';
import { internAscii } from '../text/intern.ts';
import { letterOrDigitAt } from '../text/tokens.ts';

/**
 * A theme matches when one of its terms occurs in the quote: the term's words joined by spaces or
 * hyphens, the last one with a simple inflection, as a whole word, case-insensitively.
 *
 * Testing one big regular expression per theme against every quote costs a scan of the quote per
 * theme. Instead each term is indexed under the word a match must start with; one pass over the
 * quote's words looks them up and tests only those terms, anchored at that word. The result is the
 * same as the per-theme expressions': a term matching at offset p must start a word there (its
 * look-behind), and that word is fixed by the term's first word (or its inflected forms).
 */
interface Term {
  theme: number;
  source: string;
  /**
   * The term's expression, anchored (sticky) where its first word starts, ending before anything
   * but an ASCII letter or digit: a cheap superset of the exact end (no letter or digit), because
   * an expression holding \p{L} costs about a millisecond to compile, which for 900 terms would
   * outweigh the matching itself.
   */
  at: RegExp;
  /** The exact expression, compiled only when the cheap one ends before a non-ASCII letter. */
  exact?: RegExp;
}

interface Compiled {
  ids: string[];
  /** Themes with a term the index cannot hold (non-ASCII text, or not starting with a letter or digit), tested with the expression of all their terms. */
  always: { theme: number; pattern: RegExp }[];
  /** Lower-case word → the terms a match starting at that word could belong to. */
  index: Map<string, Term[]>;
  /** lowerHash of every key of the index: most words of a quote are no key, and are passed over without being sliced. */
  keys: Set<number>;
}

const cache = new WeakMap<ThemeLexicon, Compiled>();
const LEADING_WORD = /^[\p{L}\p{N}]*/u;
const ASCII = /^\p{ASCII}*$/u;
/** The only non-ASCII characters that case-insensitive Unicode matching equates with ASCII ones. */
const ASCII_FOLDS = /[\u017f\u212a]/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const END = '(?![\\p{L}\\p{N}])';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term's expression (words joined by spaces or hyphens, inflected last word) and the words its matches can start with. */
function termPattern(term: string): { source: string; starts: string[] | null } {
  const raw = term.trim().split(/\s+/);
  const words = raw.map(escape);
  const last = words.pop() ?? '';
  const dropE = last.length > 4 && /e$/.test(last);
  const stem = dropE ? last.slice(0, -1) + '(?:e|es|ed|ing)?' : `${last}(?:s|es|ed|ing|d)?`;
  const source = [...words, stem].join('[\\s-]+');
  const first = raw.length > 1 ? (raw[0] ?? '') : dropE ? (raw[0] ?? '').slice(0, -1) : (raw[0] ?? '');
  const key = LEADING_WORD.exec(first)?.[0] ?? '';
  if (key === '' || !ASCII.test(term)) return { source, starts: null };
  const lower = key.toLowerCase();
  // After a first word of several, or a hyphen or apostrophe inside it, the word in the text ends with the key; a lone word takes its endings.
  if (raw.length > 1 || key.length < first.length) return { source, starts: [lower] };
  const endings = dropE ? ['', 'e', 'es', 'ed', 'ing'] : ['', 's', 'es', 'ed', 'ing', 'd'];
  return { source, starts: endings.map((e) => lower + e) };
}

function compile(themes: ThemeLexicon): Compiled {
  let compiled = cache.get(themes);
  if (compiled) return compiled;
  compiled = { ids: [], always: [], index: new Map(), keys: new Set() };
  for (const [i, t] of themes.themes.entries()) {
    const alternatives: string[] = [];
    let always = false;
    for (const term of t.terms) {
      const { source, starts } = termPattern(term);
      alternatives.push(source);
      if (!starts) {
        always = true;
        continue;
      }
      const entry: Term = { theme: i, source, at: new RegExp(`(?:${source})(?![0-9A-Za-z])`, 'iuy') };
      for (const s of new Set(starts)) {
        const list = compiled.index.get(s);
        if (list) list.push(entry);
        else compiled.index.set(s, [entry]);
      }
    }
    compiled.ids.push(t.id);
    if (always) compiled.always.push({ theme: i, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${END}`, 'iu') });
  }
  for (const key of compiled.index.keys()) compiled.keys.add(lowerHash(key, 0, key.length));
  cache.set(themes, compiled);
  return compiled;
}

const BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/** FNV-1a hash of the lower-case form of an ASCII stretch of `s`. */
function lowerHash(s: string, from: number, to: number): number {
  let h = BASIS;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c | 0x20 : c), PRIME);
  }
  return h;
}

function fold(word: string): string {
  return (ASCII.test(word) ? word : word.replace(ASCII_FOLDS, (c) => (c === '\u017f' ? 's' : 'k'))).toLowerCase();
}

/** Whether the term matches at `start`: the cheap expression decides unless its match ends before a non-ASCII letter or digit. */
function matchesAt(t: Term, quote: string, start: number): boolean {
  t.at.lastIndex = start;
  if (!t.at.test(quote)) return false;
  const end = t.at.lastIndex;
  if (end >= quote.length || quote.charCodeAt(end) < 0x80) return true;
  LETTER_OR_DIGIT.lastIndex = end;
  if (!LETTER_OR_DIGIT.test(quote)) return true;
  t.exact ??= new RegExp(`(?:${t.source})${END}`, 'iuy');
  t.exact.lastIndex = start;
  return t.exact.test(quote);
}

/** Ids of the themes whose terms occur in the quote (whole words, case-insensitive, simple inflections). */
export function tagThemes(quote: string, themes: ThemeLexicon): string[] {
  const { ids, always, index, keys } = compile(themes);
  const found = new Uint8Array(ids.length);
  for (const a of always) if (a.pattern.test(quote)) found[a.theme] = 1;
  // The words are the runs /[\p{L}\p{N}]+/u would match, read by character code (the expression ran on every quote).
  for (let i = 0; i < quote.length; ) {
    let n = letterOrDigitAt(quote, i);
    if (n === 0) {
      i += isSurrogatePair(quote, i) ? 2 : 1;
      continue;
    }
    // The word's lowerHash, taken in the same pass: a word with a character past ASCII is looked up by its folded text instead.
    let ascii = true;
    let h = BASIS;
    let j = i;
    do {
      const c = quote.charCodeAt(j);
      if (n > 1 || c >= 0x80) ascii = false;
      else h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c | 0x20 : c), PRIME);
      j += n;
    } while ((n = letterOrDigitAt(quote, j)) > 0);
    if (ascii && !keys.has(h)) {
      i = j;
      continue;
    }
    const terms = index.get(ascii ? (internAscii(quote, i, j, true) ?? quote.slice(i, j).toLowerCase()) : fold(quote.slice(i, j)));
    if (terms) for (const t of terms) if (!found[t.theme] && matchesAt(t, quote, i)) found[t.theme] = 1;
    i = j;
  }
  return ids.filter((_, i) => found[i] === 1);
}

function isSurrogatePair(s: string, i: number): boolean {
  if (i + 1 >= s.length) return false;
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}
