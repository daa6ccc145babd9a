import type { Lexicon } from '../domain/lexicon.ts';
import { findDoubleQuotes, findSingleQuotes, type QuoteRegion } from './text/quotes.ts';
import { splitParagraphs, splitSentences, type Sentence, type Span } from './text/segments.ts';
import { tokenize, type Token } from './text/tokens.ts';
import { findCues, type CueMatch } from './extractors/cues.ts';

export interface SentenceInfo extends Sentence {
  index: number;
  tokens: Token[];
  cues: CueMatch[];
}

/** Everything extractors and refiners read: the text, its segments, quotations, tokens and cues. */
export interface ParseContext {
  text: string;
  bodyStart: number;
  lexicon: Lexicon;
  paragraphs: Span[];
  /** Paragraphs that read as headlines or boilerplate (no sentence-final punctuation). */
  headlines: Set<number>;
  quotes: QuoteRegion[];
  singles: QuoteRegion[];
  sentences: SentenceInfo[];
}

const BOILERPLATE = /^(?:recall|read more|advertisement|related|see also|watch|listen|share this|subscribe)\b/i;

/** Segments the body into paragraphs, quotations, sentences and tokens with cues. */
export function buildContext(text: string, bodyStart: number, lexicon: Lexicon): ParseContext {
  const paragraphs = splitParagraphs(text, bodyStart);
  const quotes = findDoubleQuotes(text, paragraphs);
  const singles = findSingleQuotes(text, paragraphs, quotes);
  const headlines = new Set<number>();
  paragraphs.forEach((p, i) => {
    const body = text.slice(p.start, p.end);
    const unquoted = body.replace(/[\s"'\u201d\u2019)]+$/, '');
    if (BOILERPLATE.test(body) || !/[.!?\u2026:,]$/.test(unquoted)) headlines.add(i);
  });
  const allQuotes = mergeRegions(quotes, singles);
  const sentences: SentenceInfo[] = [];
  paragraphs.forEach((p, pi) => {
    for (const s of splitSentences(text, p, pi, quotes)) {
      const tokens = tokenize(text, s.start, s.end, allQuotes);
      sentences.push({ ...s, index: sentences.length, tokens, cues: findCues(tokens).map((c) => ({ ...c, text: text.slice(c.start, c.end) })) });
    }
  });
  return { text, bodyStart, lexicon, paragraphs, headlines, quotes: allQuotes, singles, sentences };
}

function mergeRegions(a: readonly QuoteRegion[], b: readonly QuoteRegion[]): QuoteRegion[] {
  if (!b.length) return [...a];
  const doubles = a.map((r) => ({ ...r }));
  const shift = new Map<number, number>();
  const merged = [...doubles.map((r, i) => ({ r, i })), ...b.map((r) => ({ r, i: -1 }))].sort((x, y) => x.r.open - y.r.open);
  merged.forEach((m, n) => {
    if (m.i >= 0) shift.set(m.i, n);
  });
  return merged.map(({ r }) => (r.continues !== undefined ? { ...r, continues: shift.get(r.continues) ?? r.continues } : r));
}
