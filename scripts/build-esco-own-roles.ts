/**
 * `npm run build:esco-own-roles`: derives data/roles/esco-own-roles.json from ESCO v1.1.1
 * occupations (../shared/data/taxonomies/esco) next to data/roles/roles.json and role-extras.json.
 *
 * O*NET files some titles under an occupation of another kind of work: "Driving Instructor" is an
 * alternate title of Self-Enrichment Teachers, whose tools and duties are Photoshop and dance
 * (trial13 §1). ESCO has the title as an occupation of its own, with its own description. A title
 * that is an ESCO occupation's preferred label, found by the role finder word for word as an
 * alternate title of an O*NET occupation, whose ISCO sub-major group differs from that of most
 * ESCO occupations named by that O*NET occupation's titles, is kept here with what ESCO says of
 * it: its duties (scripts/taxonomy/esco-duties.ts), the competences closest to them in meaning
 * (scripts/taxonomy/field-asks.ts, read against every O*NET occupation's texts too so a label goes
 * to the occupations it is closest to), the soft skills its description names, and whether ESCO
 * marks it (or its ISCO unit group) a regulated profession. A described role with that title asks
 * these instead of the O*NET occupation's tools (tools/jobs/esco-own-role.ts).
 * Facts of ESCO (CC BY 4.0; see NOTICE). Deterministic: same data, same embedder, same result.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createOfflineEmbedder } from "../data/embeddings/offline-embedder.ts";
import type { EscoOwnRole, EscoOwnRoles } from "../data/roles/esco-own-roles.ts";
import { getRoleExtras } from "../data/roles/extras.ts";
import { titleWords } from "../data/roles/title-words.ts";
import type { CompiledRoles } from "../data/roles/types.ts";
import { softSkillsNamedIn } from "../tools/gap/soft-skills.ts";
import { createRoleFinder } from "../tools/jobs/role-finder.ts";
import { titleCase } from "../tools/jobs/title-case.ts";
import { dutySkills, occupationTexts } from "./taxonomy/duty-skills.ts";
import { escoDuties } from "./taxonomy/esco-duties.ts";
import { FIELD_ASK_OPTIONS, fieldAskNodes } from "./taxonomy/field-asks.ts";
import { readCsv, sourcePaths } from "./taxonomy/sources.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = sourcePaths(process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data"));

/** An own role needs this many duties read from its description to say what the work is. */
const MIN_DUTIES = 2;
const MAX_DUTIES = 5;

const key = (t: string) => titleWords(t).join(" ");
/** ISCO sub-major group: "5165" -> "51" (personal services), "2355" -> "23" (teaching). */
const subMajor = (isco: string) => isco.replace(/^C/, "").slice(0, 2);

interface EscoOccupation {
  label: string;
  isco: string;
  description: string;
  regulated: boolean;
}

