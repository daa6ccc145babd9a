import { z } from 'zod';

export const SEVERITIES = ['error', 'warning', 'info'] as const;

export const diagnosticSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  severity: z.enum(SEVERITIES),
  rule: z.string(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** 1-based line and column of a string offset, for diagnostics that point into an article. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** One-line human form: `file:line:column: severity [rule] message`. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.line, d.column].filter((x) => x !== undefined).join(':');
  return `${where}: ${d.severity} [${d.rule}] ${d.message}`;
}
