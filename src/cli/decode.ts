import type { Diagnostic } from '../domain/diagnostic.ts';

export interface Decoded {
  /** The text, or null when the bytes are not text (the diagnostics say why). */
  text: string | null;
  diagnostics: Diagnostic[];
}

// Written out because Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1 control codes.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252 = Array.from({ length: 256 }, (_, i) => (i >= 0x80 && i <= 0x9f ? (CP1252_80_9F[i - 0x80] ?? '') : String.fromCharCode(i))).join('');
const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Decodes an article's bytes. UTF-8 is expected (a BOM is kept as the first character so offsets
 * match what Node's `readFileSync(path, 'utf8')` gives); bytes that are not valid UTF-8 are read
 * one by one as Windows-1252 (a superset of Latin-1), so a stray "é" does not garble the curly
 * quotes elsewhere; UTF-16 with a BOM is decoded; binary data is refused.
 */
export function decode(bytes: Uint8Array, file: string): Decoded {
  const at = (severity: Diagnostic['severity'], rule: string, message: string, where?: { line: number; column: number }): Diagnostic => ({
    file,
    ...where,
    severity,
    rule,
    message,
  });
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const text = new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes);
    return { text, diagnostics: [at('warning', 'input/utf16', `${utf16.toUpperCase()} text; decoded — re-save the file as UTF-8 to silence this`)] };
  }
  const nul = bytes.indexOf(0);
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  if (nul !== -1 || control > head.length * 0.1) {
    const why = nul !== -1 ? `a NUL byte at offset ${nul}` : `${control} control bytes in the first ${head.length}`;
    return { text: null, diagnostics: [at('error', 'input/binary', `binary data, not text (${why}); skipped — articles must be plain UTF-8 text`)] };
  }
  const diagnostics: Diagnostic[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    diagnostics.push(at('info', 'input/bom', 'starts with a UTF-8 byte-order mark; kept as the first character, so offsets count it'));
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), diagnostics };
  } catch {
    const { text, bad } = decodeMixed(bytes);
    const first = bad[0] ?? { offset: 0, byte: 0 };
    const lines = linesOf(text, bad.slice(0, 5).map((b) => b.offset));
    const where = lines[0] ?? { line: 1, column: 1 };
    const lineList = [...new Set(lines.map((l) => l.line))].join(', ') + (bad.length > 5 ? ', …' : '');
    diagnostics.push(
      at(
        'warning',
        'input/not-utf8',
        `${bad.length} byte${bad.length === 1 ? ' is' : 's are'} not valid UTF-8 (line ${lineList}; first ${hex(first.byte)}); ` +
          `read as Windows-1252 ("${CP1252[first.byte] ?? '?'}") — re-save the file as UTF-8 to silence this`,
        where,
      ),
    );
    return { text, diagnostics };
  }
}

/** UTF-8 where valid, each invalid byte as its Windows-1252 character; `bad` holds their text offsets. */
function decodeMixed(bytes: Uint8Array): { text: string; bad: { offset: number; byte: number }[] } {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const bad: { offset: number; byte: number }[] = [];
  let length = 0;
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    const run = utf8.decode(bytes.subarray(runStart, i));
    parts.push(run, CP1252[b] ?? '\uFFFD');
    length += run.length;
    bad.push({ offset: length, byte: b });
    length += 1;
    i++;
    runStart = i;
  }
  parts.push(utf8.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), bad };
}

/** Length of the well-formed UTF-8 sequence starting at `i` (lead byte ≥ 0x80), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** 1-based line and column of each (ascending) offset, in one pass. */
export function linesOf(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}
