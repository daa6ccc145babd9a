import { memo } from '../text/memo.ts';
import type { Token } from '../text/tokens.ts';
import { CATENATIVE, MADE_NOUNS, MAKE, TALK, cueParticles, cueStrength, PREPOSITIONAL, verbStrength, type CueStrength } from '../lexicon/cues.ts';

/** A cue verb or phrase found outside quotations: tokens [i, j). */
export interface CueMatch {
  i: number;
  j: number;
  start: number;
  end: number;
  text: string;
  strength: CueStrength;
  /** "according to X": the speaker follows, the content is the rest of the sentence. */
  according: boolean;
}

const PASSIVE = new Set(['was', 'were', 'been', 'being', 'be', 'is', 'are', 'get', 'got', 'gets', 'getting']);
/** Adverbs that may stand between a passive auxiliary and its participle ("was also endorsed", "were not told"). */
const PASSIVE_ADVERBS = new Set(['also', 'not', 'never', 'already', 'later', 'then', 'still', 'even', 'just', 'again', 'first', 'since', 'once', 'recently']);

/** True when token `i` follows a passive auxiliary, directly or after one adverb. */
function passiveBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  if (PASSIVE.has(prev)) return true;
  return (PASSIVE_ADVERBS.has(prev) || (prev.length > 3 && prev.endsWith('ly'))) && PASSIVE.has(tokens[i - 2]?.lower ?? '');
}
/** Verbs of intention that read as a cue only before an infinitive ("declined to comment", "plans to run"). */
const WEAK_TO = /^(?:declin|refus|plan|intend|aim|seek|sought|vot|decid)/;
const DETERMINED = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'such']);
/** Modifiers that make the next word a noun only after a determiner ("the first report", but "she first reported"). */
const NOUN_MODIFIERS = new Set(['public', 'recent', 'prepared', 'latest', 'new', 'first', 'own']);
/** "he's said", "who's thinking": a contracted auxiliary, not a possessive. */
const CONTRACTED = /^(?:he|she|it|who|that|there|what|where|here)['’]s$/i;

/** True when the token before a cue word makes it a noun ("the claim", "Trump's comment", "the first report"). */
function nounMarked(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.quote >= 0) return false;
  if (DETERMINED.has(prev.lower)) return true;
  if (/['’]s$/.test(prev.text)) return !CONTRACTED.test(prev.text);
  if (!NOUN_MODIFIERS.has(prev.lower)) return false;
  const before = tokens[i - 2];
  return !before || DETERMINED.has(before.lower) || /['’]s$/.test(before.text) || !before.word;
}

/** Nouns that make "show" a programme or a fair ("a radio show", "the gun show"). */
const SHOW_KINDS = new Set(['radio', 'talk', 'tv', 'television', 'reality', 'trade', 'gun', 'car', 'air', 'cooking', 'late-night', 'comedy', 'variety', 'quiz', 'chat', 'fashion', 'award', 'awards', 'dog', 'horse', 'boat', 'slide']);

/** Idioms in which a cue word is no cue: "think tank", "showed up" (appeared), "a radio show". */
function noCueIdiom(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]?.lower ?? '';
  const next = tokens[i + 1]?.lower ?? '';
  if (t === 'think' && (next === 'tank' || next === 'tanks')) return true;
  if (!t.startsWith('show')) return false;
  if (next === 'up' && /^show(?:s|ed|ing|n)?$/.test(t)) return true;
  return (t === 'show' || t === 'shows') && SHOW_KINDS.has(tokens[i - 1]?.lower ?? '');
}

/**
 * Whether a lowercase word can open a cue at all: the first-word test of one of findCues' branches
 * holds for it (a new branch adds its test here). Most words of a sentence open none, so one memo
 * read answers them instead of the eight lexicon lookups.
 */
const mayOpenCue = memo(
  (w: string): boolean =>
    w === 'according' || MAKE.has(w) || TALK.has(w) || CATENATIVE.has(w) || cueParticles(w) !== undefined || PREPOSITIONAL.has(w) || cueStrength(w) !== undefined || PARTICIPLE_BEFORE_CLAUSE.has(w),
  50_000,
);

/** Finds cue verbs and phrases in a sentence's tokens, longest match first, skipping quoted text. */
export function findCues(tokens: readonly Token[]): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.word || t.quote >= 0 || !mayOpenCue(t.lower)) continue;
    const next = tokens[i + 1];
    if (t.lower === 'according' && next?.lower === 'to') {
      out.push(make(tokens, i, i + 2, 'speech', true));
      i++;
      continue;
    }
    const phrase = MAKE.has(t.lower) ? madePhrase(tokens, i + 1) : TALK.has(t.lower) ? talkPhrase(tokens, i + 1) : 0;
    if (phrase > 0) {
      out.push(make(tokens, i, phrase, 'speech', false));
      i = phrase - 1;
      continue;
    }
    const chain = CATENATIVE.has(t.lower) && next?.lower === 'to' ? catenated(tokens, i + 2) : null;
    if (chain) {
      out.push(make(tokens, i, chain.j, chain.strength, false));
      i = chain.j - 1;
      continue;
    }
    const particles = cueParticles(t.lower);
    if (particles && next && particles.includes(next.lower)) {
      let j = i + 2;
      if (next.lower === 'on' && tokens[j]?.lower === 'to' && cueStrength(tokens[j + 1]?.lower ?? '')) j += 2;
      else if (next.lower === 'on' && !/^(?:say|said|to)$/.test(tokens[j]?.lower ?? '')) continue;
      out.push(make(tokens, i, j, 'speech', false));
      i = j - 1;
      continue;
    }
    const preps = PREPOSITIONAL.get(t.lower);
    if (preps && next && preps.includes(next.lower)) {
      out.push(make(tokens, i, i + 2, 'speech', false));
      i++;
      continue;
    }
    // "…, warning that …": the participle of a cue word that is mostly a noun ("a warning").
    const strength = cueStrength(t.lower) ?? (PARTICIPLE_BEFORE_CLAUSE.has(t.lower) && (next?.lower === 'that' || next?.lower === 'against') ? 'speech' : undefined);
    if (!strength) continue;
    const prev = tokens[i - 1];
    if (nounMarked(tokens, i) || noCueIdiom(tokens, i)) continue;
    if (prev?.lower === 'to' && tokens[i - 2]?.lower !== 'on') continue;
    if (passiveBefore(tokens, i) && /(?:ed|en|told|said|shown|known|found|thought|seen)$/.test(t.lower)) continue;
    if (WEAK_TO.test(t.lower) && next?.lower !== 'to' && next?.lower !== 'for' && next?.lower !== 'against') continue;
    if (t.cap && i > 0) continue;
    if (/^(?:delegates?|votes?)$/.test(next?.lower ?? '') && /ed$/.test(t.lower)) continue;
    out.push(make(tokens, i, i + 1, strength, false));
  }
  return out;
}

