import { formatDiagnostic } from '../domain/diagnostic.ts';
import { buildReportSchema, type BuildReport, type FileReport } from '../domain/build-report.ts';
import { SCHEMA_VERSION, type StatementsFile } from '../domain/statement.ts';

/** Folders with more entries than this get a progress line instead of one line per article (on a terminal). */
export const PROGRESS_THRESHOLD = 50;

export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Reporter {
  start(file: string): void;
  file(report: FileReport): void;
  done(): void;
}

/**
 * Console output while building. On a terminal with a large folder: one progress line on stderr,
 * redrawn in place, and only the files with warnings or errors printed above it. Otherwise one
 * line per entry on stdout. Diagnostics always go to stderr (infos are hidden by --quiet).
 */
export function createReporter(total: number, quiet: boolean, out: Stream, err: Stream): Reporter {
  const bar = err.isTTY === true && total > PROGRESS_THRESHOLD;
  let done = 0;
  const clear = () => {
    if (bar) err.write('\r\x1b[K');
  };
  const draw = (current?: string) => {
    if (bar) err.write(`\r\x1b[K${done}/${total} files${current ? `  ${current}` : ''}`);
  };
  return {
    start(file) {
      draw(file);
    },
    file(report) {
      done++;
      const shown = report.diagnostics.filter((d) => d.severity !== 'info' || !quiet);
      const line = `${report.status.padEnd(9)} ${report.file}  ${report.statements} statement${report.statements === 1 ? '' : 's'}\n`;
      if (bar) {
        if (shown.some((d) => d.severity !== 'info')) {
          clear();
          err.write(line);
          for (const d of shown) err.write(`  ${formatDiagnostic(d)}\n`);
        }
        draw();
      } else {
        if (!quiet) out.write(line);
        for (const d of shown) err.write(`  ${formatDiagnostic(d)}\n`);
      }
    },
    done() {
      clear();
    },
  };
}

/** The build report: every input entry with its status, plus totals. */
export function buildReport(
  inputDir: string,
  files: FileReport[],
  data: StatementsFile,
  generatedAt: string,
  millis: number,
  peakMemoryMB: number,
): BuildReport {
  const all = files.flatMap((f) => f.diagnostics);
  const count = (status: FileReport['status']) => files.filter((f) => f.status === status).length;
  return buildReportSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    generatedAt,
    inputDir,
    files,
    summary: {
      files: files.length,
      articlesRead: data.articles.length,
      skipped: count('skipped'),
      duplicates: count('duplicate'),
      ignored: count('ignored'),
      statements: data.statements.length,
      speakers: data.speakers.length,
      themes: data.themes.length,
      warnings: all.filter((d) => d.severity === 'warning').length,
      errors: all.filter((d) => d.severity === 'error').length,
      millis: Math.round(millis),
      peakMemoryMB: Math.round(peakMemoryMB),
    },
  });
}

/** One-line summary printed at the end of a build. */
export function summaryLine(report: BuildReport, outDir: string): string {
  const s = report.summary;
  const articles = report.files.filter((f) => f.status !== 'ignored').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const notBuilt = [
    s.skipped ? `${s.skipped} skipped` : '',
    s.duplicates ? plural(s.duplicates, 'duplicate') : '',
    s.ignored ? `${plural(s.ignored, 'other entry')} ignored`.replace('other entrys', 'other entries') : '',
  ].filter(Boolean);
  return (
    `built ${s.articlesRead} of ${plural(articles, 'article')}${notBuilt.length ? ` (${notBuilt.join(', ')})` : ''}: ` +
    `${plural(s.statements, 'statement')}, ${plural(s.speakers, 'speaker')}, ${plural(s.themes, 'theme')}; ` +
    `${plural(s.warnings, 'warning')}, ${plural(s.errors, 'error')} in ${s.millis} ms → ${outDir}`
  );
}
