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

const CLOSERS = new Set([' ', '\t', '"', "'", '\u201d', '\u2019', ')']);
const HEADLINE_MAX = 200;
const SENTENCE_END = /[.!?]["'\u201d\u2019)]*\s+["'\u201c\u2018(]*[A-Z0-9]/;
const BOILERPLATE = /^(?:recall|read more|advertisement|related|see also|watch|listen|share this|subscribe)\b/i;

/** Segments the body into paragraphs, quotations, sentences and tokens with cues. */
export function buildContext(text: string, bodyStart: number, lexicon: Lexicon): ParseContext {
  const paragraphs = splitParagraphs(text, bodyStart);
  const quotes = findDoubleQuotes(text, paragraphs);
  const singles = findSingleQuotes(text, paragraphs, quotes);
  const headlines = new Set<number>();
  paragraphs.forEach((p, i) => {
    const body = text.slice(p.start, p.end);
    let e = body.length;
    while (e > 0 && CLOSERS.has(body[e - 1] ?? '')) e--;
    // A headline is one short line without a full stop; a long paragraph that merely lost its last stop is prose.
    const unfinished = !/[.!?\u2026:,]/.test(body[e - 1] ?? '');
    if (BOILERPLATE.test(body) || (unfinished && e <= HEADLINE_MAX && !SENTENCE_END.test(body.slice(0, e)))) headlines.add(i);
  });
  const allQuotes = mergeRegions(quotes, singles);
  const sentences: SentenceInfo[] = [];
  paragraphs.forEach((p, pi) => {
    for (const s of splitSentences(text, p, pi, quotes)) {
      for (const tokens of chunks(tokenize(text, s.start, s.end, allQuotes))) {
        const start = tokens.length === 0 ? s.start : Math.max(s.start, tokens[0]?.start ?? s.start);
        const end = tokens.length === 0 ? s.end : Math.min(s.end, tokens.at(-1)?.end ?? s.end);
        const whole = tokens.length > 0 && (tokens[0]?.start ?? 0) <= s.start + 2 && (tokens.at(-1)?.end ?? 0) >= s.end - 2;
        const cues = findCues(tokens);
        // Filled in place, not spread into copies: V8 spreads objects through a slow path, and this runs for every cue.
        for (const c of cues) c.text = text.slice(c.start, c.end);
        sentences.push({ start: whole ? s.start : start, end: whole ? s.end : end, paragraph: s.paragraph, index: sentences.length, tokens, cues });
      }
    }
  });
  return { text, bodyStart, lexicon, paragraphs, headlines, quotes: allQuotes, singles, sentences };
}

const MAX_UNQUOTED = 400;
const CHUNK = 200;

/** A run-on "sentence" with hundreds of unquoted words is cut into pieces, so the work per cue stays bounded. */
function chunks(tokens: Token[]): Token[][] {
  let unquoted = 0;
  for (const t of tokens) if (t.quote < 0) unquoted++;
  if (unquoted <= MAX_UNQUOTED) return [tokens];
  const out: Token[][] = [];
  for (let i = 0; i < tokens.length; i += CHUNK) out.push(tokens.slice(i, i + CHUNK));
  return out;
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
