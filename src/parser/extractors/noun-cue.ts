import type { ParseContext, SentenceInfo } from '../context.ts';
import { isNameToken, npStartingAt, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { clauseEnd } from './clause-end.ts';
import { asContent, contentBetween, trimSpan, type Candidate } from './types.ts';

/** Nouns of saying and stance that take a "that" clause ("his claim that …"). */
const THAT_NOUNS = new Set(['claim', 'claims', 'assertion', 'contention', 'argument', 'insistence', 'suggestion', 'warning', 'belief', 'view', 'hope', 'fear', 'promise', 'pledge', 'vow', 'prediction', 'admission', 'acknowledgment', 'acknowledgement', 'allegation', 'charge', 'complaint', 'assurance', 'announcement', 'denial', 'conclusion', 'statement', 'position', 'comment', 'comments', 'remark', 'remarks', 'accusation', 'accusations', 'arguments', 'assertions', 'allegations', 'warnings', 'statements', 'insinuation', 'implication']);
/** Nouns of intent that take an infinitive ("her promise to cut taxes"). */
const TO_NOUNS = new Set(['promise', 'pledge', 'vow', 'call', 'calls', 'plan', 'plans', 'proposal', 'decision', 'refusal', 'threat', 'desire', 'demand', 'push', 'bid', 'effort', 'efforts', 'commitment', 'offer', 'willingness', 'intention']);
/** Nouns of stance that take "for" or "of" with the object of the stance ("his support for the bill"). */
const FOR_NOUNS = new Set(['support', 'call', 'calls', 'push', 'demand', 'praise', 'endorsement', 'criticism', 'opposition', 'rejection', 'defense', 'defence']);
const FOR_PREPOSITIONS = new Set(['for', 'of', 'to']);
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** The owner of a possessive at token `k` ("Trump's", "his"), as a speaker mention without the "'s", or null. */
function owner(tokens: readonly Token[], k: number, text: string): Mention | null {
  const t = tokens[k];
  if (!t || t.quote >= 0) return null;
  const pronoun = POSSESSIVE_PRONOUNS.get(t.lower);
  if (pronoun) return { from: k, to: k + 1, start: t.start, end: t.end, text: pronoun, form: 'pronoun' };
  if (!/['\u2019]s$/.test(t.text) || !t.cap) return null;
  let from = k;
  while (from > 0 && isNameToken(tokens[from - 1]) && k - from < 4) from--;
  const start = tokens[from]?.start ?? t.start;
  const end = t.end - 2;
  return { from, to: k + 1, start, end, text: text.slice(start, end), form: 'name' };
}

const SUBJECT_LEADS = new Set(['but', 'and', 'yet', 'still', 'so', 'now', 'indeed', 'also']);
const MAIN_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'drew', 'draws', 'sparked', 'sparks', 'made', 'makes', 'came', 'comes', 'helped', 'helps', 'led', 'leads', 'caused', 'causes', 'raised', 'raises', 'angered', 'shows', 'showed']);

/** True when the possessive opens its clause, so the stance phrase is the sentence subject ("His claim that … is false"). */
function subjectPosition(tokens: readonly Token[], from: number): boolean {
  let k = 0;
  while (k < from && (SUBJECT_LEADS.has(tokens[k]?.lower ?? '') || tokens[k]?.text === ',')) k++;
  return k === from;
}

/** In subject position the stance content ends before the main verb ("… that he won | is false"); a "that" clause keeps its own first verb. */
function subjectContentEnd(s: SentenceInfo, from: number, ownVerbs: number): number {
  const end = clauseEnd(s, from);
  let skip = ownVerbs;
  for (let k = from + 1; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (!t || t.start >= end) break;
    if (t.quote >= 0) continue;
    if (t.text === ',') return t.start;
    if (MAIN_VERBS.has(t.lower) && skip-- <= 0) return t.start;
  }
  return end;
}

const TIME_HEADS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'night', 'weekend']);

/** Index of "that" after a short time phrase at `k` ("on Wednesday that", "last week that"), or -1. */
function timeThat(tokens: readonly Token[], k: number): number {
  const lead = tokens[k]?.lower;
  if (lead !== 'on' && lead !== 'last' && lead !== 'this') return -1;
  for (let m = k + 1; m <= k + 2; m++) if (TIME_HEADS.has(tokens[m]?.lower ?? '') && tokens[m + 1]?.lower === 'that') return m + 1;
  return -1;
}

