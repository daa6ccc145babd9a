import type { ParseContext, SentenceInfo } from '../context.ts';
import { AFTER_CUE, BETWEEN_SUBJECT_AND_CUE, DETERMINERS } from '../lexicon/people.ts';
import { isNameToken, subjectBefore } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { contentBetween, trimSpan, type Candidate } from './types.ts';

/** Verbs of stance toward a person, plan or claim: their short noun-phrase object is the content ("Cruz endorsed Trump", "Trump has denied the claims"). */
const STANCE = /^(?:prais|criticiz|criticis|defend|reject|deni|deny|admir|blast|slam|attack|endors|back|support|oppos|question|condemn|denounc|welcom|applaud|hail|laud|tout|blam|mock|dismiss|rebuk|assail|lambast|berat|chastis|scold|favor|favour|embrac|champion|disavow|repudiat|decr|ridicul|disparag|belittl|deride|derid)/;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'himself', 'herself', 'themselves', 'it', 'us', 'me']);
/** Words that end a noun-phrase object: setting and time phrases, coordination, a relative or participle clause. */
const NP_STOPS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'because', 'since', 'last', 'this', 'earlier', 'as', 'with', 'by', 'from', 'over', 'amid', 'despite', 'following', 'until', 'and', 'but', 'or', 'who', 'which', 'that', 'than', 'if', 'through', 'via', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'for']);
const SETTING = new Set(['in', 'on', 'at', 'during', 'with', 'by', 'from', 'over', 'through', 'via', 'for', 'as', 'amid', 'despite', 'following', 'after', 'before', 'since', 'until']);
const SETTING_ONLY = new Set(['through', 'via', 'during', 'amid', 'despite', 'following']);
const MAX_WORDS = 4;
/** Post-nominal participles of allegiance ("a super PAC backing Bush", "pastors supporting Mr. Cruz"). */
const ALLEGIANCE = new Set(['backing', 'supporting', 'opposing', 'endorsing']);
/** Words that cannot end the noun phrase before such a participle ("is backing", "in supporting", "the backing"). */
const NOT_HOLDER = new Set([...BETWEEN_SUBJECT_AND_CUE, ...DETERMINERS, 'in', 'for', 'of', 'by', 'on', 'at', 'to', 'from', 'with', 'about', 'without', 'after', 'before', 'while', 'when', 'and', 'or', 'but', 'start', 'started', 'stop', 'stopped', 'keep', 'kept', 'continue', 'continued', 'continues', 'began', 'begin', 'avoid', 'avoided', 'consider', 'considered', 'considering', 'mind', 'leaning', 'toward', 'towards', 'off', 'who', 'which', 'that', 'percent', 'into', 'than', 'among', 'as', 'like']);
const AUX_BEFORE_ING = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'am', "'s", '\u2019s']);

/** "questioned that determination,": a demonstrative "that" before one noun and a stop, not a complementizer. */
function demonstrativeNp(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k + 1];
  const after = tokens[k + 2];
  return !!noun && noun.word && !noun.cap && noun.quote < 0 && !/(?:ed|ly)$/.test(noun.lower) && !DETERMINERS.has(noun.lower) && !OBJECT_PRONOUNS.has(noun.lower) && (!after || (!after.word && after.quote < 0) || NP_STOPS.has(after.lower));
}

