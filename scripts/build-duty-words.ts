/**
 * Words ESCO uses for one another inside one skill's labels (issue 13, duty matching by
 * meaning): "handle cargo" / "handling cargo and stores"; "inspect freight" / "inspect cargo" /
 * "inspect shipments" / "inspect consignments"; "supervise cargo unloading" / "oversee freight
 * unloading". Two labels of one skill that differ in exactly one word (after stemming, same
 * length) swap those two words; a swap seen in at least MIN_SKILLS different skills is a pair of
 * words that say the same thing in a duty. The offline embedder reads "handle cargo" only 0.35
 * like "received and checked incoming freight"; this table lets the duty matcher
 * (tools/gap/duty-match.ts) cover "cargo" by "freight".
 *
 *   npm run build:duty-words   (reads ../shared/data/taxonomies/esco; writes data/taxonomy/duty-words.json)
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contentTokens } from "../data/embeddings/tokenize.ts";
import { dutyWordKey } from "../data/taxonomy/duty-words.ts";
import { oneWordSwaps } from "./one-word-swaps.ts";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));
const OUT = path.join(root, "data/taxonomy/duty-words.json");

/** A swap must be seen in this many different skills: one skill's odd label is no synonym. */
const MIN_SKILLS = 3;
/** Labels longer than this are descriptions, not names. */
const MAX_WORDS = 8;

const stems = (label: string) =>
  contentTokens(label)
    .filter((t) => /^[a-z]{3,}$/.test(t))
    .map(dutyWordKey);

/** Word -> the words it swaps with, each with the number of skills that swap them. */
export function wordSwaps(rows: Record<string, string>[]): Record<string, Record<string, number>> {
  return oneWordSwaps(
    rows.map((row) =>
      [row.preferredLabel ?? "", ...(row.altLabels ?? "").split(/\r?\n/)]
        .map(stems)
        .filter((w) => w.length > 0 && w.length <= MAX_WORDS),
    ),
    MIN_SKILLS,
    "alphabetical",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const swaps = wordSwaps(readCsv(src.esco("skills_en_v1.1.1_labels.csv")));
  const body = {
    source: "ESCO v1.1.1 skills (preferred and alternative labels), European Commission, CC BY 4.0",
    builtBy: "scripts/build-duty-words.ts",
    minSkills: MIN_SKILLS,
    swaps,
  };
  writeFileSync(OUT, `${JSON.stringify(body)}\n`);
  console.log(`${Object.keys(swaps).length} words with swaps -> ${path.relative(root, OUT)}`);
}
