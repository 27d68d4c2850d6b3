/**
 * Words ESCO's skill labels use for one another (scripts/build-duty-words.ts): "cargo" for
 * "freight", "supervise" for "oversee", each with the number of ESCO skills whose labels swap
 * the two. Read by the duty matcher (tools/gap/duty-match.ts).
 */
import { readFileSync } from "node:fs";
import { crudeStem } from "../embeddings/stem.ts";

interface DutyWordsFile {
  swaps: Record<string, Record<string, number>>;
}

/** One key per word family: the stem without a final "e" ("handle", "handling" -> "handl"). */
export function dutyWordKey(word: string): string {
  const s = crudeStem(word.toLowerCase());
  return s.length > 4 && s.endsWith("e") ? s.slice(0, -1) : s;
}

let swaps: Map<string, Map<string, number>> | undefined;

/** The words (keys) ESCO swaps with `key`, with how many skills do; empty when none. */
export function dutyWordSwaps(key: string): ReadonlyMap<string, number> {
  if (!swaps) {
    const file = JSON.parse(
      readFileSync(new URL("./duty-words.json", import.meta.url), "utf8"),
    ) as DutyWordsFile;
    swaps = new Map(Object.entries(file.swaps).map(([w, m]) => [w, new Map(Object.entries(m))]));
  }
  return swaps.get(key) ?? new Map();
}
