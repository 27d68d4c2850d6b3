/**
 * The hand-curated layer is written as one line per skill so that hundreds of entries
 * stay readable and reviewable in a diff:
 *
 *   id | Name | category | aliases | parents | related | flags
 *
 * - category: pl fw db cloud tool meth soft dom lang cert concept (see CATEGORY_CODES)
 * - aliases, parents: comma-separated
 * - related: comma-separated `id:credit` (credit 0..1; made symmetric by the build)
 * - flags (space-separated): `amb` (the name needs context), `amb=Go;GO` (these names
 *   need context), `t=domain|soft|technical` (type override), `noext` (lookup only),
 *   `hot`, `indemand`
 * Empty trailing columns may be left out. Lines starting with `#` are comments.
 */
import type { SkillCategory, SkillType } from "../../data/taxonomy/types.ts";

export interface CuratedSkill {
  id: string;
  name: string;
  category: SkillCategory;
  type: SkillType;
  aliases: string[];
  parents: string[];
  related: { id: string; credit: number }[];
  ambiguousNames: string[];
  ambiguous: boolean;
  extractable: boolean;
  hot?: boolean;
  inDemand?: boolean;
}

export const CATEGORY_CODES: Record<string, SkillCategory> = {
  pl: "programming_language",
  fw: "framework_library",
  db: "database",
  cloud: "cloud_platform",
  tool: "tool",
  meth: "methodology",
  soft: "soft_skill",
  dom: "domain_knowledge",
  lang: "spoken_language",
  cert: "certification",
  concept: "concept",
};

export function defaultType(category: SkillCategory): SkillType {
  if (category === "soft_skill") return "soft";
  if (category === "domain_knowledge" || category === "spoken_language") return "domain";
  return "technical";
}

const list = (s: string | undefined): string[] =>
  (s ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x.length > 0);

export function parseCurated(block: string, origin: string): CuratedSkill[] {
  const out: CuratedSkill[] = [];
  for (const [i, raw] of block.split("\n").entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const cols = line.split("|").map((c) => c.trim());
    const [id, name, cat, aliases, parents, related, flags] = cols;
    const category = CATEGORY_CODES[cat ?? ""];
    if (!id || !name || !category) throw new Error(`${origin}:${i + 1}: bad curated line: ${line}`);
    const skill: CuratedSkill = {
      id,
      name,
      category,
      type: defaultType(category),
      aliases: list(aliases),
      parents: list(parents),
      related: list(related).map((r) => {
        const [rid, credit] = r.split(":");
        const c = Number(credit ?? "0.5");
        if (!rid || !(c > 0 && c <= 1)) throw new Error(`${origin}:${i + 1}: bad related "${r}"`);
        return { id: rid.trim(), credit: c };
      }),
      ambiguousNames: [],
      ambiguous: false,
      extractable: true,
    };
    for (const flag of (flags ?? "").split(/\s+/).filter(Boolean))
      applyFlag(skill, flag, `${origin}:${i + 1}`);
    out.push(skill);
  }
  return out;
}

function applyFlag(skill: CuratedSkill, flag: string, where: string): void {
  if (flag === "amb") {
    skill.ambiguous = true;
    skill.ambiguousNames.push(skill.name);
  } else if (flag.startsWith("amb=")) {
    skill.ambiguous = true;
    skill.ambiguousNames.push(...flag.slice(4).split(";").filter(Boolean));
  } else if (flag.startsWith("t=")) {
    const t = flag.slice(2);
    if (t !== "technical" && t !== "soft" && t !== "domain") throw new Error(`${where}: bad type ${t}`);
    skill.type = t;
  } else if (flag === "noext") skill.extractable = false;
  else if (flag === "hot") skill.hot = true;
  else if (flag === "indemand") skill.inDemand = true;
  else throw new Error(`${where}: unknown flag ${flag}`);
}
