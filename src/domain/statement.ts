import { z } from 'zod';

/** Version of the generated data files; the app refuses any other. Version 2 moved article texts out of statements.json into chunk files (published.ts). */
export const SCHEMA_VERSION = 2;

export const KINDS = ['direct', 'indirect', 'mixed'] as const;
export type Kind = (typeof KINDS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isRealIsoDate, 'not a real calendar date');

const span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);

export const articleSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  date: isoDate,
  title: z.string().optional(),
  text: z.string(),
});
export type Article = z.infer<typeof articleSchema>;

export const statementSchema = z
  .object({
    id: z.string().min(1),
    articleId: z.string().min(1),
    date: isoDate,
    speaker: z.string().min(1),
    speakerMention: z.string(),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    spans: z.array(span).optional(),
    cue: z.string(),
    kind: z.enum(KINDS),
    themes: z.array(z.string()),
  })
  .refine((s) => s.end > s.start, { message: 'end must be after start', path: ['end'] });
export type Statement = z.infer<typeof statementSchema>;
export type StatementId = Statement['id'];

export const speakerSummarySchema = z.object({
  name: z.string().min(1),
  role: z.string().optional(),
  count: z.number().int().nonnegative(),
});
export type SpeakerSummary = z.infer<typeof speakerSummarySchema>;

export const themeSummarySchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  count: z.number().int().nonnegative(),
});
export type ThemeSummary = z.infer<typeof themeSummarySchema>;

/** Fields of the data file besides its articles: the corpus in memory and the published index share them. */
export const dataFields = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  statements: z.array(statementSchema),
  speakers: z.array(speakerSummarySchema),
  themes: z.array(themeSummarySchema),
};

/** Every statement names a known article (id → text length), stays inside its text, and has an id of its own. */
export function checkStatements(statements: readonly Statement[], lengths: ReadonlyMap<string, number>, ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  statements.forEach((s, i) => {
    const length = lengths.get(s.articleId);
    if (length === undefined) {
      ctx.addIssue({ code: 'custom', path: ['statements', i, 'articleId'], message: `unknown article ${s.articleId}` });
      return;
    }
    if (s.end > length) ctx.addIssue({ code: 'custom', path: ['statements', i, 'end'], message: `offset ${s.end} is outside article ${s.articleId}` });
    if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['statements', i, 'id'], message: `duplicate id ${s.id}` });
    ids.add(s.id);
  });
}

/** The whole corpus as the build holds it, article texts included. */
export const statementsFileSchema = z
  .object({ ...dataFields, articles: z.array(articleSchema) })
  .superRefine((file, ctx) => checkStatements(file.statements, new Map(file.articles.map((a) => [a.id, a.text.length])), ctx));
export type StatementsFile = z.infer<typeof statementsFileSchema>;

/** True when `value` is a YYYY-MM-DD string naming a day that exists in the proleptic Gregorian calendar. */
export function isRealIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Collapses whitespace, quotation marks and case so that re-wrapping a quote keeps its id. */
export function normaliseQuote(quote: string): string {
  return quote
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"'`«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 32-bit FNV-1a as 8 hex digits: small, stable and environment-neutral. */
export function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Stable statement id: the article id plus a hash of the normalised quote, never an index. */
export function statementId(articleId: string, quote: string): StatementId {
  return `${articleId}-${hash32(normaliseQuote(quote))}`;
}

/** Article id from its file name: the base name without extension, reduced to URL-safe characters. */
export function articleIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, '');
  return stem.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}

/** The ` date YYYY-MM-DD ` header line of an article (group 1: the date as written); one definition for parser and app. */
export const ARTICLE_HEADER = /^\uFEFF?[ \t]*date[ \t]+(\S+)[ \t]*(?:\r?\n)?/;

/** Offset of the first body character: past the ` date YYYY-MM-DD ` header line (0 when there is none). */
export function articleBodyStart(text: string): number {
  return ARTICLE_HEADER.exec(text)?.[0].length ?? 0;
}
