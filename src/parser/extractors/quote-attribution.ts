import type { ParseContext, SentenceInfo } from '../context.ts';
import { cueStrength } from '../lexicon/cues.ts';
import { DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/people.ts';
import { isNameToken, npEndingAt, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { cueThenQuote } from './cue-then-quote.ts';
import { quotedObject } from './quoted-object.ts';
import type { Candidate } from './types.ts';

const VERB = /^\p{Ll}+(?:ed|s)$/u;

/** '“…,” the man shouted': a quotation closed by a comma and followed by a subject and any past or present verb; also a cue
 * right before a closing quotation ("…, telling her, “…”"). */
export function quoteAttribution(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let k = 1; k < tokens.length; k++) {
    const mark = tokens[k];
    const prev = tokens[k - 1];
    if (!mark || !prev || mark.quote >= 0 || prev.quote < 0 || !/^(?:[\u201d"]|'')$/.test(mark.text)) continue;
    const region = ctx.quotes[prev.quote];
    if (!region || !/[,?!]/.test(ctx.text[region.end - 1] ?? '')) continue;
    const np = subjectAfter(tokens, k + 1, ctx.text);
    if (!np) {
      const inverted = invertedAfter(tokens, k + 1, ctx.text);
      if (inverted) out.push({ spans: [[region.start, region.end]], cue: inverted.cue.text, cueStart: inverted.cue.start, kind: 'direct', mention: inverted.mention, sentence: s.index, source: 'quote-attribution' });
      continue;
    }
    const verb = tokens[np.to];
    if (!verb || verb.quote >= 0 || !(VERB.test(verb.text) || cueStrength(verb.lower) || verb.lower === 'read' || goesOn(tokens, np.to)) || verb.lower.endsWith('ss')) continue;
    const spans: [number, number][] = [[region.start, region.end]];
    const next = tokens[np.to + 2]?.quote === -1 ? tokens[np.to + 3] : tokens[np.to + 2];
    const split = tokens[np.to + 1]?.text === ',' && next && next.quote >= 0 ? ctx.quotes[next.quote] : undefined;
    if (split) spans.push([split.start, split.end]);
    const cue = goesOn(tokens, np.to) ? ctx.text.slice(verb.start, tokens[np.to + 1]?.end ?? verb.end) : verb.text;
    out.push({ spans, cue, cueStart: verb.start, kind: 'direct', mention: np, sentence: s.index, source: 'quote-attribution' });
  }
  return [...out, ...cueThenQuote(ctx, s), ...quotedObject(ctx, s)];
}

/** '“…,” he went on.': "went on" / "goes on" closing the sentence continues the speech. */
function goesOn(tokens: readonly Token[], k: number): boolean {
  return /^(?:went|goes)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'on' && !tokens.slice(k + 2).some((t) => t.word);
}

/** The subject right after a closing quotation: a pronoun, a name run, or a short determiner phrase. */
function subjectAfter(tokens: readonly Token[], j: number, text: string): Mention | null {
  const t = tokens[j];
  if (!t || t.quote >= 0) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'who') return npEndingAt(tokens, j, text);
  let e = j;
  if (isNameToken(t)) {
    while (isNameToken(tokens[e + 1])) e++;
  } else if (DETERMINERS.has(t.lower)) {
    while (e < j + 4 && tokens[e + 1]?.word && !tokens[e + 1]?.cap && !VERB.test(tokens[e + 1]?.text ?? '') && !cueStrength(tokens[e + 1]?.lower ?? '') && tokens[e + 1]?.lower !== 'read') e++;
    if (e === j) return null;
  } else return null;
  const np = npEndingAt(tokens, e, text);
  const last = tokens[e];
  if (!np && last && e > j) return { from: j, to: e + 1, start: t.start, end: last.end, text: text.slice(t.start, last.end), form: 'nominal' };
  return np ? { ...np, from: j, start: t.start, text: text.slice(t.start, np.end) } : null;
}

/** '“…?” reacted Trump.', '“…,” read the statement, which …': a verb, then its subject closing the clause. */
function invertedAfter(tokens: readonly Token[], j: number, text: string): { cue: Token; mention: Mention } | null {
  const verb = tokens[j];
  if (!verb || verb.quote >= 0 || !(/^\p{Ll}+ed$/u.test(verb.text) || cueStrength(verb.lower) === 'speech' || verb.lower === 'read')) return null;
  let e = j + 1;
  const first = tokens[e];
  if (!first || first.quote >= 0) return null;
  if (isNameToken(first)) {
    while (isNameToken(tokens[e + 1]) && e - j < 5) e++;
  } else if (first.lower === 'the') {
    while (e < j + 4 && tokens[e + 1]?.word && !tokens[e + 1]?.cap && tokens[e + 1]?.quote === -1) e++;
    if (e === j + 1) return null;
  } else return null;
  const stop = tokens[e + 1];
  if (stop && !/^[,.;]$/.test(stop.text)) return null;
  const last = tokens[e];
  if (!last) return null;
  const mention: Mention = { from: j + 1, to: e + 1, start: first.start, end: last.end, text: text.slice(first.start, last.end), form: first.lower === 'the' ? 'nominal' : 'name' };
  return { cue: verb, mention };
}