export function findOwnRoles(
  compiled: CompiledRoles,
  esco: readonly Record<string, string>[],
  findRole = createRoleFinder(compiled, getRoleExtras()),
): { occupation: EscoOccupation; onet: string }[] {
  const rows: EscoOccupation[] = esco
    .map((o) => ({
      label: (o.preferredLabel ?? "").trim(),
      isco: o.iscoGroup ?? "",
      description: o.description ?? "",
      regulated: /\/regulated$/.test(o.regulatedProfessionNote ?? ""),
    }))
    .filter((o) => o.label && o.isco);
  const regulatedGroups = new Set(rows.filter((o) => o.regulated).map((o) => o.isco));
  // Each ESCO occupation whose preferred label O*NET files, word for word, under an occupation.
  const filed = new Map<string, EscoOccupation[]>();
  const homeOf = new Map<EscoOccupation, string>();
  for (const o of rows) {
    const match = findRole(o.label, { loose: false });
    if (!match || key(match.matchedTitle) !== key(o.label)) continue;
    homeOf.set(o, match.role.code);
    filed.set(match.role.code, [...(filed.get(match.role.code) ?? []), o]);
  }
  const out: { occupation: EscoOccupation; onet: string }[] = [];
  for (const [o, code] of homeOf) {
    const role = compiled.roles.find((r) => r.code === code)!;
    // The kind of work the O*NET occupation is: the ISCO sub-major group of most ESCO
    // occupations its titles name, its own title's first (a tie goes to it).
    const votes = new Map<string, number>();
    for (const other of filed.get(code)!) {
      const own = key(other.label) === key(role.title) ? 2 : 1;
      votes.set(subMajor(other.isco), (votes.get(subMajor(other.isco)) ?? 0) + own);
    }
    const [kind, count] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    // One ESCO occupation alone says nothing of the O*NET occupation's kind of work. Managers'
    // and professionals' work (ISCO 0-2) filed elsewhere is still office work that O*NET's
    // tools say something of; a trade's or a service's is not (a driving instructor's Photoshop).
    if (count < 2 || subMajor(o.isco) === kind || !/^[3-9]/.test(o.isco)) continue;
    out.push({ occupation: { ...o, regulated: o.regulated || regulatedGroups.has(o.isco) }, onet: code });
  }
  return out.sort((a, b) => a.occupation.label.localeCompare(b.occupation.label));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const compiled = JSON.parse(
    readFileSync(path.join(root, "data/roles/roles.json"), "utf8"),
  ) as CompiledRoles;
  const extras = getRoleExtras();
  const own = findOwnRoles(compiled, readCsv(src.esco("occupations_en.csv")));
  const roles: Record<string, EscoOwnRole> = {};
  const texts = occupationTexts(compiled.roles, extras.roles);
  for (const { occupation, onet } of own) {
    const duties = escoDuties(occupation.description, occupation.label).slice(0, MAX_DUTIES);
    if (duties.length < MIN_DUTIES) continue;
    const softSkills = softSkillsNamedIn(occupation.description.split(/(?<=\.)\s+/));
    roles[key(occupation.label)] = {
      title: titleCase(occupation.label),
      onet,
      isco: occupation.isco,
      duties,
      ...(softSkills.length ? { softSkills } : {}),
      ...(occupation.regulated ? { regulated: true } : {}),
    };
    texts.push({ code: `esco:${key(occupation.label)}`, sentences: [occupation.label, ...duties] });
  }
  // The competences closest in meaning, read against every occupation's texts (O*NET's too), so
  // a competence goes to the few occupations it is closest to, as role-extras' fieldAsks do.
  const embedder = createOfflineEmbedder();
  const competences = fieldAskNodes(readCsv(src.esco("skills_en_v1.1.1_labels.csv")));
  for (const [code, labels] of dutySkills(
    texts,
    competences,
    (t) => embedder.embedSync!(t),
    FIELD_ASK_OPTIONS,
  ))
    if (code.startsWith("esco:")) roles[code.slice(5)]!.fieldAsks = labels;
  const built: EscoOwnRoles = {
    version: 1,
    builtFrom: [
      "ESCO v1.1.1 occupations (preferred labels, ISCO groups, descriptions, regulated professions)",
      "ESCO v1.1.1 skill/competence labels (fieldAsks, by meaning against the duties)",
      "O*NET 29.2 alternate titles (data/roles/roles.json), to find the titles filed under another kind of work",
    ],
    roles,
  };
  const file = path.join(root, "data/roles/esco-own-roles.json");
  writeFileSync(file, `${JSON.stringify(built, null, 1)}\n`);
  for (const [k, r] of Object.entries(roles))
    console.log(
      `  ${k} (ISCO ${r.isco}${r.regulated ? ", regulated" : ""}) instead of ${r.onet}: ${(r.fieldAsks ?? []).join("; ")}`,
    );
  console.log(`esco own roles: ${Object.keys(roles).length}, ${(statSync(file).size / 1024).toFixed(0)} KB`);
}
