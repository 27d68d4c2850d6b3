/**
 * A language a person only listed is backed when a role or project shows them using something
 * written in it: Angular components are written in TypeScript, HTML and CSS; SASS is CSS;
 * pandas is Python. Without this a web designer who built Angular sites for years, and lists
 * HTML in a skills line, had HTML "only listed" — a must-have the verdict counted as missing.
 *
 * "Written in" is read from the taxonomy's direct parents and the learning catalog's
 * prerequisites (the same fact read the other way: learn HTML before Angular), limited to
 * languages and frameworks. Tools and broad concepts are not implied (Power BI does not mean
 * Excel was used; microservices do not mean Docker). Only skills already on the resume are
 * backed — nothing is added — so a keyword list still backs nothing by itself.
 */

import { skillBuiltOn } from "../../../data/learning/built-on.ts";
import { shippedPrerequisites } from "../../../data/learning/prerequisites.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import type { ResumeSkill } from "../types.ts";

/** Categories a used skill can imply: what code or markup is written in. */
const WRITTEN_IN = new Set(["programming_language", "framework_library"]);

export interface BuiltOn {
  /** Skills the given skill is written in or built on (parents and prerequisites). */
  builtOn(id: string): readonly string[];
}

/** Evidence that came from a role, a project, a certificate or a described use (not implied). */
function usedFirstHand(s: ResumeSkill): boolean {
  return s.validated && s.evidence.some((e) => !e.startsWith("implied: "));
}

export function backListedByUse(skills: ResumeSkill[], graph: BuiltOn): ResumeSkill[] {
  const users = skills.filter(usedFirstHand);
  if (users.length === 0) return skills;
  return skills.map((s) => {
    if (s.validated || !s.category || !WRITTEN_IN.has(s.category)) return s;
    const by = users.filter((u) => u.id !== s.id && graph.builtOn(u.id).includes(s.id));
    if (by.length === 0) return s;
    const years = Math.max(0, ...by.map((u) => u.years ?? 0));
    const lastUsed = by
      .map((u) => u.lastUsed)
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    return {
      ...s,
      validated: true,
      evidence: [
        ...s.evidence,
        ...by.slice(0, 2).map((u) => `implied: work in ${u.name} uses ${s.name} — ${u.evidence[0]}`),
      ],
      ...(years > 0 ? { years } : {}),
      ...(lastUsed ? { lastUsed } : {}),
    };
  });
}

/** The shipped taxonomy's concrete parents plus the learning catalog's prerequisites (data/learning/built-on.ts). */
export const shippedBuiltOn: BuiltOn = {
  builtOn: (id) => skillBuiltOn(getTaxonomy(), (p) => shippedPrerequisites().get(p) ?? [], id),
};
