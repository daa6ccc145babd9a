import type { ParseContext, SentenceInfo } from '../context.ts';
import { npStartingAt } from '../mentions.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Adverbs and auxiliaries between the reported matter and "reported by" ("was first reported by", "had earlier been reported by"). */
const BEFORE_REPORTED = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'been', 'first', 'initially', 'previously', 'earlier', 'originally', 'also']);
/** Tokens that open the clause holding the reported matter. */
const CLAUSE_OPENERS = new Set([',', ';', ':', '\u2014', '\u2013', '--', '(', 'that', 'and', 'but', 'which', 'after', 'before', 'when', 'while', 'as', 'because']);
const SOURCE_STOPS = new Set(['on', 'in', 'at', 'last', 'this', 'earlier', 'and', 'which', 'that', 'who']);
const MAX_MATTER = 10;

/** "The marketing effort was first reported by The Wall Street Journal", "— a fact first reported by a local reporter": the outlet reported the matter. */
export function reportedBy(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let r = 1; r < tokens.length - 2; r++) {
    const reported = tokens[r];
    if (!reported || reported.quote >= 0 || reported.lower !== 'reported' || tokens[r + 1]?.lower !== 'by') continue;
    const mention = npStartingAt(tokens, r + 2, ctx.text, SOURCE_STOPS);
    if (!mention || !tokens[mention.to - 1]?.cap) continue;
    let e = r - 1;
    while (e > 0 && BEFORE_REPORTED.has(tokens[e]?.lower ?? '')) e--;
    let from = e;
    while (from > 0 && e - from < MAX_MATTER && tokens[from - 1]?.quote === -1 && !CLAUSE_OPENERS.has(tokens[from - 1]?.lower ?? '')) from--;
    const first = tokens[from];
    const last = tokens[e];
    // A clause-initial matter, or one set off by a dash or comma ("— a fact first reported by …").
    if (!first || !last || e - from >= MAX_MATTER || !last.word || CLAUSE_OPENERS.has(last.lower) || (from > 0 && !/^[,\u2014\u2013:;(-]/.test(tokens[from - 1]?.text ?? ''))) continue;
    const content = contentBetween(ctx, first.start, last.end);
    if (content) out.push({ ...content, cue: ctx.text.slice(reported.start, tokens[r + 1]?.end ?? reported.end), cueStart: reported.start, mention, sentence: s.index, source: 'reported-by' });
  }
  return out;
}
