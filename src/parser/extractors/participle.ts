import type { ParseContext, SentenceInfo } from '../context.ts';
import { subjectBefore, type Mention } from '../mentions.ts';
import { isNameToken, npStartingAt } from '../noun-phrases.ts';
import { contentStart, sentenceSubject } from './clause.ts';
import { clauseEnd } from './clause-end.ts';
import { asContent, contentBetween, trimSpan, type Candidate } from './types.ts';

const CORE = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'insisted', 'insists', 'warned', 'warns', 'noted', 'notes', 'claimed', 'claims', 'stressed', 'emphasized', 'suggested', 'acknowledged', 'wrote', 'writes']);

/** Coordinated cues whose object is what was said ("… and urged Congress to act"). */
const OBJECT_CUES = /^(?:urged|accused|blamed|praised|criticized|criticised|denied|promised|vowed|predicted|demanded|rejected|dismissed|announced|endorsed)$/;

const PAST = /(?:ed|said|told|wrote)$/;

/** "…, adding that …", "…, saying …": a participle cue whose speaker is the subject of the main clause. */
export function participleAttribution(ctx: ParseContext, s: SentenceInfo): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  s.cues.forEach((cue, n) => {
    const verb = tokens[cue.i];
    if (cue.according || !verb) return;
    if (isOpening(s, cue.i) && verb.lower.endsWith('ing')) {
      const opening = openingParticiple(ctx, s, n);
      if (opening) out.push(opening);
      return;
    }
    if (cue.strength === 'weak') return;
    let b = cue.i - 1;
    while (b > 0 && ['has', 'had', 'have', 'also', 'while', 'before', 'after', 'later', 'then', 'again', 'repeatedly', 'even', 'finally', 'once'].includes(tokens[b]?.lower ?? '')) b--;
    const coordinated = (tokens[b]?.lower === 'and' || tokens[b]?.lower === 'but' || (tokens[b]?.text === ',' && tokens[b + 1]?.lower === 'then')) && !verb.lower.endsWith('ing');
    const afterComma = tokens[b]?.text === ',' || tokens[b]?.text === '\u2014' || (/^[\u201d"]$/.test(tokens[b]?.text ?? '') && /,$/.test(tokens[b - 1]?.text ?? ''));
    if (!coordinated && (!verb.lower.endsWith('ing') || !afterComma)) return;
    const mention = (coordinated ? null : sentenceSubject(tokens, ctx.text, cue.i)) ?? mainSpeaker(ctx, s, n) ?? sentenceSubject(tokens, ctx.text, cue.i);
    if (!mention) return;
    const k = contentStart(tokens, cue);
    const first = tokens[k];
    if (!first) return;
    // "… and proposed a safe zone": a past-tense speech verb coordinated with the subject's earlier verb takes its object as content.
    const objectCue = OBJECT_CUES.test(verb.lower) || (cue.strength === 'speech' && PAST.test(verb.lower));
    if (coordinated && tokens[k - 1]?.lower !== 'that' && first.quote < 0 && !CORE.has(verb.lower) && cue.j === cue.i + 1 && !objectCue) return;
    const span = trimSpan(ctx.text, first.start, clauseEnd(s, k));
    if (!span) return;
    if (coordinated && objectCue && tokens[k - 1]?.lower !== 'that' && ctx.text.slice(span[0], span[1]).split(/\s+/).length < 3) return;
    const { kind, spans } = asContent(ctx, span);
    out.push({ spans, cue: cue.text, cueStart: cue.start, kind, mention, sentence: s.index, source: 'participle' });
  });
  return out;
}

function mainSpeaker(ctx: ParseContext, s: SentenceInfo, before: number): Mention | null {
  for (let n = before - 1; n >= 0; n--) {
    const cue = s.cues[n];
    if (!cue || cue.according) continue;
    const m = subjectBefore(s.tokens, cue.i, ctx.text) ?? invertedSpeaker(ctx, s, cue.i, cue.j);
    if (m) return m;
  }
  return null;
}

/** True when token `i` opens the sentence, possibly after an opening quotation mark. */
function isOpening(s: SentenceInfo, i: number): boolean {
  return s.tokens.slice(0, i).every((t) => !t.word && t.quote < 0);
}

/** "Noting that …, Allen said …", "Responding to X's remarks, Clinton wrote …": the opening participle's speaker is the subject of the main clause's cue. */
function openingParticiple(ctx: ParseContext, s: SentenceInfo, n: number): Candidate | null {
  const { tokens } = s;
  const cue = s.cues[n];
  if (!cue) return null;
  const comma = tokens.findIndex((t, k) => k > cue.j && t.text === ',' && t.quote < 0);
  const main = s.cues.find((c) => c.i > comma + 1 && !c.according);
  if (comma < 0 || !main) return null;
  const mention = subjectBefore(tokens, main.i, ctx.text);
  if (!mention || mention.from <= comma) return null;
  const k = contentStart(tokens, cue);
  const first = tokens[k];
  const last = tokens[comma];
  if (!first || !last || k >= comma) return null;
  const content = contentBetween(ctx, first.start, last.start);
  if (!content) return null;
  return { ...content, cue: cue.text, cueStart: cue.start, mention, sentence: s.index, source: 'participle' };
}

const INVERTED_CUES = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'explained', 'noted', 'argued', 'asked']);
const NO_STOPS: ReadonlySet<string> = new Set();

/** '"…," said George Bruno, a former chairman, referring to …': the name after an inverted quotation cue is its speaker. */
function invertedSpeaker(ctx: ParseContext, s: SentenceInfo, i: number, j: number): Mention | null {
  const { tokens } = s;
  const before = tokens[i - 1];
  if (!INVERTED_CUES.has(tokens[i]?.lower ?? '') || !before || before.word || !isNameToken(tokens[j])) return null;
  return npStartingAt(tokens, j, ctx.text, NO_STOPS);
}
