import type { ParseContext, SentenceInfo } from '../context.ts';
import { DETERMINERS } from '../lexicon/people.ts';
import { isNameToken, npEndingAt, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { contentStart, sentenceSubject } from './clause.ts';
import type { CueMatch } from './cues.ts';
import { clauseEnd } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Conjunctions and prepositions that open an adverbial participle phrase ("After saying …,", "While praising …,"). */
const OPENERS = new Set(['after', 'while', 'since', 'before', 'besides', 'by', 'upon', 'when', 'despite', 'without', 'in']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
const SUBJECT_STOPS = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do', 'also', 'now', 'then', 'still', 'later']);

function candidate(ctx: ParseContext, s: SentenceInfo, cue: CueMatch, mention: Mention, from: number, end: number): Candidate | null {
  const first = s.tokens[from];
  if (!first) return null;
  const content = contentBetween(ctx, first.start, end);
  if (!content) return null;
  return { ...content, cue: cue.text, cueStart: cue.start, mention, sentence: s.index, source: 'adverbial-participle' };
}

/** The main clause's subject opening at `k`: a pronoun, a name, or a short determined noun phrase ("the man"). */
function subjectAfter(ctx: ParseContext, tokens: readonly Token[], k: number): Mention | null {
  const t = tokens[k];
  if (!t || t.quote >= 0) return null;
  if (PRONOUNS.has(t.lower)) return npEndingAt(tokens, k, ctx.text);
  let e = k;
  if (isNameToken(t)) {
    while (isNameToken(tokens[e + 1])) e++;
    return npEndingAt(tokens, e, ctx.text);
  }
  if (!DETERMINERS.has(t.lower)) return null;
  while (e - k < 4 && tokens[e + 1]?.word && tokens[e + 1]?.quote === -1 && !SUBJECT_STOPS.has(tokens[e + 1]?.lower ?? '') && !/(?:ed|ly)$/.test(tokens[e + 1]?.lower ?? '')) e++;
  const last = tokens[e];
  return e > k && last ? { from: k, to: e + 1, start: t.start, end: last.end, text: ctx.text.slice(t.start, last.end), form: 'nominal' } : null;
}

/** "After saying he was tired, the senator left", "While praising the plan, Lee said …": the subject after the phrase's comma is the speaker. */
function opening(ctx: ParseContext, s: SentenceInfo, cue: CueMatch): Candidate | null {
  const { tokens } = s;
  const lead = tokens[0]?.lower ?? '';
  const instead = lead === 'instead' && tokens[1]?.lower === 'of';
  if (!(OPENERS.has(lead) && cue.i === 1) && !(instead && cue.i === 2)) return null;
  const comma = tokens.findIndex((t, k) => k > cue.j && t.text === ',' && t.quote < 0);
  if (comma < 0) return null;
  const mention = subjectAfter(ctx, tokens, comma + 1);
  if (!mention) return null;
  return candidate(ctx, s, cue, mention, contentStart(tokens, cue), tokens[comma]?.start ?? s.end);
}

/** "Hart won his first race by denouncing the New Deal": the manner phrase's speaker is the subject of the sentence. */
function manner(ctx: ParseContext, s: SentenceInfo, cue: CueMatch): Candidate | null {
  const { tokens } = s;
  let b = cue.i - 1;
  if (/ly$/.test(tokens[b]?.lower ?? '')) b--;
  if (tokens[b]?.lower !== 'by' || b < 2 || tokens[b - 1]?.text === ',') return null;
  const mention = sentenceSubject(tokens, ctx.text, b);
  if (!mention) return null;
  const k = contentStart(tokens, cue);
  return candidate(ctx, s, cue, mention, k, clauseEnd(s, k));
}

/** Conjunctions opening a participle phrase after the main clause ("…, before adding that …", "… while arguing …", "aside from stating …"). */
const TRAILING_OPENERS = new Set(['before', 'after', 'while', 'without', 'besides']);

/** "Rubio responded before adding that …", "Trump has offered few ideas aside from stating that …": the main clause's subject said it. */
function subordinate(ctx: ParseContext, s: SentenceInfo, cue: CueMatch): Candidate | null {
  const { tokens } = s;
  const b = cue.i - 1;
  const opener = tokens[b]?.lower ?? '';
  const aside = opener === 'from' && tokens[b - 1]?.lower === 'aside';
  if ((!TRAILING_OPENERS.has(opener) && !aside) || b < 2) return null;
  const mention = sentenceSubject(tokens, ctx.text, aside ? b - 1 : b);
  if (!mention) return null;
  const k = contentStart(tokens, cue);
  return candidate(ctx, s, cue, mention, k, clauseEnd(s, k));
}

/** Speech participles in adverbial phrases: an opening "After saying …," or a manner "by denouncing …". */
export function adverbialParticiple(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of s.cues) {
    const verb = s.tokens[cue.i];
    if (cue.according || !verb || !verb.lower.endsWith('ing') || cue.strength === 'trailing') continue;
    const c = opening(ctx, s, cue) ?? manner(ctx, s, cue) ?? subordinate(ctx, s, cue);
    if (c) out.push(c);
  }
  return out;
}
