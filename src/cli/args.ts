import { parseArgs } from 'node:util';
import { isRealIsoDate } from '../domain/statement.ts';

export const USAGE = `usage: npm run data -- [--in DIR] [--out DIR] [--lexicon DIR] [--jsonl FILE]
                       [--strict] [--quiet] [--max-bytes N] [--today YYYY-MM-DD]`;

/** Articles over this size are skipped unread: the parser's time grows faster than linearly with length. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export interface CliOptions {
  in: string;
  out: string;
  lexicon: string;
  jsonl?: string;
  strict: boolean;
  quiet: boolean;
  maxBytes: number;
  /** Reference date (YYYY-MM-DD) for the future-date rules; the clock's UTC date unless given. */
  today: string;
  help: boolean;
}

/** Parses the command line; returns a message instead of throwing on a bad option. */
export function parseCliArgs(argv: readonly string[], now: Date = new Date()): CliOptions | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        in: { type: 'string', default: 'data/articles' },
        out: { type: 'string', default: 'public/data' },
        lexicon: { type: 'string', default: 'data/lexicon' },
        jsonl: { type: 'string' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        'max-bytes': { type: 'string', default: String(DEFAULT_MAX_BYTES) },
        today: { type: 'string', default: now.toISOString().slice(0, 10) },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const maxBytes = /^\d+$/.test(values['max-bytes']) ? Number(values['max-bytes']) : Number.NaN;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    return { error: `--max-bytes expects a positive whole number of bytes, got "${values['max-bytes']}"` };
  }
  if (!isRealIsoDate(values.today)) return { error: `--today expects a real date as YYYY-MM-DD, got "${values.today}"` };
  return {
    in: values.in,
    out: values.out,
    lexicon: values.lexicon,
    ...(values.jsonl === undefined ? {} : { jsonl: values.jsonl }),
    strict: values.strict,
    quiet: values.quiet,
    maxBytes,
    today: values.today,
    help: values.help,
  };
}
