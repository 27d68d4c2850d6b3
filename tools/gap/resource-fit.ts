/**
 * Which of a skill's resources suit this person and this job. A resource taught through a
 * language or library (Kaggle Learn: Pandas, the Python Data Science Handbook) is the way into
 * "Data Analysis" for a data engineer, not for a customer-success manager whose data work is
 * dashboards and spreadsheets (issue 13 trial). The tools a resource is taught through are
 * read from its title's words as taxonomy spellings (not a hand list); a resource
 * that needs a programming language or library that neither the job asks nor the person
 * holds gives way to the skill's other resources, when it has any.
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import type { SkillCategory } from "../../data/taxonomy/types.ts";
import type { SkillGraph } from "./skill-graph.ts";

/** Categories one must already work in to follow a resource taught through them. */
const TAUGHT_THROUGH: ReadonlySet<SkillCategory> = new Set(["programming_language", "framework_library"]);

const namedInTitle = new Map<string, string[]>();

function toolsOf(title: string): string[] {
  let ids = namedInTitle.get(title);
  if (!ids) {
    // Every word and pair of words of the title looked up as a spelling: a resource title is a
    // name, not prose, so the extractor's context rules (an ambiguous "Pandas" needs a
    // neighbouring skill) do not apply.
    const words = title.split(/[^A-Za-z0-9+#.]+/).filter((w) => w.length > 0);
    const grams = [...words, ...words.slice(1).map((w, i) => `${words[i]} ${w}`)];
    const taxonomy = getTaxonomy();
    ids = [...new Set(grams.flatMap((g) => taxonomy.lookup(g)?.id ?? []))];
    if (namedInTitle.size < 5_000) namedInTitle.set(title, ids);
  }
  return ids;
}

/**
 * The resources of `skillId` in their catalog order, without those taught through a language
 * or library foreign to the plan (`inPlay`: what the job asks and what the person holds),
 * unless nothing else is left.
 */
export function suitedResources<R extends { title: string }>(
  resources: readonly R[],
  skillId: string,
  graph: SkillGraph,
  inPlay: ReadonlySet<string>,
): R[] {
  const foreign = (r: R) =>
    toolsOf(r.title).some((id) => {
      if (id === skillId || inPlay.has(id)) return false;
      const skill = graph.get(id);
      if (!skill || !TAUGHT_THROUGH.has(skill.category)) return false;
      // A library of a language in play is in play too (Pandas when the job asks Python).
      return !skill.parents.some((p) => {
        const parent = graph.get(p);
        return inPlay.has(p) && !!parent && TAUGHT_THROUGH.has(parent.category);
      });
    });
  const suited = resources.filter((r) => !foreign(r));
  return suited.length > 0 ? suited : [...resources];
}
