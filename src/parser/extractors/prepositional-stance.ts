import type { ParseContext, SentenceInfo } from '../context.ts';
import { BETWEEN_SUBJECT_AND_CUE, DETERMINERS, SUBJECT_PRONOUNS } from '../lexicon/people.ts';
import { subjectBefore } from '../mentions.ts';
import { memo } from '../text/memo.ts';
import { clauseEndBefore } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Verbs whose prepositional object is what they answer, discuss or oppose ("did not respond to …", "talked more about …", "campaigned against …"). */
const FRAMES: readonly [RegExp, string][] = [
  [/^(?:respond|responds|responded|responding|react|reacts|reacted|reacting)$/, 'to'],
  [/^(?:talk|talks|talked|talking|speak|speaks|spoke|speaking|write|writes|wrote|writing|complain|complains|complained|complaining|joke|jokes|joked|joking|boast|boasts|boasted|brag|bragged|bragging|rant|ranted|ranting|testify|testified|testifying|tweet|tweets|tweeted|tweeting|muse|mused|musing|gush|gushed|opine|opined)$/, 'about'],
  [/^(?:campaign|campaigns|campaigned|campaigning|rail|rails|railed|railing|protest|protests|protested|protesting|inveigh|inveighed|lobby|lobbied|lobbying)$/, 'against'],
];
/** Idioms of stance: verb, its fixed middle word(s) and the preposition before the target ("lashed out at", "took issue with", "pushed back against"). */
const IDIOMS: readonly [RegExp, readonly RegExp[], RegExp][] = [
  [/^lash(?:es|ed|ing)?$/, [/^out$/], /^at$/],
  [/^(?:take|takes|took|taking|taken)$/, [/^aim$/], /^at$/],
  [/^(?:poke|pokes|poked|poking)$/, [/^fun$/], /^at$/],
  [/^(?:take|takes|took|taking|taken)$/, [/^issue$/], /^with$/],
  [/^(?:side|sides|sided|siding)$/, [], /^with$/],
  [/^(?:double|doubles|doubled|doubling)$/, [/^down$/], /^on$/],
  [/^(?:push|pushes|pushed|pushing)$/, [/^back$/], /^(?:against|on)$/],
  [/^(?:open|opens|opened|opening)$/, [/^up$/], /^about$/],
  [/^(?:come|comes|came|coming)$/, [/^out$/], /^(?:against|for)$/],
  [/^(?:throw|throws|threw|throwing|thrown)$/, [/^(?:his|her|their|its)$/, /^(?:support|weight)$/], /^behind$/],
  [/^(?:distance|distances|distanced|distancing)$/, [/^(?:himself|herself|themselves|itself)$/], /^from$/],
];

/** True when a lower-case word can open a frame or an idiom: most words cannot, so the loop skips them after one look-up. */
const mayOpenFrame = memo((word: string) => IDIOMS.some(([re]) => re.test(word)) || FRAMES.some(([re]) => re.test(word)), 20_000);

/** Index of the preposition closing an idiom of stance that starts with the verb at `v`, or -1. */
function idiomPreposition(tokens: SentenceInfo['tokens'], v: number): number {
  const verb = tokens[v]?.lower ?? '';
  for (const [re, middle, prep] of IDIOMS) {
    if (!re.test(verb) || !middle.every((w, n) => w.test(tokens[v + 1 + n]?.lower ?? ''))) continue;
    const p = v + 1 + middle.length;
    if (prep.test(tokens[p]?.lower ?? '') && tokens[p]?.quote === -1) return p;
  }
  return -1;
}

/** Words that may stand between the verb and its preposition ("talked more about", "spoke out against", "did not respond directly to"). */
const BETWEEN = new Set(['more', 'less', 'out', 'again', 'mostly', 'only', 'also', 'much', 'often', 'publicly', 'privately', 'directly', 'immediately', 'openly', 'repeatedly', 'frequently', 'extensively', 'at', 'length']);
const STOPS = new Set(['since', 'during', 'when', 'while', 'because', 'after', 'before', 'until', 'although', 'though']);

/** Words before a verb of the frame that show it is a verb, not a noun ("he talked", "did not respond", "began by talking", "to react"). */
const VERB_MARKERS = new Set([...BETWEEN_SUBJECT_AND_CUE, ...SUBJECT_PRONOUNS, 'to', 'by', 'and', 'but', 'who', 'that', 'which', 'not', "n't", 'did', 'does', 'do']);

/** True when token `v` reads as a verb: after a name, a pronoun, an auxiliary, an adverb or "to"/"by", never after a determiner or adjective ("grass-roots campaigns against"). */
function verbPosition(tokens: SentenceInfo['tokens'], v: number): boolean {
  const prev = tokens[v - 1];
  if (!prev || prev.quote >= 0) return false;
  if (DETERMINERS.has(prev.lower) || /['\u2019]s$/.test(prev.text)) return false;
  return (prev.cap && prev.word) || VERB_MARKERS.has(prev.lower) || /(?:ly|n['\u2019]t)$/.test(prev.lower);
}

/** End of the object: the clause's end, or a time or reason phrase after it. */
function objectEnd(s: SentenceInfo, from: number): number {
  return clauseEndBefore(s, from, (tokens, m) => {
    const t = tokens[m];
    // "… by saying he would serve": the manner of the stance, not its target.
    return t !== undefined && t.quote < 0 && (STOPS.has(t.lower) || (t.lower === 'by' && /ing$/.test(tokens[m + 1]?.lower ?? '')));
  });
}

/** "Trump did not respond to a request for comment", "he talked more about policy", "unions have long campaigned against …": the object is the subject's stance. */
export function prepositionalStance(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let v = 1; v < tokens.length - 2; v++) {
    const verb = tokens[v];
    if (!verb || verb.quote >= 0 || verb.cap || !mayOpenFrame(verb.lower)) continue;
    const idiom = idiomPreposition(tokens, v);
    if (idiom > 0) {
      const c = stance(ctx, s, v, idiom);
      if (c) out.push(c);
      v = idiom;
      continue;
    }
    if (!verbPosition(tokens, v)) continue;
    let p = v + 1;
    while (p < v + 3 && (BETWEEN.has(tokens[p]?.lower ?? '') || /ly$/.test(tokens[p]?.lower ?? ''))) p++;
    const prep = tokens[p]?.lower ?? '';
    const spokeOut = /^(?:speak|speaks|spoke|speaking|spoken)$/.test(verb.lower) && tokens[v + 1]?.lower === 'out' && prep === 'against';
    if (!spokeOut && !FRAMES.some(([re, pr]) => re.test(verb.lower) && pr === prep)) continue;
    const c = stance(ctx, s, v, p);
    if (c) out.push(c);
    v = p;
  }
  return out;
}

/** The subject's stance toward the object of the preposition at `p`, the verb at `v`; null without a subject or an object. */
function stance(ctx: ParseContext, s: SentenceInfo, v: number, p: number): Candidate | null {
  const { tokens } = s;
  const verb = tokens[v];
  const first = tokens[p + 1];
  if (!verb || !first || !first.word) return null;
  const prev = tokens[v - 1];
  if (prev && (DETERMINERS.has(prev.lower) || /['\u2019]s$/.test(prev.text))) return null;
  const mention = subjectBefore(tokens, v, ctx.text);
  if (!mention) return null;
  const content = contentBetween(ctx, first.start, objectEnd(s, p + 1));
  if (!content) return null;
  return { ...content, cue: ctx.text.slice(verb.start, tokens[p]?.end ?? verb.end), cueStart: verb.start, mention, sentence: s.index, source: 'prepositional-stance' };
}
