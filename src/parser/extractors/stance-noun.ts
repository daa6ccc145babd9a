import type { ParseContext, SentenceInfo } from '../context.ts';
import { FINITE_AUXILIARIES } from '../lexicon/people.ts';
import { subjectBefore } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { isHolder } from './complement-clause.ts';
import { targetEnd } from './stance-adjective.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Nouns of stance and the prepositions introducing their target ("launched an attack on X", "is a vocal advocate of Y"). */
const STANCE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  attack: ['on', 'against'],
  attacks: ['on', 'against'],
  assault: ['on', 'against'],
  broadside: ['against', 'at', 'on'],
  tirade: ['against', 'about', 'on'],
  rant: ['against', 'about', 'on'],
  criticism: ['of', 'at'],
  critique: ['of'],
  condemnation: ['of'],
  denunciation: ['of'],
  rebuke: ['of'],
  rejection: ['of'],
  endorsement: ['of'],
  defense: ['of'],
  defence: ['of'],
  advocate: ['of', 'for'],
  champion: ['of'],
  critic: ['of'],
  opponent: ['of'],
  proponent: ['of'],
  supporter: ['of'],
  doubts: ['about'],
  concerns: ['about', 'over'],
  swipe: ['at'],
  swipes: ['at'],
  jab: ['at'],
  jabs: ['at'],
  call: ['for'],
  calls: ['for'],
  plea: ['for'],
  push: ['for'],
  praise: ['for'],
  support: ['for'],
  opposition: ['to'],
  objections: ['to'],
  warning: ['about', 'against'],
  warnings: ['about', 'against'],
  complaints: ['about'],
  skepticism: ['about', 'of', 'toward'],
  hostility: ['to', 'toward', 'towards'],
  disdain: ['for'],
  contempt: ['for'],
  admiration: ['for'],
  sympathy: ['for'],
  distaste: ['for'],
  thoughts: ['on', 'about'],
  views: ['on', 'about'],
  grievances: ['about', 'with', 'against'],
  frustration: ['with', 'over', 'about', 'at'],
  displeasure: ['with', 'over', 'at'],
  disappointment: ['with', 'over', 'at', 'in'],
  reservations: ['about'],
  misgivings: ['about'],
  worries: ['about', 'over'],
  optimism: ['about'],
  confidence: ['in'],
}));

/** Words that may stand between the verb and the stance noun ("launched a harsh attack", "is a vocal advocate", "continued his attacks"). */
const NP_LEADS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'another', 'new', 'fresh', 'more', 'no', 'some', 'any', 'strong', 'sharp', 'harsh', 'vocal', 'leading', 'longtime', 'staunch', 'fierce', 'blistering', 'scathing', 'direct', 'public', 'personal', 'full-throated', 'ringing', 'rare', 'rhetorical', 'verbal', 'frequent', 'early', 'outspoken', 'prominent', 'strongest', 'biggest', 'fiercest', 'sharpest', 'latest', 'first', 'own', 'serious', 'grave', 'deep']);
/** Verbs after which the noun phrase is not the subject's own stance ("faced an attack on", "survived the criticism of"). */
const NOT_OWN = /^(?:fac|face|endur|surviv|weather|receiv|draw|drew|suffer|absorb|withstand|withstood|ignor|win|won|secur|earn|get|got|gain|land|seek|sought|collect|after|of|for|in|on|by|with|from|to|about|amid|despite|against|and|or|but|that|which|who)/;
/** "has the endorsement of X": X endorsed the subject. */
const RECEIVED = new Set(['endorsement', 'support']);
const HAVE = new Set(['has', 'have', 'had', 'having']);
const PARTICLES = new Set(['up', 'out', 'off', 'down']);

/** Index of the verb governing the stance noun phrase that starts after `d`, or -1. */
function governingVerb(tokens: readonly Token[], d: number): number {
  let v = d;
  if (PARTICLES.has(tokens[v]?.lower ?? '')) v--;
  const t = tokens[v];
  if (!t || t.quote >= 0 || !t.word || t.cap || NOT_OWN.test(t.lower)) return -1;
  if (FINITE_AUXILIARIES.has(t.lower) || /(?:ed|[^s]s)$/.test(t.lower) || /^(?:gave|made|took|led|had|ran|won|leveled|threw|began|became|remains)$/.test(t.lower)) return v;
  return -1;
}

/** "Trump launched a harsh attack on Carson", "Ryan is a vocal advocate of trade deals": a stance noun phrase whose holder is the verb's subject. */
export function stanceNoun(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let i = 2; i < tokens.length - 2; i++) {
    const noun = tokens[i];
    const prep = tokens[i + 1];
    if (!noun || !prep || noun.quote >= 0 || prep.quote >= 0 || noun.cap || !STANCE_NOUNS.get(noun.lower)?.includes(prep.lower)) continue;
    let d = i - 1;
    while (d > 0 && i - d <= 3 && NP_LEADS.has(tokens[d]?.lower ?? '')) d--;
    if (d === i - 1) continue;
    const v = governingVerb(tokens, d);
    if (v < 0 || (RECEIVED.has(noun.lower) && HAVE.has(tokens[v]?.lower ?? ''))) continue;
    const mention = subjectBefore(tokens, v, ctx.text);
    if (!mention || !isHolder(mention)) continue;
    const first = tokens[i + 2];
    if (!first || !first.word) continue;
    const content = contentBetween(ctx, first.start, targetEnd(s, i + 2, false));
    if (!content) continue;
    out.push({ ...content, cue: ctx.text.slice(tokens[v]?.start ?? noun.start, prep.end), cueStart: tokens[v]?.start ?? noun.start, mention, sentence: s.index, source: 'stance-noun' });
  }
  return out;
}
