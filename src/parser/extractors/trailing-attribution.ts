import type { ParseContext, SentenceInfo } from '../context.ts';
import { ADDRESSEE_VERBS } from '../lexicon/cues.ts';
import { CLAUSE_SUBJECT_PRONOUNS, FINITE_AUXILIARIES } from '../lexicon/people.ts';
import { isNameToken, npStartingAt, subjectBefore, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { BREAKING_DASHES, commentAfterDash } from './clause-asides.ts';
import { closingQuoteAfter, opensQuoteAfter, resumedQuote, shortSetting } from './cue-then-quote.ts';
import { isIntroPhrase, isTrailingRemainder, splitQuoteAfter } from './clause.ts';
import { leadStart, leadsIntoQuote, parentheticalRest, restAfterAppositive, restAfterIntro } from './trailing-lead.ts';
import { classify, regionAt, trimSpan, type Candidate, type SpanPair } from './types.ts';

const INVERSION_STOPS = new Set(['on', 'in', 'at', 'during', 'who', 'that', 'which', 'adding', 'saying', 'noting', 'when', 'while', 'after', 'before', 'of', 'to', 'last', 'this', 'earlier', 'told', 'about', 'as', 'and', 'but', 'because', 'according', 'referring', 'via', 'with', 'from', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'recently']);
/** '“Too late?” She tweeted when the vote closed.': a time clause after a sentence-initial attribution holds no content. */
const TIME_CLAUSE = new Set(['when', 'after', 'as', 'while', 'before', 'during']);
const BOUNDARY = /[,\u201d"'\u2019\u2014\u2013-]$/;

/** "“…,” X said", "…, X said on Tuesday", "“…,” said X", with a split quote "“…,” he said, “…”". */
export function trailingAttribution(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (const cue of s.cues) {
    if (cue.according) continue;
    let mention: Mention | null = subjectBefore(tokens, cue.i, ctx.text);
    let contentEnd: Token | undefined;
    let after = cue.j;
    let appositive = false;
    if (mention) {
      contentEnd = tokens[mention.from - 1];
      if (contentEnd && !BOUNDARY.test(contentEnd.text)) {
        const widened = widenToComma(tokens, mention.from);
        if (widened >= 0) {
          mention = { ...mention, from: widened, start: tokens[widened]?.start ?? mention.start, text: ctx.text.slice(tokens[widened]?.start ?? mention.start, mention.end) };
          contentEnd = tokens[widened - 1];
        }
      }
    } else if (cue.i > 0 && cue.strength !== 'weak' && !(tokens[cue.i]?.lower ?? '').endsWith('ing') && BOUNDARY.test(tokens[cue.i - 1]?.text ?? '')) {
      mention = npStartingAt(tokens, cue.j, ctx.text, INVERSION_STOPS);
      // "— said the drought would cut …", ", say they will …": a clause after the cue is what was said, not an inverted speaker.
      if (mention && clauseAfterCue(tokens, cue.j, mention.to)) mention = null;
      contentEnd = tokens[cue.i - 1];
      if (mention) after = mention.to;
    }
    if (mention && mention.to < cue.i - 1 && tokens[cue.i - 1]?.text === ',') {
      // "…, whom he alienated, said Ann Lee, a historian.": a name right after the cue is the speaker.
      const inverted = invertedName(tokens, cue.j, ctx.text);
      if (inverted && cue.strength === 'speech' && !(tokens[cue.i]?.lower ?? '').endsWith('ing')) {
        mention = inverted;
        contentEnd = tokens[cue.i - 1];
        after = inverted.to;
        appositive = true;
      }
    }
    // "… was never unsafe - a claim the inspectors dispute": the reporter's comment on what was said; its subject is no speaker of it.
    if (!mention || (BREAKING_DASHES.has(tokens[mention.from - 1]?.text ?? '') && commentAfterDash(tokens, mention.from))) continue;
    after = skipAddressee(tokens, cue.i, after);
    const strong = contentEnd !== undefined && closesQuoteWithComma(ctx, contentEnd.start) && tokens[after]?.lower !== 'that';
    if (!strong && !isTrailingRemainder(tokens, after, true) && !(mention.from === 0 && (shortSetting(tokens, after) || TIME_CLAUSE.has(tokens[after]?.lower ?? '')))) continue;
    if (!contentEnd && mention.from === 0 && mention.form !== 'nominal' && !opensQuoteAfter(tokens, after)) {
      const prev = previousQuote(ctx, s);
      if (prev) out.push({ spans: [prev], cue: cue.text, cueStart: cue.start, kind: 'direct', mention, sentence: s.index, source: 'trailing' });
      continue;
    }
    if (!contentEnd || !BOUNDARY.test(contentEnd.text)) continue;
    if (isIntroPhrase(tokens, mention.from) && after < tokens.length - 2) {
      // "In May, Lee said, when she was earning …, a boss invited her …": the clause after the attribution is what was said.
      const rest = after === cue.j && cue.strength === 'speech' ? restAfterIntro(ctx, s, after) : null;
      if (rest) out.push({ spans: [rest], cue: cue.text, cueStart: cue.start, kind: classify(ctx, rest[0], rest[1]).kind, mention, sentence: s.index, source: 'trailing' });
      continue;
    }
    if (cue.j - cue.i > 1 && tokens[cue.j - 1]?.lower !== 'out' && after < tokens.length - 2) continue;
    const closing = /^(?:[\u201d"\u2019']|'')$/.test(contentEnd.text) ? ctx.quotes[regionAt(ctx, contentEnd.start)] ?? ctx.quotes[regionAt(ctx, contentEnd.start - 1)] : undefined;
    if (contentEnd.text === ',') contentEnd = trimAppositive(tokens, tokens.indexOf(contentEnd)) ?? contentEnd;
    const lead = leadStart(ctx, s, cue, tokens.indexOf(contentEnd));
    const quoted = closing && closing.end <= contentEnd.start && closing.start >= s.start && closesQuoteWithComma(ctx, contentEnd.start);
    const from = quoted && !leadsIntoQuote(ctx, s, lead, closing.open) ? closing.open : lead;
    if (inAskedClause(tokens, from)) continue;
    const span = trimSpan(ctx.text, from, contentEnd.end);
    // A possessive apostrophe ("RealClearPolitics’ David Byler") closes no quotation.
    const closesQuote = /[\u201d"'\u2019]/.test(contentEnd.text) && regionAt(ctx, contentEnd.start - 1) >= 0;
    if (!closesQuote && opensQuoteAfter(tokens, after)) continue;
    // '“…,” the protesters chanted “…”': the quotation right after the cue is what was chanted.
    if (closingQuoteAfter(ctx, tokens, after)) continue;
    if (cue.strength === 'report' && s.cues.some((o) => o.end <= contentEnd.start && !o.according && subjectBefore(tokens, o.i, ctx.text))) continue;
    let spans: SpanPair[];
    let kind: Candidate['kind'];
    if (span) {
      const c = classify(ctx, span[0], span[1]);
      if (cue.strength === 'trailing' && c.kind === 'indirect') continue;
      kind = c.kind;
      spans = c.region ? [[c.region.start, c.region.end]] : [span];
    } else {
      const prev = previousQuote(ctx, s);
      if (!prev) continue;
      kind = 'direct';
      spans = [prev];
    }
    const split = kind === 'direct' && contentEnd.quote < 0 && closesQuoteWithComma(ctx, contentEnd.start) ? resumedQuote(ctx, s, after) : splitQuoteAfter(tokens, after);
    const splitToken = tokens[split];
    const endsQuoted = closing !== undefined && from !== closing.open && spans.at(-1)?.[1] === contentEnd.end;
    if (split >= 0 && splitToken && (kind === 'direct' || endsQuoted)) {
      const region = ctx.quotes[splitToken.quote];
      if (region) spans.push([region.start, region.end]);
    } else if (kind !== 'direct') {
      const rest = appositive || endsQuoted ? null : mention.from > cue.i ? restAfterAppositive(ctx, s, after) : parentheticalRest(ctx, s, after);
      if (rest) spans.push(rest);
    }
    out.push({ spans, cue: cue.text, cueStart: cue.start, kind, mention, sentence: s.index, source: 'trailing' });
  }
  return out;
}


/** True when the words from `j` to `to` hold a clause of their own (a finite auxiliary, or a subject pronoun with its verb). */
function clauseAfterCue(tokens: readonly Token[], j: number, to: number): boolean {
  if (CLAUSE_SUBJECT_PRONOUNS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.word) return true;
  for (let k = j + 1; k < to; k++) if (tokens[k]?.quote === -1 && FINITE_AUXILIARIES.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** A name right after a cue that ends the clause ("said Ann Lee," / "said Ann Lee."), or null. */
function invertedName(tokens: readonly Token[], j: number, text: string): Mention | null {
  let k = j;
  while (isNameToken(tokens[k]) && k - j < 6) k++;
  if (k === j || !/^[,.;]$/.test(tokens[k]?.text ?? '')) return null;
  const m = npStartingAt(tokens, j, text, INVERSION_STOPS);
  return m && m.to === k && isTrailingRemainder(tokens, k, true) ? m : null;
}

/** '“…!” Trump said.' split into two sentences: the quotation closing the previous sentence. */
function previousQuote(ctx: ParseContext, s: SentenceInfo): SpanPair | null {
  const prev = ctx.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return null;
  const region = ctx.quotes[regionAt(ctx, prev.end - 1)] ?? ctx.quotes[regionAt(ctx, prev.end - 2)];
  if (!region || (region.close !== prev.end && region.close !== prev.end - 1)) return null;
  return [region.start, region.end];
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
const WIDEN_STOPS = new Set(['is', 'was', 'are', 'were', 'be', 'that', 'which', 'who', 'and', 'or', 'but', 'not', 'has', 'have', 'had', 'will', 'would', 'to', 'it', 'he', 'she', 'they']);

/** Index of the first token after a comma up to 4 words left of `from` ("…, port director Omar Haddad said"), or -1. */
function widenToComma(tokens: readonly Token[], from: number): number {
  for (let k = from - 1; k >= Math.max(0, from - 5); k--) {
    const t = tokens[k];
    if (!t || t.quote >= 0) return -1;
    if (t.text === ',' || /^(?:[\u201d"]|'')$/.test(t.text)) return k + 1;
    // "…, she and another reporter said": a pronoun coordinated with a noun phrase opens the subject.
    if (t.lower === 'and' && PRONOUN_SUBJECTS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',') return k - 1;
    if (!t.word || WIDEN_STOPS.has(t.lower)) return -1;
  }
  return -1;
}

/** After "told" / "assured", the addressee ("reporters", "CNN") before any setting phrase. */
function skipAddressee(tokens: readonly Token[], cueAt: number, after: number): number {
  if (!ADDRESSEE_VERBS.has(tokens[cueAt]?.lower ?? '') || after !== cueAt + 1) return after;
  let k = after;
  const t = tokens[k];
  if (t && t.quote < 0 && /^(?:him|her|them|me|us|reporters|journalists|supporters|voters|the|a|an)$/.test(t.lower)) k++;
  while (isNameToken(tokens[k]) || (k > after && tokens[k]?.word && !tokens[k]?.cap && tokens[k - 1]?.lower === 'the')) k++;
  return k;
}

/** True when the closing mark at `at` ends a quotation whose last character is a comma, "?" or "!" ('“…,” he said'). */
function closesQuoteWithComma(ctx: ParseContext, at: number): boolean {
  const region = ctx.quotes[regionAt(ctx, at)] ?? ctx.quotes[regionAt(ctx, at - 1)];
  if (region && region.end !== at && region.end !== at - 1) return false;
  // "…: ‘With liberty and justice for all,’” the team wrote": the comma may sit inside a nested quotation.
  return region !== undefined && /[,?!\u2014-]['\u2019]?$/.test(ctx.text.slice(Math.max(region.start, region.end - 2), region.end));
}


/** ", a spokeswoman, Anna White, said": the content ends before the role that opens the appositive. */
function trimAppositive(tokens: readonly Token[], comma: number): Token | undefined {
  for (let k = comma - 1; k >= Math.max(0, comma - 6); k--) {
    const t = tokens[k];
    if (!t || t.quote >= 0) return undefined;
    if (t.text === ',') {
      const first = tokens[k + 1];
      return first && /^(?:a|an|the|his|her|its|their)$/i.test(first.text) ? t : undefined;
    }
  }
  return undefined;
}

/** 'Asked whether the mayor “has the integrity to serve,” 75 percent said yes': content inside the opening "(when) asked" clause is the question, not what was said. */
function inAskedClause(tokens: readonly Token[], from: number): boolean {
  const a = tokens[0]?.lower === 'asked' ? 0 : tokens[0]?.lower === 'when' && tokens[1]?.lower === 'asked' ? 1 : -1;
  if (a < 0 || (tokens[a]?.start ?? from) >= from) return false;
  for (let k = a + 1; k < tokens.length && (tokens[k]?.start ?? from) < from; k++) if (tokens[k]?.text === ',' && tokens[k]?.quote === -1) return false;
  return true;
}
