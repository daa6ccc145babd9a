import type { Diagnostic } from '../domain/diagnostic.ts';
import type { Lexicon } from '../domain/lexicon.ts';
import { articleIdFromFile, type Article, type Statement } from '../domain/statement.ts';
import { readHeader } from './article.ts';
import { buildContext, type ParseContext } from './context.ts';
import { accordingTo } from './extractors/according-to.ts';
import { adverbialParticiple } from './extractors/adverbial-participle.ts';
import { askedBy } from './extractors/asked-by.ts';
import { complementClause } from './extractors/complement-clause.ts';
import { creditThanks } from './extractors/credit-thanks.ts';
import { dashAttribution } from './extractors/dash-attribution.ts';
import { distantThat } from './extractors/distant-that.ts';
import { groupStance } from './extractors/group-stance.ts';
import { leadingAttribution } from './extractors/leading-attribution.ts';
import { nounCue } from './extractors/noun-cue.ts';
import { nounParticiple } from './extractors/noun-participle.ts';
import { participleAttribution } from './extractors/participle.ts';
import { passage } from './extractors/passage.ts';
import { passiveStance } from './extractors/passive-stance.ts';
import { pollFrame } from './extractors/poll-frame.ts';
import { prepositionalStance } from './extractors/prepositional-stance.ts';
import { reportedBy } from './extractors/reported-by.ts';
import { pursuit } from './extractors/pursuit.ts';
import { quoteAttribution } from './extractors/quote-attribution.ts';
import { regardAs } from './extractors/regard-as.ts';
import { stanceNoun } from './extractors/stance-noun.ts';
import { speakerLabel } from './extractors/speaker-label.ts';
import { stanceAdjective } from './extractors/stance-adjective.ts';
import { stanceObject } from './extractors/stance-object.ts';
import { trailingAttribution } from './extractors/trailing-attribution.ts';
import type { Candidate, Extractor } from './extractors/types.ts';
import { toStatements } from './refiners/assign-ids.ts';
import { dedupe } from './refiners/dedupe.ts';
import { dropNestedStatements } from './refiners/nested.ts';
import { extendQuotes } from './refiners/extend-quotes.ts';
import { resolveSpeakers } from './refiners/resolve-speaker.ts';

export interface ParseOptions {
  /** File name as shown in diagnostics and used for the article id. */
  file: string;
  lexicon: Lexicon;
}

export interface ParseResult {
  /** Null when the article could not be read at all (the diagnostics say why). */
  article: Article | null;
  statements: Statement[];
  diagnostics: Diagnostic[];
}

/** Extractors in priority order: when two read the same cue, the first one wins. */
export const EXTRACTORS: readonly Extractor[] = [speakerLabel, dashAttribution, trailingAttribution, accordingTo, leadingAttribution, participleAttribution, quoteAttribution, nounCue, complementClause, stanceObject, pollFrame, nounParticiple, adverbialParticiple, pursuit, stanceAdjective, prepositionalStance, regardAs, askedBy, groupStance, distantThat, stanceNoun, passage, reportedBy, passiveStance, creditThanks];

type Refiner = (ctx: ParseContext, candidates: readonly Candidate[]) => Candidate[];

/** Refiners over unresolved candidates, in order. */
export const REFINERS: readonly Refiner[] = [dedupe, extendQuotes];

/** Runs every extractor over every sentence, then the refiners, returning candidates with resolved speakers. */
export function extract(ctx: ParseContext): ReturnType<typeof resolveSpeakers> {
  let candidates: Candidate[] = [];
  for (const s of ctx.sentences) {
    for (const x of EXTRACTORS) {
      // Most extractors find nothing in most sentences: a loop, not a spread call, for the few they return.
      for (const c of x(ctx, s)) candidates.push(c);
    }
  }
  for (const refine of REFINERS) candidates = refine(ctx, candidates);
  return dropNestedStatements(resolveSpeakers(ctx, candidates));
}

/** Parses one article's whole text into statements and diagnostics. */
export function parseArticle(text: string, options: ParseOptions): ParseResult {
  const read = readHeader(text, options.file);
  if ('diagnostic' in read) return { article: null, statements: [], diagnostics: [read.diagnostic] };
  const { date, bodyStart } = read.header;
  const id = articleIdFromFile(options.file);
  const article: Article = { id, file: options.file, date, text };
  const ctx = buildContext(text, bodyStart, options.lexicon);
  const statements = toStatements(text, id, date, extract(ctx), options.lexicon.themes);
  return { article, statements, diagnostics: [] };
}
