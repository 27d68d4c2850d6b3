/**
 * Which tools are of which kind, across every occupation: O*NET files each technology example
 * under a commodity class ("ADP Workforce Now" under Human resources software in 25
 * occupations). A described role's kind ask lists only the occupation's own tools of the kind
 * (HRIS and applicant tracking for an HR specialist), so an HR coordinator who ran payroll in
 * ADP Workforce Now read as holding no HR software. This file keeps, per kind (the short name
 * tool-kinds.ts gives the class), every taxonomy id O*NET files mostly under it, so the
 * analysis can meet a kind by any of its members (tools/gap/kind-members.ts).
 *
 *   npm run build:kind-members   (reads ../shared/data/taxonomies/onet_29_2; writes data/roles/kind-members.json)
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getTaxonomy } from "../data/taxonomy/index.ts";
import { readTsv, sourcePaths } from "./taxonomy/sources.ts";
import { kindName } from "./taxonomy/tool-kinds.ts";

/** An example belongs to a class holding at least this share of its listings (most are in one). */
const MIN_CLASS_SHARE = 0.5;
/** Node types that name a field or a trait, not a tool: "Human Resources" is no HR software. */
const NOT_A_TOOL = new Set(["domain_knowledge", "soft_skill", "spoken_language", "methodology"]);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data");
const rows = readTsv(sourcePaths(shared).onet("Technology Skills.txt"));
const taxonomy = getTaxonomy();
const byExample = new Map<string, Map<string, number>>();
for (const r of rows) {
  const classes = byExample.get(r.Example!) ?? new Map<string, number>();
  classes.set(r["Commodity Title"]!, (classes.get(r["Commodity Title"]!) ?? 0) + 1);
  byExample.set(r.Example!, classes);
}
const members = new Map<string, Set<string>>();
for (const [example, classes] of byExample) {
  const skill = taxonomy.lookup(example);
  if (!skill || NOT_A_TOOL.has(skill.category) || skill.type !== "technical") continue;
  const total = [...classes.values()].reduce((a, b) => a + b, 0);
  for (const [commodity, n] of classes) {
    if (n / total < MIN_CLASS_SHARE) continue;
    const kind = kindName(commodity);
    const set = members.get(kind) ?? new Set<string>();
    set.add(skill.id);
    members.set(kind, set);
  }
}
const kinds = Object.fromEntries(
  [...members.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, ids]) => [k, [...ids].sort()]),
);
const out = {
  version: 1,
  builtFrom: ["O*NET 29.2 Technology Skills (commodity classes), CC BY 4.0"],
  kinds,
};
writeFileSync(
  new URL("../data/roles/kind-members.json", import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
);
console.log(`${members.size} kinds, ${[...members.values()].reduce((a, s) => a + s.size, 0)} members`);
