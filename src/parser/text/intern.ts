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
const BASIS = 0x811c9dc5;
const PRIME = 0x01000193;

/** An open-addressing table: slot → string (undefined when free) and its hash, probed linearly from the hash's low bits. */
const SLOTS = 1 << 17;
const strings: (string | undefined)[] = new Array<string | undefined>(SLOTS).fill(undefined);
const hashes = new Int32Array(SLOTS);
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
  let h = BASIS;
  for (let k = from; k < to; k++) {
    const c = code(text, k, lower);
    if (c >= 0x80) return undefined;
    h = Math.imul(h ^ c, PRIME);
  }
  return lookup(h, text, from, to, lower);
}

let pairLower = '';

/**
 * internAscii(text, from, to, false), with internAscii(text, from, to, true) left for `internedLower`:
 * one pass over the characters for both, and one table look-up when the stretch has no capital (its
 * lower-case form is then the same string).
 */
export function internAsciiPair(text: string, from: number, to: number): string | undefined {
  if (to - from > MAX_LENGTH) return undefined;
  let h = BASIS;
  let hl = BASIS;
  let upper = false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) return undefined;
    h = Math.imul(h ^ c, PRIME);
    if (c >= 0x41 && c <= 0x5a) {
      upper = true;
      hl = Math.imul(hl ^ (c | 0x20), PRIME);
    } else hl = Math.imul(hl ^ c, PRIME);
  }
  const lower = lookup(hl, text, from, to, true);
  pairLower = lower;
  return upper ? lookup(h, text, from, to, false) : lower;
}

/** The lower-case string of the last stretch internAsciiPair interned. */
export function internedLower(): string {
  return pairLower;
}

function lookup(h: number, text: string, from: number, to: number, lower: boolean): string {
  let slot = h & (SLOTS - 1);
  for (let s = strings[slot]; s !== undefined; s = strings[slot]) {
    if (hashes[slot] === h && sameCodes(s, text, from, to, lower)) return s;
    slot = (slot + 1) & (SLOTS - 1);
  }
  // Emptied at MAX_ENTRIES, well under the slots, so probes stay short and a free slot is always found.
  if (entries >= MAX_ENTRIES) {
    strings.fill(undefined);
    entries = 0;
    slot = h & (SLOTS - 1);
  }
  const codes: number[] = [];
  for (let k = from; k < to; k++) codes.push(code(text, k, lower));
  // fromCharCode builds a one-byte string when every code fits one byte, whatever `text` is stored as.
  const made = String.fromCharCode(...codes);
  strings[slot] = made;
  hashes[slot] = h;
  entries++;
  return made;
}

function sameCodes(s: string, text: string, from: number, to: number, lower: boolean): boolean {
  if (s.length !== to - from) return false;
  for (let k = from; k < to; k++) if (s.charCodeAt(k - from) !== code(text, k, lower)) return false;
  return true;
}

const chars = new Map<number, { text: string; lower: string }>();

/**
 * A token of one non-ASCII character (a curly quotation mark, a dash, an accented initial) as one
 * shared string and its lower-case form: such marks stand in every quotation, and each slice of a
 * two-byte text and its toLowerCase would be a new string.
 */
export function internChar(text: string, at: number): { text: string; lower: string } {
  const c = text.charCodeAt(at);
  let known = chars.get(c);
  if (!known) {
    if (chars.size >= MAX_ENTRIES) chars.clear();
    const one = text.slice(at, at + 1);
    known = { text: one, lower: one.toLowerCase() };
    chars.set(c, known);
  }
  return known;
}
