import type { ParseContext, SentenceInfo } from '../context.ts';
import { cueStrength } from '../lexicon/cues.ts';
import { DEMONYM, FINITE_AUXILIARIES, PERSON_TITLES, ROLE_NOUNS } from '../lexicon/people.ts';
import { isTitle } from './cue-then-quote.ts';
import { npEndingAt, subjectBefore, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import type { Candidate } from './types.ts';

const OPENERS = /^(?:[\u201c\u201e\u00ab"]|''|``)$/;
/** "the phrase “…”", "the words “…”": a noun that names the quoted words as words. */
const WORD_NOUNS = new Set(['phrase', 'words', 'word', 'term', 'slogan', 'line', 'motto', 'mantra', 'refrain', 'message']);
const PREPOSITIONS = new Set(['for', 'of', 'as', 'with', 'about', 'in']);
const IRREGULAR = new Set(['took', 'takes', 'made', 'makes', 'gave', 'gives', 'wrote', 'put', 'puts', 'kept', 'keeps', 'held', 'holds', 'sang', 'sings', 'began', 'drew', 'chose', 'spoke', 'told', 'said', 'says', 'uses']);
const CROWDS = new Set(['protesters', 'demonstrators', 'supporters', 'crowd', 'crowds', 'students', 'activists']);
const PERSONAL = new Set(['he', 'she', 'they', 'i', 'we']);

/** "Lee took credit for “…”", "Lee has used the phrase “…”", "Lee opposes “…”": a person's verb whose object is a quotation. */
export function quotedObject(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let k = 1; k < tokens.length - 1; k++) {
    const mark = tokens[k];
    const inside = tokens[k + 1];
    if (!mark || !inside || mark.quote >= 0 || inside.quote < 0 || !OPENERS.test(mark.text)) continue;
    const region = ctx.quotes[inside.quote];
    if (!region || region.open !== mark.start || region.close > s.end) continue;
    const verb = verbBefore(tokens, k - 1);
    if (verb < 0) {
      const owner = possessiveOwner(ctx, tokens, k, region.close);
      if (owner) out.push({ spans: [[region.start, region.end]], cue: owner.cue.text, cueStart: owner.cue.start, kind: 'direct', mention: owner.mention, sentence: s.index, source: 'quoted-object' });
      continue;
    }
    const mention = subjectBefore(tokens, verb, ctx.text);
    if (!mention || !personal(mention) || !nextToVerb(tokens, mention.to, verb)) continue;
    // A show or a book in title case is named, not quoted ('Lee likes “The Harbor Show”').
    if (isTitle(tokens, inside.quote)) continue;
    const v = tokens[verb];
    if (!v) continue;
    out.push({ spans: [[region.start, region.end]], cue: v.text, cueStart: v.start, kind: 'direct', mention, sentence: s.index, source: 'quoted-object' });
  }
  return out;
}

/** Index of the verb whose object opens at token `k` ("took credit for", "used the phrase", "opposes"), or -1. */
function verbBefore(tokens: readonly Token[], k: number): number {
  let v = k;
  if (WORD_NOUNS.has(tokens[v]?.lower ?? '') && /^(?:the|a|his|her|their)$/.test(tokens[v - 1]?.lower ?? '')) v -= 2;
  else if (PREPOSITIONS.has(tokens[v]?.lower ?? '')) {
    v -= 1;
    if (tokens[v]?.lower === 'credit') v -= 1;
  }
  const t = tokens[v];
  if (!t || !t.word || t.cap || t.quote >= 0) return -1;
  return isVerb(t.lower) ? v : -1;
}

function isVerb(w: string): boolean {
  if (IRREGULAR.has(w) || cueStrength(w)) return true;
  return /^[a-z]{2,}(?:ed|ing)$/.test(w) || (/^[a-z]{3,}[^s]s$/.test(w) && !ROLE_NOUNS.has(w.slice(0, -1)));
}

function partyAdjective(w: string): boolean {
  return /^[A-Z][a-z]+$/.test(w) && DEMONYM.test(w);
}

const PASSIVE = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'get', 'got', 'gets']);
const BETWEEN = new Set(['not', 'also', 'never', 'once', 'often', 'still', 'even', 'just']);

/** Only auxiliaries and adverbs between the subject and an active verb ("Lee has often used"), and no party or
 * nationality adjective for a subject ("Republican claims"). */
function nextToVerb(tokens: readonly Token[], to: number, verb: number): boolean {
  // "Lee's call for “…”": after a possessive the word is a noun.
  if (/['\u2019]s?$/.test(tokens[verb - 1]?.text ?? '') || PASSIVE.has(tokens[verb - 1]?.lower ?? '') || (to === verb && partyAdjective(tokens[verb - 1]?.text ?? '') && /s$/.test(tokens[verb]?.lower ?? ''))) return false;
  for (let k = to; k < verb; k++) {
    const w = tokens[k]?.lower ?? '';
    if (!FINITE_AUXILIARIES.has(w) && !BETWEEN.has(w) && !/^[a-z]{3,}ly$/.test(w)) return false;
  }
  return true;
}

function personal(m: Mention): boolean {
  if (m.form === 'pronoun') return PERSONAL.has(m.text.toLowerCase());
  if (m.form === 'name') return true;
  const head = m.text.toLowerCase().split(/\s+/).at(-1) ?? '';
  return PERSON_TITLES.has(head) || CROWDS.has(head);
}

/** Nouns for something said, after a possessive and a quotation ("Lee’s “47 percent” comment"). */
const SAID_NOUNS = new Set(['comment', 'comments', 'remark', 'remarks', 'promise', 'pledge', 'vow', 'line', 'slogan', 'quip', 'claim', 'statement', 'warning', 'tweet', 'mantra', 'motto', 'refrain', 'catchphrase', 'retort', 'jab', 'boast', 'joke']);

/** "Lee’s “47 percent” comment": the name before the possessive says the quotation named by the noun after it. */
function possessiveOwner(ctx: ParseContext, tokens: readonly Token[], k: number, close: number): { cue: Token; mention: Mention } | null {
  const owner = tokens[k - 1];
  const after = tokens.findIndex((t) => t.start >= close && t.quote < 0 && t.word);
  const noun = tokens[after];
  if (!owner || !noun || !SAID_NOUNS.has(noun.lower) || owner.quote >= 0 || !/^[A-Z].*['\u2019]s?$/.test(owner.text)) return null;
  if (tokens.slice(k + 1, after).some((t) => t.quote < 0 && t.word)) return null;
  const np = npEndingAt(tokens, k - 1, ctx.text);
  if (!np || np.form !== 'name') return null;
  const end = owner.end - (owner.text.endsWith('s') ? 2 : 1);
  return { cue: noun, mention: { ...np, end, text: ctx.text.slice(np.start, end) } };
}
