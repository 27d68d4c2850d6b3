/**
 * `npm run build:military-titles`: derives data/roles/military-titles.json from ESCO
 * (../shared/data/taxonomies/esco/occupations_en.csv): every label (preferred and alternative)
 * of the armed forces occupations, ISCO major group 0 (0110 commissioned officers, 0210
 * non-commissioned officers, 0310 other ranks), with the occupation it names. O*NET's
 * roles.json holds only two catch-all military occupations, so "I was a staff sergeant for 8
 * years" named no role the role finder knows and nothing was saved; these labels let the
 * background reader (agent/planner/held-title.ts) take a rank as a job held.
 * Deterministic: labels sorted, each once.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data");
const OUT = path.join(root, "data/roles/military-titles.json");

/** ISCO groups of the armed forces, and what each holds. */
const GROUPS: Record<string, string> = {
  "0110": "commissioned officer",
  "0210": "non-commissioned officer",
  "0310": "other ranks",
};

/**
 * One-word labels that are everyday words first ("major" is a field of study, "general" and
 * "captain" name other jobs, "marine" is an adjective): a rank only with another word
 * ("army major", "staff sergeant").
 */
const EVERYDAY = new Set([
  "major",
  "general",
  "captain",
  "marine",
  "adjutant",
  "gunner",
  "commando",
  "brigadier",
]);

export function militaryTitles(
  rows: Record<string, string>[],
): { title: string; occupation: string; group: string }[] {
  const out = new Map<string, { title: string; occupation: string; group: string }>();
  for (const row of rows) {
    const group = GROUPS[row.iscoGroup ?? ""];
    if (!group) continue;
    const occupation = (row.preferredLabel ?? "").trim();
    for (const label of [occupation, ...(row.altLabels ?? "").split(/\n/)]) {
      const title = label.trim().toLowerCase().replace(/\s+/g, " ");
      if (title.length < 3 || /[,()/]/.test(title) || EVERYDAY.has(title) || out.has(title)) continue;
      out.set(title, { title, occupation, group });
    }
  }
  return [...out.values()].sort((a, b) => a.title.localeCompare(b.title));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = readCsv(sourcePaths(shared).esco("occupations_en.csv"));
  const titles = militaryTitles(rows);
  writeFileSync(
    OUT,
    `${JSON.stringify({ source: "ESCO v1.1.1 occupations, ISCO major group 0", titles }, null, 1)}\n`,
  );
  console.log(`military titles: ${titles.length} -> ${path.relative(root, OUT)}`);
}
