/**
 * `npm run build:role-cores`: data/roles/role-cores.json from the curated core asks of common
 * titles (scripts/taxonomy/curated/role-cores*.ts), resolved against the compiled taxonomy and
 * role finder, with each ask's O*NET basis (../shared/data/taxonomies Technology Skills).
 * Run after `npm run build:taxonomy` and `npm run build:role-extras`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { RoleCores } from "../data/roles/cores.ts";
import { getRoleExtras } from "../data/roles/extras.ts";
import type { CompiledRoles } from "../data/roles/types.ts";
import { getTaxonomy } from "../data/taxonomy/index.ts";
import { createRoleFinder } from "../tools/jobs/role-finder.ts";
import { TECH_CORES } from "./taxonomy/curated/role-cores.ts";
import { FIELD_CORES } from "./taxonomy/curated/role-cores-fields.ts";
import { buildRoleCores, onetFlags } from "./taxonomy/role-cores.ts";
import { readTsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));
const compiled = JSON.parse(readFileSync(path.join(root, "data/roles/roles.json"), "utf8")) as CompiledRoles;
const graph = getTaxonomy();
const flags = onetFlags(readTsv(src.onet("Technology Skills.txt")), graph);
const cores = buildRoleCores(
  [...TECH_CORES, ...FIELD_CORES],
  graph,
  createRoleFinder(compiled, getRoleExtras()),
  flags,
);
const out: RoleCores = {
  version: 1,
  builtFrom: [
    "scripts/taxonomy/curated/role-cores.ts, role-cores-fields.ts (curated core asks)",
    "O*NET 29.2 Technology Skills (Hot Technology / In Demand flags), CC BY 4.0",
  ],
  cores,
};
writeFileSync(path.join(root, "data/roles/role-cores.json"), `${JSON.stringify(out, null, 1)}\n`);
console.log(`role cores: ${Object.keys(cores).length} titles`);
