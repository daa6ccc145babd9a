import type { ParseContext, SentenceInfo } from '../context.ts';
import { BE_FORMS } from '../lexicon/people.ts';
import { subjectBefore } from '../mentions.ts';
import { sentenceSubject } from './clause.ts';
import { clauseEnd } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Verbs whose addressee comes before the preposition that opens the content ("thanked X for …", "reminded X of …"). */
const ADDRESSED: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  thank: ['for'], thanked: ['for'], thanking: ['for'],
  remind: ['of'], reminds: ['of'], reminded: ['of'], reminding: ['of'],
}));
/** Verbs of claiming that take "responsibility" or "credit" for the content ("claimed responsibility for the attack"). */
const CLAIMING = new Set(['claim', 'claims', 'claimed', 'claiming', 'take', 'takes', 'took', 'taking', 'taken']);
const CLAIMED = new Set(['responsibility', 'credit']);
const MAX_ADDRESSEE = 6;
const SELF = new Set(['me', 'us']);
/** Words before the cue after which its subject opens the sentence ('… and thanked X for', '…, reminding X of', 'used it to claim credit for'). */
const SENTENCE_SUBJECT = new Set(['and', 'to', ',']);

/** Index of the preposition that opens the content after the cue verb at `i`, or -1. */
function contentPreposition(s: SentenceInfo, i: number): number {
  const { tokens } = s;
  const verb = tokens[i]?.lower ?? '';
  if (CLAIMING.has(verb)) return CLAIMED.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'for' ? i + 2 : -1;
  const preps = ADDRESSED.get(verb);
  if (!preps) return -1;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_ADDRESSEE + 1; k++) {
    const t = tokens[k];
    if (!t || !t.word || t.quote >= 0) return -1;
    if (preps.includes(t.lower)) return k > i + 1 ? k : -1;
    // "reminds me of Lincoln": a likeness, not a reminder.
    if (k === i + 1 && SELF.has(t.lower)) return -1;
  }
  return -1;
}

/** "Cruz thanked Trump for backing …", "she reminded Trump of …", "the group claimed responsibility for the attack": what follows the preposition is content. */
export function creditThanks(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let i = 0; i < tokens.length - 2; i++) {
    const verb = tokens[i];
    if (!verb || !verb.word || verb.quote >= 0 || verb.cap || BE_FORMS.has(tokens[i - 1]?.lower ?? '')) continue;
    const p = contentPreposition(s, i);
    const first = tokens[p + 1];
    if (p < 0 || !first) continue;
    // "…, reminding Americans of …", "used the tool to claim credit for …": the subject of the sentence.
    const before = tokens[i - 1]?.lower ?? '';
    // "Clinton and husband Bill, thanked …": a finite verb after a comma has no subject of its own to read.
    if (before === ',' && !verb.lower.endsWith('ing')) continue;
    const mention = SENTENCE_SUBJECT.has(before) ? sentenceSubject(tokens, ctx.text, i) : subjectBefore(tokens, i, ctx.text);
    if (!mention) continue;
    // The content is a noun or gerund phrase: it ends at the first comma or dash ("… for last month's attacks in Paris, and …").
    const end = clauseEnd(s, p + 1);
    let last = p + 1;
    while (tokens[last + 1] && (tokens[last + 1]?.start ?? end) < end && !/^[,;:\u2014\u2013-]$/.test(tokens[last + 1]?.text ?? '')) last++;
    const content = tokens.slice(p + 1, last + 1).filter((t) => t.word).length >= 2 ? contentBetween(ctx, first.start, tokens[last]?.end ?? end) : null;
    if (!content) continue;
    out.push({ ...content, cue: ctx.text.slice(verb.start, tokens[p]?.end ?? verb.end), cueStart: verb.start, mention, sentence: s.index, source: 'credit-thanks' });
  }
  return out;
}
