/**
 * A memo of a pure function of a string: names and words repeat through an article and a corpus, so
 * each is worked out once. The memo is emptied when it grows past `max` entries, so memory stays
 * bounded however much text goes through. Results are shared between callers: return values
 * that nobody mutates (freeze them, or type them readonly).
 */
export function memo<T>(f: (key: string) => T, max: number): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    const known = seen.get(key);
    if (known !== undefined) return known;
    if (seen.size >= max) seen.clear();
    const value = f(key);
    seen.set(key, value);
    return value;
  };
}
