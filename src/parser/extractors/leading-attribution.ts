import type { ParseContext, SentenceInfo } from '../context.ts';
import { CUE_NOUNS } from '../lexicon/cues.ts';
import { FINITE_AUXILIARIES, MONTHS } from '../lexicon/people.ts';
import { isNameToken, subjectBefore, type Mention } from '../mentions.ts';
import { contentStart, isTrailingRemainder, sentenceSubject } from './clause.ts';
import { clauseEnd } from './clause-end.ts';
import { clauseInitialSubject, coordinatedSubject, prepositionalObjectStart } from './predicate.ts';
import { asContent, regionAt, trimSpan, type Candidate, type SpanPair } from './types.ts';

const LEADING_PREPOSITION = new Set(['from', 'at', 'with', 'by', 'during', 'after', 'before', 'on', 'in', 'as', 'into', 'through', 'over', 'under', 'since', 'until']);
const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'am', "isn't", "wasn't", 'also', 'not', 'still', 'now', 'again', 'repeatedly', 'publicly']);
const MIN_EVALUATIVE_WORDS = 3;
/** Words after a leading quotation's closing comma that start the reporter's own clause ('said, “…,” when asked …'). */
const QUOTE_FOLLOWERS = new Set(['when', 'as', 'while', 'before', 'after', 'then', 'and', 'but', 'in', 'during', 'according']);
const EVALUATIVE = /^(?:dismiss|vot|reject|defend|blame|praise|criticiz|criticis|attack|slam|blast|accus|mock|thank|describ|call|challeng|question|deni)/;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** "X said (that) …", "X told Y …", "X said: “…”", "X called for …": the content follows the cue. */
export function leadingAttribution(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  const cueEnds = new Set(s.cues.map((c) => c.j));
  for (const cue of s.cues) {
    if (cue.according) continue;
    // "voiced support for …": a cue word right after another cue is that cue's object.
    if (cueEnds.has(cue.i)) continue;
    let mention = subjectBefore(tokens, cue.i, ctx.text);
    if ((tokens[cue.i]?.lower ?? '').endsWith('ing') && mention && mention.form !== 'pronoun' && !AUXILIARIES.has(tokens[cue.i - 1]?.lower ?? '')) {
      const subject = sentenceSubject(tokens, ctx.text, mention.from);
      if (!subject) continue;
      mention = subject;
    }
    if (!mention) mention = coordinatedSubject(tokens, cue.i, ctx.text, s.cues);
    if (!mention) mention = subjectBeforeDashAside(s, cue.i, ctx.text);
    // "most children admitted were recovering": a participle before the clause's own verb is no cue.
    if (!mention && !(tokens[cue.i]?.lower ?? '').endsWith('ing') && !FINITE_AUXILIARIES.has(tokens[cue.j]?.lower ?? '')) mention = clauseInitialSubject(tokens, cue.i, ctx.text);
    if (!mention) continue;
    let k = contentStart(tokens, cue);
    const opensQuote = (tokens[k]?.quote ?? -1) >= 0 || (tokens[k + 1]?.quote ?? -1) >= 0;
    const endsInColon = tokens.slice(k).every((t) => t.text === ':' || t.text === '.');
    // "endorsed Trump", "praised her": a named or pronoun object is what was endorsed, not a trailing setting.
    const namedObject = cue.j === cue.i + 1 && NOUN_OBJECT.test(tokens[cue.i]?.lower ?? '') && (isNameToken(tokens[k]) || OBJECT_PRONOUNS.has(tokens[k]?.lower ?? '')) && !MONTHS.has(tokens[k]?.lower.replace('.', '') ?? '');
    if (!opensQuote && !namedObject && tokens[k - 1]?.lower !== 'that' && (endsInColon || isTrailingRemainder(tokens, cue.j))) {
      const colon = colonQuote(ctx, s);
      if (colon) out.push({ spans: [colon], cue: cue.text, cueStart: cue.start, kind: 'direct', mention, sentence: s.index, source: 'colon-next-paragraph' });
      continue;
    }
    if (cue.strength === 'trailing' && !opensQuote && tokens[k - 1]?.lower !== 'that') continue;
    const verb = tokens[cue.i]?.lower ?? '';
    const hasThat = tokens[k - 1]?.lower === 'that';
    if (cue.strength === 'weak' && (mention.text === 'you' || mention.text === 'You')) continue;
    const feeling = !hasThat && cue.j === cue.i + 1 && EXPRESS.test(verb) ? expressedTopic(tokens, k) : k;
    // The feeling joins the cue: "expressed misgivings about" → "Mrs. Clinton".
    const cueText = feeling > k ? ctx.text.slice(cue.start, tokens[feeling - 1]?.end ?? cue.end) : cue.text;
    k = feeling;
    if (!hasThat && cue.j === cue.i + 1 && prepositionalObjectStart(tokens, verb, k) > k) k++;
    else if (!hasThat && cue.j === cue.i + 1 && LEADING_PREPOSITION.has(tokens[k]?.lower ?? '')) continue;
    const first = tokens[k];
    if (!first || first.text === ';') continue;
    // "Only 23 percent agreed, compared with …": a participle, preposition or conjunction after the comma starts an adjunct, not what was said.
    if (tokens[cue.j]?.text === ',' && cue.j === cue.i + 1 && !opensQuote && !hasThat && first.quote < 0 && !first.cap && (/(?:ed|ing)$/.test(first.lower) || LEADING_PREPOSITION.has(first.lower) || AFTER_COMMA_ADJUNCT.has(first.lower))) continue;
    const relative = tokens[mention.from]?.lower === 'who' || tokens[cue.i - 1]?.lower === 'who';
    const end = relative ? Math.min(relativeEnd(s, k), clauseEnd(s, Math.max(cue.j, k - 1))) : contentEnd(ctx, s, Math.max(cue.j, k - 1));
    const span = trimSpan(ctx.text, first.start, !hasThat && NOUN_OBJECT.test(verb) && cue.j === cue.i + 1 ? objectEnd(s, k, end) : end);
    if (!span) continue;
    const leadToken = first.quote >= 0 ? first : tokens[k + 1];
    const lead = leadToken && leadToken.quote >= 0 && span[0] <= leadToken.start ? ctx.quotes[leadToken.quote] : undefined;
    if (lead && lead.open <= span[0] + 1 && lead.end < span[1] && /[,.?!]/.test(ctx.text[lead.end - 1] ?? '')) {
      const after = tokens.find((t) => t.start >= lead.close && t.word);
      if (after && (after.lower.endsWith('ing') || QUOTE_FOLLOWERS.has(after.lower) || s.cues.some((c) => c.start === after.start))) span[1] = lead.end;
    }
    const inner = closedQuoteEnd(ctx, s, span);
    if (inner > 0) span[1] = inner;
    // "responded first", "spoke anonymously", "think twice": a lone adverb after the cue is how it was said, not what.
    if (!hasThat && LONE_ADVERB.test(ctx.text.slice(span[0], span[1]))) continue;
    const { kind, spans } = asContent(ctx, span);
    if (cue.strength === 'trailing' && kind !== 'direct' && !hasThat) continue;
    if (EVALUATIVE.test(verb) && !hasThat && kind === 'indirect' && !namedObject && wordCount(ctx.text.slice(span[0], span[1])) < MIN_EVALUATIVE_WORDS) continue;
    out.push({ spans, cue: cueText, cueStart: cue.start, kind, mention, sentence: s.index, source: 'leading' });
  }
  return out;
}

