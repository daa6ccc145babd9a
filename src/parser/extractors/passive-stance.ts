import type { ParseContext, SentenceInfo } from '../context.ts';
import { BE_FORMS } from '../lexicon/people.ts';
import { npStartingAt } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { isHolder } from './complement-clause.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Past participles of stance toward a person, plan or claim ("was endorsed", "were rejected", "has been criticized"). */
const STANCE = /^(?:prais|criticiz|criticis|reject|endors|back|support|oppos|question|condemn|denounc|welcom|applaud|hail|laud|blam|mock|dismiss|rebuk|assail|lambast|berat|chastis|scold|embrac|disavow|repudiat|ridicul|disparag|deride|derid|attack|blast|slam|disput)\w*ed$/;
/** Words between the participle and "by": an adverb or a short time phrase ("was supported Friday by", "endorsed the day before by"). */
const BEFORE_BY = /^(?:also|again|quickly|later|then|now|even|the|day|before|last|week|month|year|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|\w+ly)$/;
/** Words that end the agent's noun phrase. */
const AGENT_STOPS = new Set(['for', 'in', 'on', 'at', 'during', 'after', 'before', 'as', 'over', 'who', 'which', 'that', 'when', 'while', 'because', 'since', 'last', 'this', 'earlier', 'with', 'to', 'than']);
/** A relative or demonstrative subject is no content of its own ("who was backed by liberals"). */
const NOT_CONTENT = new Set(['who', 'which', 'that', 'it', 'he', 'she', 'they', 'this', 'what']);
const MAX_SUBJECT = 14;
const PREPOSITIONS = new Set(['on', 'in', 'at', 'for', 'to', 'with', 'by', 'from', 'of', 'about', 'over', 'under', 'into', 'than']);

/** Start of the passive subject before the auxiliary at `aux`: after the last clause mark, or the sentence start; -1 when too long. */
function subjectStart(tokens: readonly Token[], aux: number): number {
  let k = aux;
  while (k > 0 && aux - k < MAX_SUBJECT) {
    const t = tokens[k - 1];
    if (!t || t.quote >= 0 || (!t.word && /^[,;:\u2014\u2013(]$/.test(t.text))) break;
    k--;
  }
  if (k > 0 && aux - k >= MAX_SUBJECT) return -1;
  while (/^(?:and|but|so|yet)$/.test(tokens[k]?.lower ?? '')) k++;
  // "…, on new equipment by 2030, was welcomed": a prepositional phrase is the tail of a longer subject.
  if (PREPOSITIONS.has(tokens[k]?.lower ?? '')) return -1;
  return k < aux ? k : -1;
}

/** "Trump was attacked by Clinton", "Clinton's position was supported Friday by Sen. Feinstein": the agent holds a stance toward the subject. */
export function passiveStance(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let v = 1; v < tokens.length - 2; v++) {
    const verb = tokens[v];
    if (!verb || verb.quote >= 0 || !STANCE.test(verb.lower)) continue;
    let aux = v - 1;
    if (/^(?:also|\w+ly)$/.test(tokens[aux]?.lower ?? '')) aux--;
    if (!BE_FORMS.has(tokens[aux]?.lower ?? '')) continue;
    let b = v + 1;
    while (b < tokens.length && b - v <= 4 && tokens[b]?.lower !== 'by' && BEFORE_BY.test(tokens[b]?.lower ?? '')) b++;
    if (tokens[b]?.lower !== 'by') continue;
    const mention = npStartingAt(tokens, b + 1, ctx.text, AGENT_STOPS);
    if (!mention || !isHolder(mention)) continue;
    // "has been" / "had been": the subject stands before the perfect auxiliary.
    let head = aux;
    if (tokens[aux]?.lower === 'been' && /^(?:has|have|had)$/.test(tokens[aux - 1]?.lower ?? '')) head = aux - 1;
    const from = subjectStart(tokens, head);
    const first = tokens[from];
    const last = tokens[head - 1];
    if (from < 0 || !first || !last || (head - from === 1 && NOT_CONTENT.has(first.lower))) continue;
    // The reason after the agent ("… by rivals for suggesting …") is left to its own cue.
    const content = contentBetween(ctx, first.start, last.end);
    if (!content) continue;
    out.push({ ...content, cue: verb.text, cueStart: verb.start, mention, sentence: s.index, source: 'passive-stance' });
  }
  return out;
}
