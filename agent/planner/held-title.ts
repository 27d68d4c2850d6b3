/**
 * Whether words said as a job held name a role: the role data's titles (tools/jobs
 * namesKnownRole), the armed forces ranks ESCO lists (data/roles/military-titles.json, built by
 * scripts/build-military-titles.ts: "staff sergeant", "petty officer", "lance corporal" — O*NET
 * has no occupation of their names), and a title said with "lead" for "leader" ("shift lead",
 * as people write it: the role data has "shift leader").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { namesKnownRole } from "../../tools/jobs/target.ts";

const FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../data/roles/military-titles.json",
);

let ranks: Set<string> | undefined;
const militaryTitles = () =>
  (ranks ??= new Set(
    (JSON.parse(readFileSync(FILE, "utf8")) as { titles: { title: string }[] }).titles.map((t) => t.title),
  ));

/** "Staff Sergeant", "petty officers": a rank ESCO lists, said in any case or as a plural. */
export const namesMilitaryTitle = (title: string): boolean => {
  const key = title.trim().toLowerCase().replace(/\s+/g, " ");
  return militaryTitles().has(key) || militaryTitles().has(key.replace(/s$/, ""));
};

export async function namesHeldRole(title: string): Promise<boolean> {
  if (namesMilitaryTitle(title)) return true;
  if (await namesKnownRole(title)) return true;
  return /\S\s+lead$/i.test(title.trim()) && namesKnownRole(`${title.trim()}er`);
}
