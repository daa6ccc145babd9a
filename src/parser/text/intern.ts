/**
 * One shared string per distinct ASCII token. V8 stores an article holding any character past U+00FF
 * (a curly quotation mark, a dash) as two-byte text, and every slice of it stays two-byte: toLowerCase
 * on such a slice is a runtime call through ICU, and hashing or comparing it against the lexicon's
 * one-byte strings takes a slow path. A token is instead looked up by its character codes in a table
 * of one-byte strings, each made once: no slice and no toLowerCase per token, fewer strings for the
 * garbage collector, and the table's strings keep their hash for the lexicon lookups.
 */
const MAX_ENTRIES = 50_000;
const MAX_LENGTH = 40;

const table = new Map<number, string[]>();
let entries = 0;

function code(text: string, k: number, lower: boolean): number {
  const c = text.charCodeAt(k);
  return lower && c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
}

/**
 * text[from, to) as a shared one-byte string, lower-cased (A–Z only) when `lower` is set; undefined
 * when the stretch holds a non-ASCII character or is longer than the table keeps.
 */
export function internAscii(text: string, from: number, to: number, lower: boolean): string | undefined {
  if (to - from > MAX_LENGTH) return undefined;
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    const c = code(text, k, lower);
    if (c >= 0x80) return undefined;
    h = Math.imul(h ^ c, 0x01000193);
  }
  const bucket = table.get(h);
  if (bucket) {
    for (const s of bucket) if (sameCodes(s, text, from, to, lower)) return s;
  }
  if (entries >= MAX_ENTRIES) {
    table.clear();
    entries = 0;
  }
  const codes: number[] = [];
  for (let k = from; k < to; k++) codes.push(code(text, k, lower));
  // fromCharCode builds a one-byte string when every code fits one byte, whatever `text` is stored as.
  const made = String.fromCharCode(...codes);
  const list = table.get(h);
  if (list) list.push(made);
  else table.set(h, [made]);
  entries++;
  return made;
}

function sameCodes(s: string, text: string, from: number, to: number, lower: boolean): boolean {
  if (s.length !== to - from) return false;
  for (let k = from; k < to; k++) if (s.charCodeAt(k - from) !== code(text, k, lower)) return false;
  return true;
}
