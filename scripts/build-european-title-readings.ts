/**
 * The European reading of English job titles that O*NET files under several occupations: "kitchen
 * manager" is an alternate title of O*NET's chefs and head cooks, their first-line supervisors and
 * food service managers, and the role finder took the supervisors; ESCO (the European classification)
 * files it as a label of "head chef". A title said in Spanish, French, German or Portuguese
 * ("jefe de cocina", "chef de cuisine", "Küchenchef") is read in English words
 * (tools/jobs/translate-title.ts) and means what it means in Europe: ESCO's preferred label.
 * Kept only when O*NET files that preferred label under exactly one occupation, one of those
 * filing the title, so the reading chooses among O*NET's own candidates and never leaves them.
 *
 *   node --import tsx scripts/build-european-title-readings.ts   (reads ../shared/data/taxonomies; writes data/roles/european-title-readings.json)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { titleWords } from "../data/roles/title-words.ts";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));
const OUT = path.join(root, "data/roles/european-title-readings.json");

const keyOf = (title: string) => titleWords(title).join(" ");

/** O*NET title key -> the occupations filing it. */
function onetOccupations(): Map<string, Set<string>> {
  const byTitle = new Map<string, Set<string>>();
  const file = (name: string, column: number) => {
    for (const line of readFileSync(src.onet(name), "utf8").split(/\r?\n/).slice(1)) {
      const cells = line.split("\t");
      const code = cells[0];
      const title = cells[column];
      if (!code || !title) continue;
      const key = keyOf(title);
      byTitle.set(key, (byTitle.get(key) ?? new Set()).add(code));
    }
  };
  file("Alternate Titles.txt", 1);
  file("Sample of Reported Titles.txt", 1);
  file("Occupation Data.txt", 1);
  return byTitle;
}

export function europeanReadings(): Record<string, string> {
  const onet = onetOccupations();
  const readings: Record<string, string> = {};
  for (const row of readCsv(src.esco("occupations_en.csv"))) {
    const preferred = row.preferredLabel ?? "";
    // The preferred label must name one O*NET occupation, or it chooses nothing.
    const preferredCodes = onet.get(keyOf(preferred));
    if (!preferredCodes || preferredCodes.size !== 1) continue;
    for (const label of (row.altLabels ?? "").split(/\r?\n/)) {
      const key = keyOf(label);
      const codes = onet.get(key);
      if (!key || key === keyOf(preferred) || !codes || codes.size < 2) continue;
      if (![...codes].some((c) => preferredCodes.has(c))) continue;
      // Two ESCO occupations claiming one label: no European reading either.
      if (readings[key] !== undefined && readings[key] !== preferred) readings[key] = "";
      else readings[key] = preferred;
    }
  }
  return Object.fromEntries(
    Object.entries(readings)
      .filter(([, v]) => v !== "")
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readings = europeanReadings();
  const body = {
    source:
      "ESCO v1.1.1 occupations (preferred and alternative labels), European Commission, CC BY 4.0; O*NET 29.2 Alternate Titles, Sample of Reported Titles, Occupation Data, USDOL/ETA, CC BY 4.0",
    builtBy: "scripts/build-european-title-readings.ts",
    readings,
  };
  writeFileSync(OUT, `${JSON.stringify(body, null, 1)}\n`);
  console.log(`${Object.keys(readings).length} titles -> ${OUT}`);
}
