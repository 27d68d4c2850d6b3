/**
 * "why is Kubernetes a gap?? I've used Docker a ton": how a skill the person claims stands
 * against a gap of their analysis, from the skill data alone. The analysis counts a skill only
 * when it is on the profile, and then through these same links (a kind of the skill asked
 * counts, a related one earns its curated partial credit, one merely in the same family earns
 * nothing), so the answer says which it is instead of re-running anything.
 */
import type { Taxonomy } from "../../data/taxonomy/index.ts";
import { examplesIn, withoutExamples } from "./gap-named.ts";

export type ClaimRelation =
  /** The claimed skill is the gap's skill by another name. */
  | "same"
  /** A kind of what the gap asks ("AWS" for "cloud platform"): it counts once on the profile. */
  | "kind_of"
  /** Curated as related: partial credit toward the gap, which stays a gap at less than full. */
  | "related"
  /** Same family, no credit ("Docker" and "Kubernetes" both container skills). */
  | "same_family"
  /** The skill data links them in no way. */
  | "unrelated"
  /** The claimed words name no skill the data knows. */
  | "unknown";

export interface ClaimAgainstGap {
  claimed: string;
  gap: string;
  relation: ClaimRelation;
  /** The family both belong to (same_family), or the gap's skill the claim is a kind of. */
  family?: string;
  /** Partial credit the analysis gives the claimed skill toward the gap (related). */
  credit?: number;
}

/** The longest start of the words the data knows as a skill ("terraform daily" -> Terraform). */
function claimedSkill(taxonomy: Taxonomy, said: string) {
  const words = said.trim().split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const skill = taxonomy.lookup(words.slice(0, n).join(" "));
    if (skill) return skill;
  }
  return undefined;
}

export function claimAgainstGap(
  taxonomy: Taxonomy,
  gap: { skill: string; skillId?: string | undefined },
  said: string,
): ClaimAgainstGap {
  const claimed = claimedSkill(taxonomy, said);
  // "CRM software (such as Salesforce)" is the CRM skill; its examples are kinds of it.
  const gapSkill = gap.skillId
    ? taxonomy.get(gap.skillId)
    : (taxonomy.lookup(gap.skill) ?? taxonomy.lookup(withoutExamples(gap.skill)));
  const examples = examplesIn(gap.skill);
  const gapName = examples.length ? withoutExamples(gap.skill) : (gapSkill?.name ?? gap.skill);
  const base = { claimed: claimed?.name ?? said.trim(), gap: gapName };
  // A tool the ask names as its example ("such as Salesforce") meets it like a kind of it.
  if (claimed && examples.some((e) => taxonomy.lookup(e)?.id === claimed.id))
    return { ...base, relation: "kind_of" };
  if (!claimed || !gapSkill) return { ...base, relation: claimed ? "unrelated" : "unknown" };
  if (claimed.id === gapSkill.id) return { ...base, relation: "same" };
  if (taxonomy.isAncestor(gapSkill.id, claimed.id)) return { ...base, relation: "kind_of" };
  const credit = Math.max(
    taxonomy.relatedCredit(gapSkill.id, claimed.id),
    taxonomy.relatedCredit(claimed.id, gapSkill.id),
  );
  if (credit > 0) return { ...base, relation: "related", credit };
  const shared = taxonomy.parentsOf(claimed.id).find((p) => taxonomy.isAncestor(p.id, gapSkill.id));
  return shared
    ? { ...base, relation: "same_family", family: shared.name }
    : { ...base, relation: "unrelated" };
}
