/**
 * Words that name the same job inside one occupation's titles (issue 13, kindred roles): ESCO
 * files "raw materials warehouse lead" beside "raw materials warehouse supervisor"; O*NET files
 * "Warehouse Shift Supervisor" beside "Warehouse Shift Manager". Two titles of one occupation
 * that differ in exactly one word (same length, title-word keys) swap those words; a swap seen
 * in at least MIN_OCCUPATIONS different occupations says the same grade or trade in another
 * word. A title O*NET does not list ("Warehouse Lead") is then read as the listed title it
 * becomes with a swap ("Warehouse Supervisor"): tools/gap/occupation-kinship.ts.
 *
 *   node --import tsx scripts/build-title-swaps.ts   (reads ../shared/data/taxonomies; writes data/roles/title-swaps.json)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { titleWords } from "../data/roles/title-words.ts";
import { oneWordSwaps } from "./one-word-swaps.ts";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));
const OUT = path.join(root, "data/roles/title-swaps.json");

/** A swap must be seen in this many different occupations: one occupation's odd title is no synonym. */
const MIN_OCCUPATIONS = 3;
/** Titles longer than this are descriptions, not names. */
const MAX_WORDS = 6;

/** Title groups: each occupation's titles (ESCO's labels, O*NET's alternate titles). */
function titleGroups(): string[][] {
  const groups: string[][] = [];
  for (const row of readCsv(src.esco("occupations_en.csv")))
    groups.push([row.preferredLabel ?? "", ...(row.altLabels ?? "").split(/\r?\n/)]);
  const byCode = new Map<string, string[]>();
  for (const line of readFileSync(src.onet("Alternate Titles.txt"), "utf8").split(/\r?\n/).slice(1)) {
    const [code, title, short] = line.split("\t");
    if (!code || !title) continue;
    const list = byCode.get(code) ?? [];
    list.push(title, ...(short && short !== "n/a" ? [short] : []));
    byCode.set(code, list);
  }
  for (const [code, titles] of byCode) groups.push([code, ...titles].slice(1));
  return groups;
}

/** Word -> the words it swaps with, each with the number of occupations that swap them. */
export function titleSwaps(groups: string[][]): Record<string, Record<string, number>> {
  return oneWordSwaps(
    groups.map((titles) =>
      titles
        .map((t) => titleWords(t.replace(/\(.*?\)/g, " ")))
        .filter((w) => w.length > 0 && w.length <= MAX_WORDS),
    ),
    MIN_OCCUPATIONS,
    "count",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const swaps = titleSwaps(titleGroups());
  const body = {
    source:
      "ESCO v1.1.1 occupations (preferred and alternative labels), European Commission, CC BY 4.0; O*NET 29.2 Alternate Titles, USDOL/ETA, CC BY 4.0",
    builtBy: "scripts/build-title-swaps.ts",
    minOccupations: MIN_OCCUPATIONS,
    swaps,
  };
  writeFileSync(OUT, `${JSON.stringify(body)}\n`);
  console.log(`${Object.keys(swaps).length} title words with swaps -> ${path.relative(root, OUT)}`);
}
