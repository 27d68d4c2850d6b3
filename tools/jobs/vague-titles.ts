/**
 * One-word titles too shared to name one occupation ("designer", "engineer"): the role finder
 * asks which one is meant instead of guessing (role-finder.ts).
 */

/**
 * A one-word O*NET title ("Designer", "Engineer", "OR Tech") names no one occupation when it
 * is filed under this many occupations or more: fifteen occupations list "Designer", so
 * "design lead" read as a video game designer.
 */
const SHARED_ONE_WORD_TITLE = 3;
/** Nor when its word heads this many occupations' titles ("tech": 204, "electrician": 23). */
const COMMON_TITLE_WORD = 100;
/** One-word title words too shared to name one occupation (see SHARED_ONE_WORD_TITLE). */
export function vagueTitleWords(
  titles: readonly { keys: readonly string[]; role: { code: string } }[],
): Set<string> {
  const oneWord = new Map<string, Set<string>>();
  const anywhere = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, word: string, code: string) => {
    const set = map.get(word) ?? new Set<string>();
    set.add(code);
    map.set(word, set);
  };
  for (const t of titles) {
    for (const k of new Set(t.keys)) add(anywhere, k, t.role.code);
    if (t.keys.length === 1) add(oneWord, t.keys[0]!, t.role.code);
  }
  return new Set(
    [...oneWord]
      .filter(
        ([w, codes]) => codes.size >= SHARED_ONE_WORD_TITLE || anywhere.get(w)!.size >= COMMON_TITLE_WORD,
      )
      .map(([w]) => w),
  );
}
