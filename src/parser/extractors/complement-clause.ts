import type { ParseContext, SentenceInfo } from '../context.ts';
import { cueStrength } from '../lexicon/cues.ts';
import { subjectBefore, type Mention } from '../mentions.ts';
import type { Token } from '../text/tokens.ts';
import { clauseEnd } from './clause-end.ts';
import { contentBetween, type Candidate } from './types.ts';

/** Words that open a reported clause or question ("… realized that …", "… wondered whether …"). */
const COMPLEMENTIZERS = new Set(['that', 'whether', 'how', 'why']);
/** Auxiliaries and negation that mark the next word as a verb or a predicative adjective ("is convinced that", "didn't know how"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '\u2019s', "'re", '\u2019re', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'do', 'does', 'did', 'not', "n't", 'never', 'also', 'still']);
/** Words before "that" which make it a conjunction of result, time or comparison, not a reported clause. */
const NOT_REPORTING = new Set(['so', 'such', 'now', 'given', 'except', 'in', 'after', 'before', 'like', 'than', 'of', 'to', 'for', 'with', 'at', 'on', 'by', 'from', 'about', 'is', 'was', 'are', 'were', 'be', 'means', 'meant', 'mean', 'ensure', 'ensured', 'ensures', 'provided', 'assuming', 'granted', 'considering', 'seeing', 'and', 'but', 'or', 'because', 'unless', 'until', 'since', 'while', 'as', 'if', 'when', 'where']);
/** Irregular past forms that show a lowercase word is a verb. */
const IRREGULAR_PAST = new Set(['knew', 'thought', 'felt', 'saw', 'heard', 'understood', 'forgot', 'forgotten', 'meant', 'taught', 'learnt', 'dreamt', 'swore', 'sworn', 'bet', 'foresaw', 'overheard', 'found', 'made', 'took', 'told', 'wrote', 'gave', 'got', 'became']);
const PRESENT_BASE = new Set(['know', 'think', 'feel', 'see', 'hear', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'believe', 'wonder', 'doubt', 'fear', 'hope', 'expect', 'suspect', 'worry', 'agree', 'insist', 'argue', 'claim', 'remember', 'forget', 'learn', 'discover', 'decide', 'suggest', 'acknowledge', 'admit', 'accept', 'assume', 'guess', 'bet', 'imagine', 'trust', 'figure', 'reckon', 'sense', 'question', 'ask', 'explain', 'show', 'prove', 'demonstrate', 'determine', 'conclude', 'concede', 'predict', 'notice', 'note', 'mind', 'care']);

