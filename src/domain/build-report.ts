import { z } from 'zod';
import { diagnosticSchema } from './diagnostic.ts';
import { SCHEMA_VERSION } from './statement.ts';

/**
 * ok: built; warning: built, with something to check; skipped: a .txt article that could not be
 * built; duplicate: same text as an earlier file, counted once; ignored: not an article at all.
 */
export const FILE_STATUSES = ['ok', 'warning', 'skipped', 'duplicate', 'ignored'] as const;

export const fileReportSchema = z.object({
  file: z.string(),
  status: z.enum(FILE_STATUSES),
  articleId: z.string().optional(),
  /** For a duplicate: the file whose statements were kept. */
  duplicateOf: z.string().optional(),
  bytes: z.number().int().nonnegative(),
  statements: z.number().int().nonnegative(),
  diagnostics: z.array(diagnosticSchema),
});
export type FileReport = z.infer<typeof fileReportSchema>;

export const buildReportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: z.string(),
  inputDir: z.string(),
  files: z.array(fileReportSchema),
  summary: z.object({
    files: z.number().int().nonnegative(),
    articlesRead: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    duplicates: z.number().int().nonnegative(),
    ignored: z.number().int().nonnegative(),
    statements: z.number().int().nonnegative(),
    speakers: z.number().int().nonnegative(),
    themes: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    millis: z.number().nonnegative(),
    /** Peak resident memory of the build process. */
    peakMemoryMB: z.number().nonnegative().optional(),
  }),
});
export type BuildReport = z.infer<typeof buildReportSchema>;
