import type { ParseContext, SentenceInfo } from '../context.ts';
import { subjectBefore } from '../mentions.ts';
import { isHolder } from './complement-clause.ts';
import { clauseEnd, clauseEndBefore } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Predicate adjectives of attitude toward what follows them ("critical of", "unhappy with", "eager to", "adamant that"). */
const ATTITUDE = new Set([
  'critical', 'supportive', 'skeptical', 'sceptical', 'wary', 'dismissive', 'scornful', 'contemptuous', 'proud', 'fond', 'enthusiastic',
  'unhappy', 'angry', 'upset', 'furious', 'concerned', 'worried', 'optimistic', 'pessimistic', 'confident', 'hopeful', 'adamant', 'opposed',
  'committed', 'open', 'doubtful', 'suspicious', 'frustrated', 'disappointed', 'pleased', 'happy', 'eager', 'vocal', 'outspoken',
  'shy', 'nervous', 'anxious', 'excited', 'thrilled', 'grateful', 'ashamed', 'embarrassed', 'offended', 'outraged', 'appalled', 'troubled',
  'uneasy', 'comfortable', 'uncomfortable', 'upbeat', 'tepid', 'undecided', 'sensitive', 'cagey', 'vague', 'candid', 'ambivalent', 'unsure', 'uncertain', 'mindful', 'cautious', 'downbeat', 'gloomy', 'sanguine', 'unapologetic', 'defensive', 'satisfied', 'dissatisfied', 'impressed', 'sympathetic', 'hostile', 'receptive', 'resistant', 'cool', 'lukewarm', 'bullish', 'bearish',
]);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'been', 'be', 'am', "'s", '\u2019s', "'re", '\u2019re', 'remain', 'remains', 'remained', 'seems', 'seemed', 'appears', 'appeared', 'became', 'become', 'grew', 'stayed', 'sounded', "wasn't", 'wasn\u2019t', "isn't", 'isn\u2019t', "aren't", 'aren\u2019t', "weren't", 'weren\u2019t']);
const DEGREE = new Set(['more', 'less', 'very', 'so', 'too', 'not', "n't", 'also', 'still', 'quite', 'rather', 'increasingly', 'deeply', 'equally', 'even', 'most', 'least', 'particularly', 'especially', 'far', 'much', 'never', 'always']);
/** Prepositions whose object is the target of the attitude; "to" also opens an infinitive ("eager to attack him"). */
const TARGET = new Set(['of', 'about', 'with', 'toward', 'towards', 'to', 'that']);

const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'week', 'month', 'year', 'night', 'morning']);
/** Conjunctions that end a noun-phrase target ("critical of Trump since the primary"). */
const AFTER_TARGET = new Set(['since', 'during', 'when', 'while', 'because', 'after', 'before', 'until', 'although', 'though', 'as']);

/** End of the attitude's target: the clause's end, or earlier at a time or reason phrase after a noun-phrase target. */
export function targetEnd(s: SentenceInfo, from: number, clause: boolean): number {
  if (clause) return clauseEnd(s, from);
  return clauseEndBefore(s, from, (tokens, m) => {
    const t = tokens[m];
    if (!t || t.quote >= 0) return false;
    if (AFTER_TARGET.has(t.lower)) return true;
    // "…, offering few specifics", "… and distinguished himself": the subject's next predicate.
    const next = tokens[m + 1];
    if (next && next.quote < 0 && !next.cap && ((t.text === ',' && /ing$/.test(next.lower)) || (t.lower === 'and' && /ed$/.test(next.lower)))) return true;
    return (t.lower === 'on' || t.lower === 'over' || t.lower === 'last' || t.lower === 'this') && (TIME_WORDS.has(tokens[m + 1]?.lower ?? '') || TIME_WORDS.has(tokens[m + 2]?.lower ?? ''));
  });
}

/** "Graham has been critical of Trump", "Trump was clearly unhappy with the moderators", "loyalists were adamant that …": an attitude held by the subject. */
export function stanceAdjective(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let a = 2; a < tokens.length - 2; a++) {
    const adj = tokens[a];
    // "were hopeful Tuesday that …": a day between the attitude and its clause.
    const p = DAY_NAMES.has(tokens[a + 1]?.lower ?? '') && tokens[a + 2]?.lower === 'that' ? a + 2 : a + 1;
    const prep = tokens[p];
    if (!adj || !prep || adj.quote >= 0 || prep.quote >= 0 || !ATTITUDE.has(adj.lower) || !TARGET.has(prep.lower)) continue;
    let c = a - 1;
    while (c > 0 && (DEGREE.has(tokens[c]?.lower ?? '') || /ly$/.test(tokens[c]?.lower ?? ''))) c--;
    const copula = tokens[c];
    if (!copula || copula.quote >= 0 || !COPULAS.has(copula.lower)) continue;
    const mention = subjectBefore(tokens, c, ctx.text);
    if (!mention || !isHolder(mention)) continue;
    const from = prep.lower === 'to' ? p : p + 1;
    const first = tokens[from];
    if (!first || (prep.lower === 'to' && (first.cap || !tokens[from + 1]?.word))) continue;
    const content = contentBetween(ctx, first.start, targetEnd(s, from, prep.lower === 'that'));
    if (!content) continue;
    const cue = ctx.text.slice(copula.start, prep.lower === 'to' ? adj.end : prep.end);
    out.push({ ...content, cue, cueStart: copula.start, mention, sentence: s.index, source: 'stance-adjective' });
  }
  return out;
}
