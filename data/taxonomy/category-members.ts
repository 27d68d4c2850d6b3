/**
 * The members of a kind node the taxonomy lists nothing under (data/taxonomy/category-members.json,
 * built by `npm run build:category-members` from O*NET's commodity classes): Java and C# are
 * object-oriented languages. Read by the analysis so a kind ask is met by any member.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CATEGORY_MEMBERS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "category-members.json",
);

let loaded: Map<string, ReadonlySet<string>> | undefined;

/** The members of a kind node (empty when it has none beyond its taxonomy children). */
export function categoryMembers(kindId: string): ReadonlySet<string> {
  if (!loaded) {
    const file = JSON.parse(readFileSync(CATEGORY_MEMBERS_FILE, "utf8")) as {
      members: Record<string, string[]>;
    };
    loaded = new Map(Object.entries(file.members).map(([k, ids]) => [k, new Set(ids)]));
  }
  return loaded.get(kindId) ?? new Set();
}
