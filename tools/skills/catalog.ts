/**
 * The skill taxonomy as a browsable catalog: search by any spelling ("k8s" finds
 * Kubernetes first), filter by category and type, page through, and see how many skills
 * each category holds for the same search. Reads the skills table the service keeps in
 * step with the shipped taxonomy; details (aliases, parents) come from the taxonomy.
 */
import type { Queryable } from "../../data/db/types.ts";
import { searchSkillsTable } from "../../data/repositories/skills.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";

export interface CatalogQuery {
  q?: string;
  category?: string;
  type?: string;
  limit: number;
  offset: number;
}

export async function searchSkillCatalog(db: Queryable, query: CatalogQuery) {
  const text = query.q?.trim() ?? "";
  const taxonomy = getTaxonomy();
  const exact = text ? taxonomy.lookup(text) : undefined;
  const page = await searchSkillsTable(db, {
    text,
    ...(exact ? { exactId: exact.id } : {}),
    ...(query.category ? { category: query.category } : {}),
    ...(query.type ? { type: query.type } : {}),
    limit: query.limit,
    offset: query.offset,
  });
  return {
    total: page.total,
    limit: query.limit,
    offset: query.offset,
    categories: page.categories,
    items: page.items.map((row) => {
      const skill = taxonomy.get(row.id);
      return {
        ...row,
        aliases: skill?.aliases.slice(0, 10) ?? [],
        parents: skill?.parents ?? [],
      };
    }),
  };
}
