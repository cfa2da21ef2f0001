/**
 * LIX, the Scandinavian readability index (Björnsson 1968):
 *   LIX = words / sentences + 100 × long words / words, where a long word has more than six letters.
 * Below 30 reads as very easy (children's books); the citizen screens' easy-read texts must stay there.
 */
export interface LixResult {
  lix: number;
  words: number;
  sentences: number;
  longWords: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function lix(text: string): LixResult {
  const words = text.match(wordPattern) ?? [];
  if (words.length === 0) return { lix: 0, words: 0, sentences: 0, longWords: 0 };
  // A sentence ends at . ! ? : or a line break; a text without any counts as one sentence.
  const sentences = Math.max(1, text.split(/[.!?:]+(?=\s|$)|\n+/).filter((s) => /[\p{L}\p{N}]/u.test(s)).length);
  const longWords = words.filter((w) => w.replace(/[-'’]/g, '').length > 6).length;
  return { lix: words.length / sentences + (100 * longWords) / words.length, words: words.length, sentences, longWords };
}