const EXPRESS = /^(?:express|voic)/;
const LONE_ADVERB = /^(?:[a-z]+ly|first|twice|again|out|up|back|later|too|otherwise|Otherwise)[.,]?$/;
const FEELING_PREPOSITIONS = new Set(['about', 'at', 'with', 'for', 'towards', 'toward', 'against', 'on', 'that']);
const MAX_FEELING = 4;
/** "expressed deep misgivings about X", "voiced confidence that …": what the feeling is about is the content (from `k`, the feeling noun phrase). */
function expressedTopic(tokens: SentenceInfo['tokens'], k: number): number {
  for (let n = k; n < k + MAX_FEELING; n++) {
    const t = tokens[n];
    if (!t || !t.word || t.cap || t.quote >= 0) return k;
    if (n > k && FEELING_PREPOSITIONS.has(t.lower)) return t.lower === 'that' ? n : n + 1;
    if (LEADING_PREPOSITION.has(t.lower)) return k;
  }
  return k;
}

const ASIDE_MARKS = new Set(['\u2014', '\u2013', '-', '--', ',']);

/** "Insiders in both states — Nevada and Ohio — said …", "Just over a quarter, 26 percent, say …": the subject before an aside that ends right before the cue. */
function subjectBeforeDashAside(s: SentenceInfo, i: number, text: string): Mention | null {
  const { tokens } = s;
  const close = tokens[i - 1];
  if (!close || close.quote >= 0 || !ASIDE_MARKS.has(close.text)) return null;
  for (let k = i - 3; k > 0 && k > i - 25; k--) {
    const t = tokens[k];
    if (!t || t.quote >= 0) return null;
    if (t.text === close.text) return subjectBefore(tokens, k, text);
  }
  return null;
}

