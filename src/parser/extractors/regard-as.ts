import type { ParseContext, SentenceInfo } from '../context.ts';
import { DETERMINERS, FINITE_AUXILIARIES, SUBJECT_PRONOUNS } from '../lexicon/people.ts';
import { isNameToken, subjectBefore } from '../mentions.ts';
import { sentenceSubject } from './clause.ts';
import { isHolder } from './complement-clause.ts';
import { clauseEndBefore } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Verbs of casting something as something ("saw the event as a chance", "portrayed the developer as a bully", "pitched her plan as …"). */
const CASTING = /^(?:see|sees|saw|view|views|viewed|viewing|regard|regards|regarded|consider|considers|considered|describe|describes|described|describing|portray|portrays|portrayed|portraying|cast|casts|casting|paint|paints|painted|painting|depict|depicts|depicted|depicting|characterize|characterizes|characterized|characterise|characterised|label|labels|labeled|labelled|frame|frames|framed|framing|pitch|pitches|pitched|pitching|present|presents|presented|presenting|brand|brands|branded|bill|billed|hail|hails|hailed|tout|touts|touted|touting|dismiss|dismisses|dismissed|deride|derides|derided|denounce|denounced|denounces|cite|cites|cited|perceive|perceives|perceived|envision|envisions|envisioned|position|positions|positioned)$/;
const OBJECT_OPENERS = new Set(['him', 'her', 'them', 'it', 'itself', 'himself', 'herself', 'themselves', 'us', 'me', 'myself', 'ourselves']);
const MAX_OBJECT = 12;

/** The clause's end, or a comma that opens a new clause or participle ("… as ingratiating themselves, he said …"). */
function castEnd(s: SentenceInfo, from: number): number {
  return clauseEndBefore(s, from, (tokens, m) => {
    const next = tokens[m + 1];
    if (tokens[m]?.text !== ',' || tokens[m]?.quote !== -1 || !next) return false;
    return next.cap || SUBJECT_PRONOUNS.has(next.lower) || /ing$/.test(next.lower);
  });
}

/** "House Republicans saw the tragic event as a chance to …", "She falsely presents herself as a physician": how the subject casts its object. */
export function regardAs(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let v = 1; v < tokens.length - 3; v++) {
    const verb = tokens[v];
    const first = tokens[v + 1];
    if (!verb || !first || verb.quote >= 0 || verb.cap || !CASTING.test(verb.lower) || first.quote >= 0) continue;
    // "the describe", "a cast as …": a noun, not the verb.
    if (DETERMINERS.has(tokens[v - 1]?.lower ?? '') || FINITE_AUXILIARIES.has(tokens[v - 1]?.lower ?? '') && /(?:ed|en|cast)$/.test(verb.lower) && tokens[v - 1]?.lower !== 'has' && tokens[v - 1]?.lower !== 'have' && tokens[v - 1]?.lower !== 'had') continue;
    if (!(OBJECT_OPENERS.has(first.lower) || DETERMINERS.has(first.lower) || isNameToken(first))) continue;
    let as = v + 2;
    while (as < tokens.length && as - v <= MAX_OBJECT && tokens[as]?.word && tokens[as]?.quote === -1 && tokens[as]?.lower !== 'as' && !FINITE_AUXILIARIES.has(tokens[as]?.lower ?? '')) as++;
    if (tokens[as]?.lower !== 'as' || !tokens[as + 1]?.word) continue;
    const mention = subjectBefore(tokens, v, ctx.text) ?? sentenceSubject(tokens, ctx.text, v);
    if (!mention || !isHolder(mention)) continue;
    const content = contentBetween(ctx, first.start, castEnd(s, as + 1));
    if (!content) continue;
    out.push({ ...content, cue: verb.text, cueStart: verb.start, mention, sentence: s.index, source: 'regard-as' });
    v = as;
  }
  return out;
}