/** "Trump's claim that …", "her promise to …", "his support for …": a stance noun owned by its speaker. */
export function nounCue(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let i = 1; i < tokens.length - 2; i++) {
    const noun = tokens[i];
    if (!noun || noun.quote >= 0 || noun.cap) continue;
    let k = i - 1;
    let mention = owner(tokens, k, ctx.text);
    if (!mention && tokens[k]?.word && !tokens[k]?.cap) mention = owner(tokens, --k, ctx.text);
    if (!mention) continue;
    const next = tokens[i + 1];
    if (!next || next.quote >= 0) continue;
    let from = -1;
    // "his statement on Wednesday that …": a time phrase may sit between the noun and its clause.
    const that = next.lower === 'that' ? i + 1 : timeThat(tokens, i + 1);
    if (that > 0 && THAT_NOUNS.has(noun.lower)) from = that + 1;
    else if (next.lower === 'to' && TO_NOUNS.has(noun.lower) && tokens[i + 2]?.word && !tokens[i + 2]?.cap) from = i + 1;
    else if (FOR_PREPOSITIONS.has(next.lower) && FOR_NOUNS.has(noun.lower)) from = i + 2;
    const first = tokens[from];
    if (from < 0 || !first) continue;
    const span = trimSpan(ctx.text, first.start, subjectPosition(tokens, mention.from) ? subjectContentEnd(s, from, that > 0 ? 1 : 0) : clauseEnd(s, from));
    if (!span || ctx.text.slice(span[0], span[1]).split(/\s+/).length < 2) continue;
    const { kind, spans } = asContent(ctx, span);
    out.push({ spans, cue: ctx.text.slice(noun.start, (that > 0 && from === that + 1 ? tokens[that] ?? next : next).end), cueStart: noun.start, kind, mention, sentence: s.index, source: 'noun-cue' });
    i = from;
  }
  return [...out, ...outsideOwners(ctx, s)];
}

/** Nouns of report and demand whose source is named outside a possessive ("a demand, by Pelosi, that …", "a New York Times report that …"). */
const SOURCED_NOUNS = new Set([...THAT_NOUNS, 'demand', 'demands', 'report', 'reports', 'ruling', 'finding', 'findings', 'decision']);
const NAME_STOPS = new Set([',', 'that', 'last', 'on', 'this', 'in']);

/** The "that" clause of a stance noun whose source is a name before it ("a New York Times report that") or after "by"/"from" ("a demand, by X, that"). */
function outsideOwners(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let i = 1; i < tokens.length - 3; i++) {
    const noun = tokens[i];
    if (!noun || noun.quote >= 0 || noun.cap || !SOURCED_NOUNS.has(noun.lower)) continue;
    let mention: Mention | null = null;
    let that = -1;
    if (tokens[i + 1]?.lower === 'that' && isNameToken(tokens[i - 1])) {
      let from = i - 1;
      while (from > 0 && i - from < 5 && isNameToken(tokens[from - 1])) from--;
      const first = tokens[from];
      const last = tokens[i - 1];
      if (first && last && /^(?:a|an|the)$/.test(tokens[from - 1]?.lower ?? '')) mention = { from, to: i, start: first.start, end: last.end, text: ctx.text.slice(first.start, last.end), form: 'name' };
      that = i + 1;
    } else {
      let k = i + 1;
      if (tokens[k]?.text === ',') k++;
      const time = timeThat(tokens, k);
      if (time < 0 && (tokens[k]?.lower === 'last' || tokens[k]?.lower === 'this')) k += 2;
      if (tokens[k]?.lower !== 'by' && tokens[k]?.lower !== 'from') continue;
      mention = npStartingAt(tokens, k + 1, ctx.text, NAME_STOPS);
      let m = mention ? mention.to : -1;
      if (tokens[m]?.text === ',') m++;
      that = tokens[m]?.lower === 'that' ? m : -1;
    }
    const first = tokens[that + 1];
    if (!mention || mention.form === 'pronoun' || that < 0 || !first || !isNameToken(tokens[mention.to - 1])) continue;
    const content = contentBetween(ctx, first.start, clauseEnd(s, that + 1));
    if (content) out.push({ ...content, cue: noun.text, cueStart: noun.start, mention, sentence: s.index, source: 'noun-cue' });
  }
  return out;
}
