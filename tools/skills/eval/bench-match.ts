/**
 * resume-bench's matching rules for skills (score.mjs), for training and cross-validating the
 * resume skill filter against the same yardstick the outside measurement uses: a skill is
 * shaped as its name plus the surface forms it was found as (shape.py), a gold skill is found
 * when its words occur in order in the joined list, and a listed skill is right when it
 * matches a gold skill (whole-word containment either way, or token Jaccard >= 0.5).
 */
/** score.mjs's normal form: lists are deduplicated by it. */
export const norm = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
const tokens = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const tokStr = (s: string) => ` ${tokens(s).join(" ")} `;

export function contains(a: string, b: string): boolean {
  const tb = tokens(b);
  return tb.length > 0 && tokStr(a).includes(` ${tb.join(" ")} `);
}

function jaccard(a: string, b: string): number {
  const A = new Set(tokens(a));
  const B = new Set(tokens(b));
  if (!A.size || !B.size) return 0;
  let inter = 0;
  for (const t of A) if (B.has(t)) inter++;
  return inter / (A.size + B.size - inter);
}

export const fuzzyMatch = (a: string, b: string) => contains(a, b) || contains(b, a) || jaccard(a, b) >= 0.5;

/** A gold skill is found when its words occur in order in the joined predictions. */
export const goldContained = (joined: string, gold: string) => contains(joined, gold);

/** One skill as shape.py flattens it: name / surface forms, case-insensitively unique. */
export function shapedSkill(skill: { name: string; spans: { text: string }[] }): string {
  const seen: string[] = [];
  for (const f of [skill.name, ...skill.spans.map((s) => s.text)]) {
    const t = f.trim();
    if (t && !seen.some((x) => x.toLowerCase() === t.toLowerCase())) seen.push(t);
  }
  return seen.join(" / ");
}