/** Verbs of saying that open a new main clause after a comma (', Clinton said she …'). */
const REPORTING = /^(?:said|says|told|tells|argued|argues|added|adds|insisted|insists|noted|notes|wrote|writes|warned|warns|stressed|acknowledged|explained|claimed|claims|contended|maintained|stated|replied|responded|countered|conceded|admitted)$/;
const AFTER_COMMA_ADJUNCT = new Set(['while', 'when', 'as', 'though', 'although', 'because', 'but', 'and']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** Cues whose content is usually a noun phrase ("endorsed Smith", "blasted the plan", "announced his candidacy"), not a clause. */
const NOUN_OBJECT = /^(?:express|voic|endors|back|support|oppos|defend|prais|criticiz|criticis|attack|blast|slam|reject|dismiss|tout|announc|claim|propos|demand|recommend|mention|cite|cited|citing|discuss|condemn|denounc|decr|applaud|welcom|embrac|consider|blam|accus|thank|mock|question|challeng|favor|favour|prefer)/;
const TIME_WORDS = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const PERIOD_PARTS = new Set(['early', 'late', 'mid']);
const ADJUNCT_OPENERS = new Set(['when', 'during', 'following', 'after', 'before', 'amid', 'since', 'while', 'because', 'last', 'earlier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** End of a noun-phrase object: before a time or setting adjunct ("… in 2012", "… during a rally", "… last year", "… and warned …"). */
function objectEnd(s: SentenceInfo, from: number, end: number): number {
  const { tokens } = s;
  for (let k = from + 1; k < tokens.length && (tokens[k]?.start ?? end) < end; k++) {
    const t = tokens[k];
    if (!t || t.quote >= 0) continue;
    // "in late May", "in early 2015": a season word before the date.
    const n = PERIOD_PARTS.has(tokens[k + 1]?.lower ?? '') && (t.lower === 'in' || t.lower === 'on') ? tokens[k + 2] : tokens[k + 1];
    if (ADJUNCT_OPENERS.has(t.lower)) return t.start;
    if ((t.lower === 'in' || t.lower === 'on') && n && n.quote < 0 && (/^\d{4}$/.test(n.text) || MONTHS.has(n.lower.replace('.', '')) || TIME_WORDS.has(n.lower) || ((n.lower === 'a' || n.lower === 'an') && CUE_NOUNS.has(tokens[k + 2]?.lower ?? '')))) return t.start;
    if ((t.lower === 'this' || t.lower === 'next') && n && TIME_WORDS.has(n.lower)) return t.start;
    if ((t.lower === 'and' || t.lower === 'but') && n && n.quote < 0 && !n.cap && /(?:ed|said|told)$/.test(n.lower)) return t.start;
  }
  return end;
}

/** End of the content: the sentence end, or the comma before a later trailing attribution (", UNN reports"). */
function contentEnd(ctx: ParseContext, s: SentenceInfo, from: number): number {
  for (const other of s.cues) {
    if (other.i < from || other.according) continue;
    const m = subjectBefore(s.tokens, other.i, ctx.text);
    const before = m ? s.tokens[m.from - 1] : s.tokens[other.i - 1];
    if (before && before.text === ',' && isTrailingRemainder(s.tokens, other.j, true) && (m || other.i > from + 2)) return Math.min(before.start, clauseEnd(s, from));
    // "… wanted Trump to win, Clinton said she …": a named or pronoun speaker after a comma opens a new report.
    if (m && m.form !== 'nominal' && REPORTING.test(s.tokens[other.i]?.lower ?? '') && before?.text === ',' && before.quote < 0) return Math.min(before.start, clauseEnd(s, from));
  }
  return clauseEnd(s, from);
}

/** ", who said …, ": a relative clause ends at its closing comma. */
function relativeEnd(s: SentenceInfo, from: number): number {
  for (let k = from; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (t && t.quote < 0 && (t.text === ',' || t.text === '\u2014')) return t.start;
  }
  return s.end;
}

/** "He said:" closing a paragraph, the quotation opening the next one. */
function colonQuote(ctx: ParseContext, s: SentenceInfo): SpanPair | null {
  if (!/:\s*$/.test(ctx.text.slice(s.start, s.end))) return null;
  const next = ctx.paragraphs[s.paragraph + 1];
  if (!next) return null;
  const region = ctx.quotes[regionAt(ctx, next.start)];
  if (region?.open !== next.start) return null;
  return [region.start, region.end];
}

/** '… as “fantastic,” telling reporters …': the end of a quotation closed by a comma inside the content when the reporter's own
 * clause follows it (a participle, a conjunction, another cue), else -1. */
function closedQuoteEnd(ctx: ParseContext, s: SentenceInfo, span: SpanPair): number {
  const { tokens } = s;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.quote < 0 || t.start < span[0]) continue;
    const region = ctx.quotes[t.quote];
    if (!region || region.end >= span[1]) return -1;
    while (tokens[k + 1]?.quote === t.quote) k++;
    if (!/[,?!]/.test(ctx.text[region.end - 1] ?? '')) continue;
    let n = k + 1;
    while (n < tokens.length && !tokens[n]?.word && (tokens[n]?.quote ?? -1) < 0) n++;
    const after = tokens[n];
    if (!after || after.quote >= 0) continue;
    // '“…,” and to “…”', '“…,” and that …': a second complement of the same cue.
    const next = tokens[n + 1]?.lower;
    if ((after.lower === 'and' || after.lower === 'but') && (next === 'to' || next === 'that')) continue;
    if (after.lower.endsWith('ing') || QUOTE_FOLLOWERS.has(after.lower) || s.cues.some((c) => c.start === after.start)) return region.close;
  }
  return -1;
}
