/**
 * The members of a kind of technology the taxonomy names but does not list under it: the
 * taxonomy files Java, C# and Python under Programming, none under Object-Oriented Programming,
 * so an ad's "an object-oriented language" was unmet by ten years of C#. O*NET files each
 * technology under a commodity class across all occupations (data/roles/kind-members.json,
 * built from O*NET's Technology Skills); a kind node linked to its class takes the class's
 * members of the same sort as the kind's own family (the node's children, or with none its
 * parent's children: programming languages for OOP), so the class's other entries (build
 * tools, libraries O*NET files beside the languages) do not count.
 *
 *   npm run build:category-members   (reads data/roles/kind-members.json and data/taxonomy;
 *                                    writes data/taxonomy/category-members.json)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { getTaxonomy } from "../data/taxonomy/index.ts";
import type { SkillCategory } from "../data/taxonomy/types.ts";

/**
 * Kind nodes and the O*NET class that holds their members (the class's own name says the
 * kind). Only kinds the taxonomy leaves without members are linked: a node with children is
 * already met by them (tools/gap/match.ts "child").
 */
const KIND_CLASSES: Record<string, string> = {
  oop: "Object or component oriented development software",
};

const taxonomy = getTaxonomy();
const kinds = (
  JSON.parse(readFileSync(new URL("../data/roles/kind-members.json", import.meta.url), "utf8")) as {
    kinds: Record<string, string[]>;
  }
).kinds;

/** The sort of thing the kind's members are: the most common category of its family. */
function familyCategory(id: string): SkillCategory | undefined {
  const node = taxonomy.get(id);
  if (!node) throw new Error(`unknown kind node ${id}`);
  const family =
    node.children.length > 0 ? node.children : node.parents.flatMap((p) => taxonomy.get(p)?.children ?? []);
  const counts = new Map<SkillCategory, number>();
  for (const f of family) {
    const c = taxonomy.get(f)?.category;
    if (c && f !== id) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

const members: Record<string, string[]> = {};
for (const [kind, commodity] of Object.entries(KIND_CLASSES)) {
  const ids = kinds[commodity];
  if (!ids)
    throw new Error(`kind-members.json has no class "${commodity}" (rebuild it: npm run build:kind-members)`);
  const sort = familyCategory(kind);
  members[kind] = ids.filter((id) => id !== kind && taxonomy.get(id)?.category === sort).sort();
}
const out = {
  version: 1,
  builtFrom: [
    "data/roles/kind-members.json (O*NET 29.2 Technology Skills commodity classes, CC BY 4.0)",
    "data/taxonomy",
  ],
  members,
};
writeFileSync(
  new URL("../data/taxonomy/category-members.json", import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
);
console.log(
  Object.entries(members)
    .map(([k, v]) => `${k}: ${v.join(", ")}`)
    .join("\n"),
);