/** Participles left out of the cue lexicon as nouns, read as cues before "that" or "against" ("warning that …"). */
const PARTICIPLE_BEFORE_CLAUSE = new Set(['warning']);

const CLEAR_ADVERBS = new Set(['very', 'abundantly', 'crystal', 'quite', 'perfectly', 'absolutely']);
const ARTICLES = new Set(['a', 'the', 'his', 'her', 'their', 'its', 'our']);

/** End of "made (it) (very) clear", "made the case (for)", "made no secret of" after "made" at `k - 1`, or 0. */
function madePhrase(tokens: readonly Token[], k: number): number {
  let m = k;
  if (tokens[m]?.lower === 'it') m++;
  if (CLEAR_ADVERBS.has(tokens[m]?.lower ?? '')) m++;
  if (tokens[m]?.lower === 'clear' && tokens[m]?.quote === -1) return m + 1;
  if (ARTICLES.has(tokens[k]?.lower ?? '') && MADE_NOUNS.has(tokens[k + 1]?.lower ?? '')) return ['for', 'of', 'against'].includes(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
  if (tokens[k]?.lower === 'no' && ['secret', 'mention'].includes(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of') return k + 3;
  return 0;
}

/** End of "spoke (warmly) of/about", "spoke out (against)" after a talk verb at `k - 1`, or 0. */
function talkPhrase(tokens: readonly Token[], k: number): number {
  let m = k;
  if (tokens[m]?.lower === 'out') return ['against', 'for', 'about', 'on'].includes(tokens[m + 1]?.lower ?? '') ? m + 2 : m + 1;
  if (/ly$/.test(tokens[m]?.lower ?? '') && m === k) m++;
  return m > k && (tokens[m]?.lower === 'of' || tokens[m]?.lower === 'about') ? m + 1 : 0;
}

/** The cue verb (or phrase) after "seemed to", "was quick to": its end and strength, or null. */
function catenated(tokens: readonly Token[], k: number): { j: number; strength: CueStrength } | null {
  const verb = tokens[k];
  if (!verb || verb.quote >= 0 || verb.cap) return null;
  const next = tokens[k + 1]?.lower ?? '';
  if (cueParticles(verb.lower)?.includes(next) || PREPOSITIONAL.get(verb.lower)?.includes(next)) return { j: k + 2, strength: 'speech' };
  const strength = verbStrength(verb.lower);
  if (!strength || strength === 'trailing' || strength === 'report' || WEAK_TO.test(verb.lower)) return null;
  return { j: k + 1, strength };
}

function make(tokens: readonly Token[], i: number, j: number, strength: CueStrength, according: boolean): CueMatch {
  const start = tokens[i]?.start ?? 0;
  const end = tokens[j - 1]?.end ?? start;
  return { i, j, start, end, text: '', strength, according };
}
