/**
 * Folds text for search: case-insensitive and diacritic-insensitive, so
 * "luong tam quang" matches "Lương Tam Quang". Vietnamese đ/Đ is a separate
 * letter (not a combining mark), so it needs its own mapping. Hyphens count
 * as spaces: Vietnamese writes foreign names by syllable ("Ma-rốc").
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[-\u2010\u2011]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a query into folded words. */
export function searchTerms(query: string): string[] {
  const folded = foldText(query);
  return folded ? folded.split(' ') : [];
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** At the start of a word: after anything that is not a letter or a digit. */
const wordStart = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}`, 'u');
/** A whole word (or words): nothing of a letter or digit on either side. */
const wholeWord = (text: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');

interface Term {
  text: string;
  pattern: RegExp;
}

/**
 * A search, read three ways from the strictest: the query as whole words in a
 * row, the query as a phrase whose last word may be cut short, and every word
 * anywhere (each at the start of a word). Vietnamese words are single
 * syllables and names are several of them: "Ba Lan" is Poland, "ba" alone is
 * "three", "nga" starts "ngày" (day). So the strictest reading that finds
 * anything in the dataset is the one used (`searchLevel`).
 */
export interface Search {
  whole: Term;
  phrase: Term;
  words: Term[];
}

export type SearchLevel = 'whole' | 'phrase' | 'words';
export const SEARCH_LEVELS: readonly SearchLevel[] = ['whole', 'phrase', 'words'];

export function compileSearch(query: string): Search | null {
  const words = searchTerms(query);
  if (words.length === 0) return null;
  const text = words.join(' ');
  return {
    whole: { text, pattern: wholeWord(text) },
    phrase: { text, pattern: wordStart(text) },
    words: words.map((word) => ({ text: word, pattern: wordStart(word) })),
  };
}

/** `includes` first: most texts lack the word, and it is much cheaper than the pattern. */
const found = (haystack: string, term: Term) =>
  haystack.includes(term.text) && term.pattern.test(haystack);

/** Does `haystack` match the search, read at `level`? */
export function matchesSearch(haystack: string, search: Search, level: SearchLevel): boolean {
  if (level !== 'words') return found(haystack, search[level]);
  return search.words.every((word) => found(haystack, word));
}

const collators = new Map<string, Intl.Collator>();

/**
 * Compares labels in the reading order of a language (Intl tag): "Ả Rập Xê-út"
 * before "Ai Cập" in Vietnamese. One collator per language: `localeCompare`
 * with a locale builds a new one on every call, and sorting calls it often.
 */
export function compareText(tag: string): (a: string, b: string) => number {
  let collator = collators.get(tag);
  if (!collator) {
    collator = new Intl.Collator(tag);
    collators.set(tag, collator);
  }
  return collator.compare;
}
