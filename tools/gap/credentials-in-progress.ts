/**
 * A credential being worked towards is partial evidence for an ask of it: "ACCA Part-qualified
 * (9 of 13 exams passed)" is not ACCA, but it is more than nothing (issue 13 trial: it read
 * "ACCA (required, high) ... not on your profile"). An ad that accepts part-qualification
 * ("Part or fully qualified ACCA, CIMA or ACA") is met by it. A licence the job requires as a
 * hard ask is still not held (evidence.ts reads only credentials held).
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { GroupResult } from "./match.ts";
import type { SkillGraph } from "./skill-graph.ts";

/** Credit of a credential in progress against an ask of the credential itself. */
export const IN_PROGRESS_CREDIT = 0.6;
export const IN_PROGRESS_NOTE = "a credential in progress, not yet held";
/** The ad's own words accept a credential in progress. */
export const acceptsPart = (text: string) => ACCEPTS_PART.test(text);
const ACCEPTS_PART =
  /\b(part[- ]?qualified|part or (?:fully|full) qualified|(?:studying|working) (?:towards?|for)|finalist|(?:qualified|certified) or (?:studying|part))\b/i;

/**
 * A certification of the profile (held or in progress) that a credential ask naming several
 * bodies names ("Part or fully qualified ACCA, CIMA or ACA" and "ACCA Part-qualified"), quoted.
 */
export function certificationNamedIn(
  ask: string,
  certifications: readonly { name: string; issuer?: string }[],
  graph: SkillGraph,
): string | undefined {
  const asked = idsNamed(graph, ask);
  const hit = certifications.find((c) => [...idsNamed(graph, c.name)].some((id) => asked.has(id)));
  return hit ? [hit.name, hit.issuer].filter(Boolean).join(", ") : undefined;
}

/** The taxonomy ids a credential's name names ("ACCA Part-qualified (9 of 13 exams passed)" -> acca). */
function idsNamed(graph: SkillGraph, name: string): Set<string> {
  const ids = new Set<string>();
  const whole = graph.lookup(name.replace(/\(.*?\)/g, " ").trim());
  if (whole) ids.add(whole.id);
  for (const token of name.split(/[^A-Za-z0-9+]+/).filter((t) => t.length >= 2)) {
    const hit = graph.lookup(token);
    if (hit?.category === "certification") ids.add(hit.id);
  }
  return ids;
}

/** The results with credential asks the person is working towards credited in part (or met). */
export function creditInProgress(
  graph: SkillGraph,
  results: GroupResult[],
  profile: ProfileSnapshot,
): GroupResult[] {
  const working = profile.certifications.filter((c) => c.inProgress);
  if (working.length === 0) return results;
  return results.map((r) => {
    if (!r.group.ids.every((id) => graph.get(id)?.category === "certification")) return r;
    for (const c of working) {
      const id = r.group.ids.find((i) => idsNamed(graph, c.name).has(i));
      if (!id) continue;
      const credit = ACCEPTS_PART.test(r.group.evidence) ? 1 : IN_PROGRESS_CREDIT;
      if (credit <= r.credit) return r;
      return {
        group: r.group,
        credit,
        match: {
          requirement: r.group.label,
          requirementId: id,
          kind: r.group.kind,
          critical: r.group.critical,
          skill: c.name,
          skillId: id,
          via: "exact",
          credit,
          levelAsked: r.group.level,
          levelHeld: r.group.level,
          evidence: [
            `certification: ${c.name}`,
            credit === 1 ? "the ad accepts part-qualification" : IN_PROGRESS_NOTE,
          ],
        },
      };
    }
    return r;
  });
}
