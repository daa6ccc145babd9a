/** A set of the words in a space-separated list, for lexicon tables written as prose. */
export function wordSet(words: string): Set<string> {
  return new Set(words.trim().split(/\s+/));
}