/** A lowercase word that reads as a verb or predicative adjective heading a reported clause. */
function isPredicate(tokens: readonly Token[], v: number): boolean {
  const t = tokens[v];
  if (!t || !t.word || t.cap || t.quote >= 0 || NOT_REPORTING.has(t.lower)) return false;
  if (AUXILIARIES.has(tokens[v - 1]?.lower ?? '') || /n['\u2019]t$/.test(tokens[v - 1]?.lower ?? '')) return true;
  return /(?:ed|[^s]s)$/.test(t.lower) || IRREGULAR_PAST.has(t.lower) || PRESENT_BASE.has(t.lower);
}

/** "Republican leaders are convinced that …", "Clinton has discovered that …", "aides wondered whether …": a reported clause after a predicate outside the cue lexicon. */
export function complementClause(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  const cueAt = new Set(s.cues.map((c) => c.i));
  for (let c = 1; c < tokens.length - 2; c++) {
    const comp = tokens[c];
    if (!comp || comp.quote >= 0 || !COMPLEMENTIZERS.has(comp.lower)) continue;
    const v = c - 1;
    const verb = tokens[v];
    if (!verb || cueAt.has(v) || cueStrength(verb.lower) || !isPredicate(tokens, v)) continue;
    // "so angry that", "such a mess that": a result clause.
    if (tokens.slice(Math.max(0, v - 3), v).some((t) => t.lower === 'so' || t.lower === 'such' || t.lower === 'too')) continue;
    const mention = subjectBefore(tokens, v, ctx.text) ?? catenatedSubject(ctx, tokens, v);
    if (!mention || !isHolder(mention)) continue;
    // A demonstrative "that" ("he loves that song") is followed by a noun phrase, not a clause with a verb of its own;
    // a relative "that" ("companies that move abroad") by the verb of its clause, not by a subject.
    if (comp.lower === 'that' && (!(opensClause(tokens[c + 1]) || bareSubject(tokens, c + 1)) || !hasVerbSoon(tokens, c + 1))) continue;
    const from = comp.lower === 'that' ? c + 1 : c;
    const first = tokens[from];
    if (!first) continue;
    const content = contentBetween(ctx, first.start, clauseEnd(s, from));
    if (!content) continue;
    out.push({ ...content, cue: ctx.text.slice(verb.start, verb.end), cueStart: verb.start, mention, sentence: s.index, source: 'complement-clause' });
  }
  return out;
}

const NOMINAL_HOLDER = /\b(?:voters|critics|supporters|opponents|backers|officials|leaders|lawmakers|members|democrats|republicans|conservatives|liberals|americans|advisers|aides|allies|analysts|experts|economists|strategists|people|many|most|some|others|both|all|few|everyone|nobody|campaign|administration|party|committee|government|department|agency|company|group|court|judge|judges|justices|jury|report|poll|survey|study|officer|president|senator|governor|candidate|nominee|spokesman|spokeswoman|followers|respondents|donors|activists|protesters|residents|students|workers|parents|delegates|governors|senators|mayors|scientists|researchers|historians|pastors|evangelicals|insiders|observers|pundits|commentators|fans|viewers|citizens|women|men|veterans|investors|executives|organizers|surveyed|polled|staffers|operatives|loyalists|skeptics|detractors|conservatives|progressives|independents|moderates|caucusgoers|electorate|public|union|unions|board|council|firm|network|newspaper|organization)$/i;

/** A person, an organisation or a group of people: a name, a personal pronoun, or a nominal with a human or institutional head. */
export function isHolder(m: Mention): boolean {
  if (m.form === 'name') return true;
  if (m.form === 'pronoun') return !/^(?:it|this|that|which)\b/i.test(m.text);
  return NOMINAL_HOLDER.test(m.text);
}

const CLAUSE_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some', 'most', 'all', 'no', 'every', 'each', 'any', 'one', 'two', 'three', 'several', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'there', 'in', 'if', 'when', 'while', 'after', 'before', 'because', 'unless', 'once', 'even', 'only', 'nobody', 'nothing', 'everyone', 'everything', 'someone', 'something', 'both', 'neither', 'none', 'not', 'more', 'fewer', 'less', 'about', 'nearly', 'almost', 'over']);

/** True when the token can open a clause with its own subject (a determiner, pronoun, name, number or quotation). */
function opensClause(t: Token | undefined): boolean {
  if (!t) return false;
  return t.cap || t.quote >= 0 || /^\d/.test(t.text) || !t.word || CLAUSE_OPENERS.has(t.lower);
}

/** Verbs that carry a following "to" + predicate ("need to realize that", "seemed to know that"). */
const CATENATIVES = new Set(['need', 'needs', 'needed', 'want', 'wants', 'wanted', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'ought', 'have', 'has', 'had', 'came', 'come', 'comes', 'began', 'begin', 'begins', 'started', 'starts']);

/** The subject of a catenative verb before "to" and the predicate at `v` ("the party need to realize …"), or null. */
function catenatedSubject(ctx: ParseContext, tokens: readonly Token[], v: number): Mention | null {
  if (tokens[v - 1]?.lower !== 'to' || !CATENATIVES.has(tokens[v - 2]?.lower ?? '')) return null;
  return subjectBefore(tokens, v - 2, ctx.text);
}

/** "that planes had crashed", "that economic misery breeds …": a bare noun phrase of one or two lowercase words, then its verb. */
function bareSubject(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 2; k++) {
    const t = tokens[k];
    if (!t || !t.word || t.cap || t.quote >= 0 || AUXILIARIES.has(t.lower) || NOT_REPORTING.has(t.lower) || /(?:ed|ly)$/.test(t.lower)) return false;
    const n = tokens[k + 1];
    if (n && n.quote < 0 && (FINITE.has(n.lower) || (!n.cap && n.word && /(?:ed|[^s']s)$/.test(n.lower) && k > from))) return true;
  }
  return false;
}
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does']);

/** True when a finite-looking verb follows within a few words ("that [the plan] was …"). */
export function hasVerbSoon(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.text === '.' || t.text === ';') return false;
    if (AUXILIARIES.has(t.lower) || /n['\u2019]t$/.test(t.lower) || (k > from && !t.cap && /(?:ed|[^s]s)$/.test(t.lower) && t.word)) return true;
  }
  return false;
}
