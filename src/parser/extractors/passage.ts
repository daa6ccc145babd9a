import type { ParseContext, SentenceInfo } from '../context.ts';
import { FINITE_AUXILIARIES } from '../lexicon/people.ts';
import { npStartingAt, subjectBefore, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { clauseEndBefore } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Bodies that pass or reject legislation. */
const LEGISLATURES = /^(?:house|senate|congress|lawmakers|legislature|legislators|parliament|assembly|council|committee|chamber|chambers)$/i;
/** Verbs of a legislature's decision. */
const DECISIONS = new Set(['passed', 'approved', 'adopted', 'rejected', 'passes', 'approves', 'adopts', 'rejects']);
/** Heads of what a legislature decides on. */
const MEASURES = /^(?:bill|bills|legislation|measure|measures|package|resolution|law|laws|amendment|amendments|budget|act|ordinance|proposal)$/;
/** Words that end the noun phrase of the measure, read backwards from the verb. */
const NP_STOPS = new Set(['to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'but', 'or', 'that', 'which', 'who', 'after', 'before', 'when', 'while', 'because', 'as', 'said', 'says']);
const MAX_NP = 8;
const PRONOUNS = new Set(['it', 'them', 'this', 'that']);
/** Words after the measure that open the reporter's setting ("by a vote of 90 to 10", "over veto threats", "on Tuesday"). */
const SETTING = new Set([',', 'by', 'with', 'over', 'after', 'before', 'on', 'in', 'last', 'this', 'during', 'despite', 'amid', 'and', 'but']);
const BODY_STOPS = new Set([...SETTING, ...FINITE_AUXILIARIES, 'that', 'again', 'which', 'who']);

/** End of the measure after the verb: its clause's end, or the first setting phrase after it. */
function measureEnd(s: SentenceInfo, from: number): number {
  return clauseEndBefore(s, from, (tokens, m) => {
    const t = tokens[m];
    return t !== undefined && t.quote < 0 && SETTING.has(t.lower);
  });
}

/** True when the mention's last word names a legislature ("the House", "Republican lawmakers"). */
function isLegislature(m: Mention): boolean {
  return LEGISLATURES.test(m.text.split(/\s+/).pop() ?? '');
}

/** Start of the measure's noun phrase ending at token `e` ("a cap-and-trade bill", "Legislation offering that amount"), or -1 when it names no measure. */
function measureStart(tokens: readonly Token[], e: number): number {
  let k = e;
  let measure = false;
  while (k >= 0 && e - k < MAX_NP) {
    const t = tokens[k];
    if (!t || t.quote >= 0 || !t.word || NP_STOPS.has(t.lower) || FINITE_AUXILIARIES.has(t.lower)) break;
    measure ||= MEASURES.test(t.lower);
    k--;
  }
  return measure && k < e ? k + 1 : -1;
}

/** "The Senate passed the bill", "a cap-and-trade bill passed by the House", "voting laws, passed by Republican legislators,": a legislature's decision on a measure. */
export function passage(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  for (let v = 1; v < tokens.length - 1; v++) {
    const verb = tokens[v];
    if (!verb || verb.quote >= 0 || verb.cap || !DECISIONS.has(verb.lower)) continue;
    const subject = subjectBefore(tokens, v, ctx.text);
    if (subject && isLegislature(subject)) {
      const first = tokens[v + 1];
      const content = first && first.word ? contentBetween(ctx, first.start, PRONOUNS.has(first.lower) ? first.end : measureEnd(s, v + 1)) : null;
      if (content) out.push({ ...content, cue: verb.text, cueStart: verb.start, mention: subject, sentence: s.index, source: 'passage' });
      continue;
    }
    // The measure before the verb, the legislature after it (", passed by the House", "passed the Senate").
    const by = tokens[v + 1]?.lower === 'by' ? v + 2 : v + 1;
    const body = npStartingAt(tokens, by, ctx.text, BODY_STOPS);
    if (!body || !isLegislature(body)) continue;
    const end = tokens[v - 1]?.text === ',' ? v - 2 : v - 1;
    const from = measureStart(tokens, end);
    const first = tokens[from];
    const last = tokens[end];
    if (from < 0 || !first || !last) continue;
    const content = contentBetween(ctx, first.start, last.end);
    if (content) out.push({ ...content, cue: verb.text, cueStart: verb.start, mention: body, sentence: s.index, source: 'passage' });
  }
  return out;
}
