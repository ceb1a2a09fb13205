/**
 * Folds text for search: case-insensitive and diacritic-insensitive, so
 * "luong tam quang" matches "Lương Tam Quang". Vietnamese đ/Đ is a separate
 * letter (not a combining mark), so it needs its own mapping.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits a query into folded words; every word must occur for a match. */
export function searchTerms(query: string): string[] {
  const folded = foldText(query);
  return folded ? folded.split(' ') : [];
}
