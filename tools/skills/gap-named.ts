/**
 * Which gap of an analysis a name the person says means. A gap is often written as the role
 * data writes it — "CRM software (such as Salesforce)", "Email software (such as Microsoft
 * Outlook)" — while people say "CRM software", "CRM", "salesforce" or "outlook" (trial
 * 2026-12-06: "why is CRM software a gap?" was answered "CRM is not among the gaps"). A name
 * means a gap when it is the gap's name, the gap's name without its examples, or one of its
 * examples, compared as written or as the skill the taxonomy knows them by. Never by a shared
 * head word ("software"): that points at another gap.
 */
import type { Taxonomy } from "../../data/taxonomy/index.ts";

const EXAMPLES = /\s*\((?:such as|e\.g\.?|for example|like|including)\s+([^)]*)\)\s*/i;

/** "CRM software (such as Salesforce)" -> "CRM software". */
export const withoutExamples = (name: string): string => name.replace(EXAMPLES, " ").trim();

/** "CRM software (such as Salesforce, HubSpot)" -> ["Salesforce", "HubSpot"]. */
export const examplesIn = (name: string): string[] =>
  (name.match(EXAMPLES)?.[1] ?? "")
    .split(/,\s*|\s+or\s+|\s+and\s+/)
    .map((e) => e.trim())
    .filter(Boolean);

interface GapLike {
  skill: string;
  skillId?: string | undefined;
}

export function gapNamed<G extends GapLike>(
  gaps: readonly G[],
  wanted: string,
  taxonomy: Taxonomy,
): G | undefined {
  const asked = wanted.trim().toLowerCase();
  if (!asked) return undefined;
  const id = taxonomy.lookup(wanted)?.id;
  const sameName = (name: string) =>
    name.toLowerCase() === asked || (id !== undefined && taxonomy.lookup(name)?.id === id);
  return (
    gaps.find((g) => g.skill.toLowerCase() === asked || (id !== undefined && g.skillId === id)) ??
    gaps.find((g) => sameName(withoutExamples(g.skill))) ??
    gaps.find((g) => examplesIn(g.skill).some(sameName))
  );
}
