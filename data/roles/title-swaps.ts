/**
 * Words one occupation's titles use for one another (scripts/build-title-swaps.ts, from ESCO
 * occupation labels and O*NET alternate titles): "lead" for "supervisor", "teacher" for
 * "instructor", each with the number of occupations whose titles swap the two. Read to place a
 * title O*NET does not list (tools/gap/swapped-title.ts).
 */
import { readFileSync } from "node:fs";

interface TitleSwapsFile {
  swaps: Record<string, Record<string, number>>;
}

let swaps: Map<string, [string, number][]> | undefined;

/** The title words swapped with `word` (a title-word key), most occupations first; empty when none. */
export function titleWordSwaps(word: string): readonly [string, number][] {
  if (!swaps) {
    const file = JSON.parse(
      readFileSync(new URL("./title-swaps.json", import.meta.url), "utf8"),
    ) as TitleSwapsFile;
    swaps = new Map(
      Object.entries(file.swaps).map(([w, m]) => [
        w,
        Object.entries(m).sort(([a, n], [b, k]) => k - n || a.localeCompare(b)),
      ]),
    );
  }
  return swaps.get(word) ?? [];
}
