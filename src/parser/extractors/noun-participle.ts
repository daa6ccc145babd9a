import type { ParseContext, SentenceInfo } from '../context.ts';
import { BETWEEN_SUBJECT_AND_CUE, DETERMINERS, FINITE_AUXILIARIES, SUBJECT_PRONOUNS } from '../lexicon/people.ts';
import type { Mention } from '../mentions.ts';
import { contentStart } from './clause.ts';
import { clauseEnd } from './clause-end.ts';
import { asContent, trimSpan, type Candidate } from './types.ts';

/** Words that cannot head the noun phrase before a participle: auxiliaries, prepositions, aspect verbs ("is saying", "by attacking", "kept urging"). */
const NOT_HEAD = new Set([
  ...BETWEEN_SUBJECT_AND_CUE, ...DETERMINERS, ...SUBJECT_PRONOUNS,
  'in', 'for', 'of', 'by', 'on', 'at', 'to', 'from', 'with', 'about', 'without', 'after', 'before', 'while', 'when', 'and', 'or', 'but', 'than', 'as', 'like', 'into', 'upon', 'instead', 'besides', 'despite', 'since',
  'start', 'started', 'starts', 'stop', 'stopped', 'keep', 'keeps', 'kept', 'continue', 'continued', 'continues', 'began', 'begin', 'begins', 'spent', 'spend', 'spends', 'avoid', 'avoided', 'consider', 'considered', 'mind', 'quit', 'finished', 'resumed', 'risk', 'risked',
  'remember', 'remembered', 'recall', 'recalls', 'recalled', 'heard', 'hear', 'seen', 'saw', 'see', 'watch', 'watched', 'turns', 'me', 'him', 'her', 'us', 'them', 'you', 'who', 'which', 'that', 'there', 'here', 'not', 'never', 'now', 'then', 'so', 'too', 'very',
]);
const MAX_HOLDER = 6;
/** Participles of saying and stance that follow the noun they describe; not "showing", "voting", "reporting", "thinking", mostly nouns. */
const PARTICIPLES = /^(?:saying|calling|urging|demanding|threatening|claiming|accusing|praising|criticizing|criticising|warning|arguing|asking|attacking|blasting|slamming|condemning|denouncing|describing|highlighting|touting|favoring|favouring|defending|telling|suggesting|insisting|declaring|announcing|questioning|mocking|blaming|proposing|decrying|alleging|asserting|pledging|promising|vowing|opposing|rejecting|disputing|challenging|lambasting|ridiculing|endorsing)$/;
/** Openers of a fronted phrase ending at its comma ("Despite disclaimers urging calm, …"). */
const FRONTED = new Set(['despite', 'following', 'in', 'after', 'with', 'amid', 'before', 'as', 'since', 'when', 'while', 'after', 'upon', 'on', 'by', 'from', 'without', 'unlike', 'like', 'besides']);

/** Words after which an auxiliary or past form belongs to the content's own clause ("to be banned", "that was", "if elected"). */
const NOT_BEFORE_MAIN_VERB = new Set(['to', 'that', 'if', 'when', 'once', 'unless', 'who', 'which', 'as', 'than']);

/** End of the participle's content from `k`: at the comma closing a fronted phrase, or before the main verb when the phrase is the subject. */
function contentEnd(s: SentenceInfo, from: number, k: number): number {
  const { tokens } = s;
  const end = clauseEnd(s, k);
  const fronted = FRONTED.has(tokens[0]?.lower ?? '') || (tokens[0]?.lower.endsWith('ing') ?? false);
  const subject = !fronted && tokens.slice(0, from).every((t) => t.quote < 0 && t.text !== ',' && !SUBJECT_PRONOUNS.has(t.lower) && !FINITE_AUXILIARIES.has(t.lower) && !(!t.cap && /ed$/.test(t.lower)));
  if (!fronted && !subject) return end;
  for (let m = k + 1; m < tokens.length && (tokens[m]?.start ?? end) < end; m++) {
    const t = tokens[m];
    if (!t) break;
    // A comma closing a quotation inside the fronted phrase ("signs calling him “a loser,” the crowd …") closes the phrase too.
    if (fronted && t.text === ',' && (t.quote < 0 || tokens[m + 1]?.quote !== t.quote)) return t.start;
    if (t.quote >= 0) continue;
    const verb = FINITE_AUXILIARIES.has(t.lower) || (!t.cap && /ed$/.test(t.lower) && !FINITE_AUXILIARIES.has(tokens[m - 1]?.lower ?? ''));
    if (subject && verb && !NOT_BEFORE_MAIN_VERB.has(tokens[m - 1]?.lower ?? '')) return t.start;
  }
  return end;
}

/** "a petition calling on him to resign", "a letter urging the board to reconsider", "a video threatening an attack": the noun phrase before a speech participle is its source. */
export function nounParticiple(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (const cue of s.cues) {
    const verb = tokens[cue.i];
    const head = tokens[cue.i - 1];
    if (cue.according || !verb || !head || !PARTICIPLES.test(verb.lower)) continue;
    if (head.quote >= 0 || !head.word || head.cap || NOT_HEAD.has(head.lower) || FINITE_AUXILIARIES.has(head.lower) || /(?:ing|ly|['\u2019](?:re|s|ve|m|d)|n['\u2019]t)$/.test(head.lower)) continue;
    let from = cue.i - 1;
    while (from > 0 && cue.i - from < MAX_HOLDER && tokens[from - 1]?.word && tokens[from - 1]?.quote === -1 && !NOT_HEAD.has(tokens[from - 1]?.lower ?? '')) from--;
    if (DETERMINERS.has(tokens[from - 1]?.lower ?? '')) from--;
    const start = tokens[from];
    const k = contentStart(tokens, cue);
    const first = tokens[k];
    if (!start || !first) continue;
    const span = trimSpan(ctx.text, first.start, contentEnd(s, from, k));
    if (!span) continue;
    const mention: Mention = { from, to: cue.i, start: start.start, end: head.end, text: ctx.text.slice(start.start, head.end), form: 'nominal' };
    const { kind, spans } = asContent(ctx, span);
    out.push({ spans, cue: cue.text, cueStart: cue.start, kind, mention, sentence: s.index, source: 'noun-participle' });
  }
  return out;
}
