import type { Diagnostic } from '../domain/diagnostic.ts';
import { linesOf } from './decode.ts';

/** Quotations longer than this are reported: usually a closing mark went missing earlier. */
export const LONG_QUOTE_CHARS = 10_000;
const MAX_QUOTE_DIAGNOSTICS = 5;

interface Finding {
  offset: number;
  severity: Diagnostic['severity'];
  rule: string;
  message: string;
}

/** Checks an article's decoded text for line-end and quotation-mark problems; never changes the text. */
export function checkText(text: string, file: string): Diagnostic[] {
  const findings: Finding[] = [];
  const crlf = text.indexOf('\r\n');
  if (crlf !== -1) {
    findings.push({ offset: crlf, severity: 'info', rule: 'input/crlf', message: 'Windows (CRLF) line ends; read as they are, so offsets count each \\r' });
  }
  const lone = /\r(?!\n)/.exec(text);
  if (lone) {
    findings.push({
      offset: lone.index,
      severity: 'warning',
      rule: 'input/cr-line-ends',
      message: 'a carriage return (\\r) without a line feed; the parser may not see the line break — save the file with LF or CRLF line ends',
    });
  }
  const quotes = checkQuotes(text);
  findings.push(...quotes.slice(0, MAX_QUOTE_DIAGNOSTICS));
  if (quotes.length > MAX_QUOTE_DIAGNOSTICS) {
    const more = quotes.length - MAX_QUOTE_DIAGNOSTICS;
    findings.push({ offset: quotes[MAX_QUOTE_DIAGNOSTICS]?.offset ?? 0, severity: 'warning', rule: 'text/more-quote-problems', message: `${more} more quotation-mark problems not listed` });
  }
  findings.sort((a, b) => a.offset - b.offset);
  const where = linesOf(text, findings.map((f) => f.offset));
  return findings.map((f, i) => ({ file, ...where[i], severity: f.severity, rule: f.rule, message: f.message }));
}

const OPEN = '\u201c';
const CLOSE = '\u201d';
const STRAIGHT = '"';

/**
 * Pairs double quotation marks paragraph by paragraph. A paragraph that ends inside a quotation
 * is fine when the next one opens with a quotation mark (the convention for quotes running over
 * several paragraphs); otherwise the quotation is reported as never closed.
 */
function checkQuotes(text: string): Finding[] {
  const out: Finding[] = [];
  let open: number | null = null;
  const unclosed = (offset: number, why: string) =>
    out.push({
      offset,
      severity: 'warning',
      rule: 'text/unclosed-quote',
      message: `this quotation mark is never closed (${why}); built as is, but its statement may be missed or cut short — add the closing mark`,
    });
  const close = (i: number, from: number) => {
    if (i + 1 - from > LONG_QUOTE_CHARS) {
      out.push({
        offset: from,
        severity: 'warning',
        rule: 'text/long-quote',
        message: `quotation of ${(i + 1 - from).toLocaleString('en-US')} characters (over ${LONG_QUOTE_CHARS.toLocaleString('en-US')}); built as is — check for a closing mark missing earlier`,
      });
    }
  };
  const paragraph = /\n[ \t\r]*\n/g;
  let start = 0;
  for (;;) {
    const brk = paragraph.exec(text);
    const end = brk ? brk.index : text.length;
    let i = start;
    while (i < end && /\s/.test(text[i] ?? '')) i++;
    if (open !== null) {
      if (text[i] === OPEN || text[i] === STRAIGHT) i++; // the quotation goes on in this paragraph
      else {
        unclosed(open, 'the paragraph ends first');
        open = null;
      }
    }
    for (; i < end; i++) {
      const c = text[i];
      if (c === OPEN || (c === STRAIGHT && open === null)) {
        if (open !== null) unclosed(open, 'another quotation opens first');
        open = i;
      } else if (c === CLOSE || c === STRAIGHT) {
        if (open === null) {
          out.push({
            offset: i,
            severity: 'warning',
            rule: 'text/stray-closing-quote',
            message: 'closing quotation mark without an opening one; built as is — add the missing opening mark',
          });
        } else {
          close(i, open);
          open = null;
        }
      }
    }
    if (!brk) break;
    start = brk.index + brk[0].length;
  }
  if (open !== null) unclosed(open, 'the article ends first');
  return out;
}