/** The token index just past a short noun-phrase object starting at `k`, or -1 when it is not one. */
function objectEnd(s: SentenceInfo, k: number, max = MAX_WORDS): number {
  const { tokens } = s;
  const first = tokens[k];
  if (!first || first.quote >= 0 || !first.word) return -1;
  const np = isNameToken(first) || OBJECT_PRONOUNS.has(first.lower) || DETERMINERS.has(first.lower) || /['\u2019]s$/.test(first.text) || (!first.cap && !/ly$/.test(first.lower) && !NP_STOPS.has(first.lower));
  if (!np || first.lower === 'to' || (first.lower === 'that' && !demonstrativeNp(tokens, k))) return -1;
  let m = k;
  while (m < tokens.length && m - k < max) {
    const t = tokens[m];
    if (!t || t.quote >= 0 || !t.word || (m > k && NP_STOPS.has(t.lower))) break;
    // "Mr." and "Sen." are one word of a name; the tokenizer keeps their stop.
    m++;
  }
  const stop = tokens[m];
  // "praised the crews in a letter": a setting phrase may still hold more of the object; leave it to the clause reading.
  // "denied the accusations through a spokeswoman": a preposition that only opens a setting ends it.
  if (!stop || (!stop.word && stop.quote < 0) || (NP_STOPS.has(stop.lower) && (!SETTING.has(stop.lower) || SETTING_ONLY.has(stop.lower)))) return m;
  return -1;
}

/** "Cruz has endorsed Trump.", "Trump has denied the claims, …": a stance verb whose object is too short for a clause reading. */
export function stanceObject(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (const cue of s.cues) {
    const verb = tokens[cue.j - 1];
    if (cue.according || !verb || verb.quote >= 0 || !STANCE.test(verb.lower)) continue;
    if (cue.j !== cue.i + 1 && tokens[cue.j - 2]?.lower !== 'to') continue;
    // A finite verb: "endorsed", "supports", "is endorsing"; a bare "support" is mostly a noun ("establishment support splintered").
    if (verb.lower.endsWith('ing') ? !AUX_BEFORE_ING.has(tokens[cue.i - 1]?.lower ?? '') : !/(?:ed|[^s]s)$/.test(verb.lower)) continue;
    // "voters who support Sanders": a description of a group, not a statement.
    let b = cue.i - 1;
    while (b > 0 && BETWEEN_SUBJECT_AND_CUE.has(tokens[b]?.lower ?? '')) b--;
    if (tokens[b]?.lower === 'who' || tokens[b]?.lower === 'whose') continue;
    const mention = subjectBefore(tokens, cue.i, ctx.text);
    if (!mention || mention.text.toLowerCase() === 'you') continue;
    let k = cue.j;
    while (AFTER_CUE.has(tokens[k]?.lower ?? '')) k++;
    const end = objectEnd(s, k);
    const first = tokens[k];
    const last = tokens[end - 1];
    if (end <= k || !first || !last) continue;
    const content = contentBetween(ctx, first.start, last.end);
    if (!content) continue;
    out.push({ ...content, cue: cue.text, cueStart: cue.start, mention, sentence: s.index, source: 'stance-object' });
  }
  return [...out, ...allegiances(ctx, s)];
}

/** Role words before a name ("former Arkansas Gov. Mike Huckabee", "then-Republican presidential candidate Marco Rubio"). */
const NAME_MODIFIERS = /^(?:former|then-\S+|presidential|candidate|senator|governor|gov\.|sen\.|rep\.|republican|democratic|gop|vice|president)$/;

/** The token index past a named object starting at `k` ("former Arkansas Gov. Mike Huckabee"), ending with the name; -1 when none. */
function namedObjectEnd(tokens: readonly Token[], k: number): number {
  let m = k;
  while (m - k < 4 && tokens[m]?.quote === -1 && NAME_MODIFIERS.test(tokens[m]?.lower ?? '')) m++;
  if (!isNameToken(tokens[m])) return -1;
  while (m < tokens.length && m - k < 10 && (isNameToken(tokens[m]) || NAME_MODIFIERS.test(tokens[m]?.lower ?? ''))) m++;
  return m;
}

/** "a group backing Senator Cruz", "pastors supporting Mr. Cruz": the noun phrase before the participle holds the stance. */
function allegiances(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    const head = tokens[i - 1];
    if (!t || !head || t.quote >= 0 || !ALLEGIANCE.has(t.lower) || head.quote >= 0 || !head.word || NOT_HOLDER.has(head.lower) || /(?:ing|ly|['\u2019](?:re|s|ve|m|d))$/.test(head.lower)) continue;
    let from = i - 1;
    while (from > 0 && i - from < 6 && tokens[from - 1]?.word && tokens[from - 1]?.quote === -1 && !NOT_HOLDER.has(tokens[from - 1]?.lower ?? '') && !/['\u2019]s$/.test(tokens[from - 1]?.text ?? '')) from--;
    if (DETERMINERS.has(tokens[from - 1]?.lower ?? '')) from--;
    const named = namedObjectEnd(tokens, i + 1);
    const end = named > 0 ? named : objectEnd(s, i + 1, 8);
    const first = tokens[i + 1];
    const last = tokens[end - 1];
    const start = tokens[from];
    if (end <= i + 1 || !first || !last || !start || !(named > 0 || isNameToken(first) || OBJECT_PRONOUNS.has(first.lower) || DETERMINERS.has(first.lower))) continue;
    const span = trimSpan(ctx.text, first.start, last.end);
    if (!span) continue;
    const mention = { from, to: i, start: start.start, end: head.end, text: ctx.text.slice(start.start, head.end), form: 'nominal' as const };
    out.push({ spans: [span], cue: t.text, cueStart: t.start, kind: 'indirect', mention, sentence: s.index, source: 'stance-object' });
  }
  return out;
}
