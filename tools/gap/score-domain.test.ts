/**
 * Domain knowledge from evidence (issue 13, item 5): an industry the ad names counts when a
 * role, project or the summary shows it, and the evidence says which; a domain skill that is
 * only listed counts for half.
 */
import { expect, it } from "vitest";
import { gapDeps, job, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();

it("quotes the role that shows the ad's industry", () => {
  const a = analyze(profile(), job({ domains: ["financial services"] }), deps);
  expect(a.scores.domainKnowledge).toBe(100);
  expect(a.scoreDetails.domainKnowledge.evidence.join(" ")).toMatch(
    /financial services: shown in Backend Developer at Acme/,
  );
  // The line itself is quoted (it said only the role before).
  expect(a.scoreDetails.domainKnowledge.evidence.join(" ")).toContain(
    'financial services: shown in Backend Developer at Acme: "Built payment APIs in Java and Spring Boot on PostgreSQL."',
  );
  const none = analyze(
    profile({
      experience: [{ title: "Backend Developer", company: "Acme", bullets: ["Built APIs."], skills: [] }],
    }),
    job({ domains: ["financial services"] }),
    deps,
  );
  expect(none.scores.domainKnowledge).toBe(0);
  expect(none.scoreDetails.domainKnowledge.evidence.join(" ")).toMatch(/not in your history/);
});

it("a listed-only domain skill counts for half of a backed one", () => {
  const domainSkill = "accounting";
  const target = job({
    skills: [
      {
        skillId: domainSkill,
        name: "Accounting",
        type: deps.graph.get(domainSkill)!.type,
        category: deps.graph.get(domainSkill)!.category,
        kind: "required",
        critical: false,
        level: "intermediate",
        alternatives: [],
        evidence: "accounting knowledge",
      },
    ],
  });
  const backed = analyze(profile({ skills: [skill(domainSkill, "intermediate")] }), target, deps);
  const listed = analyze(
    profile({
      skills: [
        skill(domainSkill, "intermediate", { validated: false, evidence: [], proficiencyStated: false }),
      ],
    }),
    target,
    deps,
  );
  expect(backed.scores.domainKnowledge).not.toBeNull();
  expect(listed.scores.domainKnowledge!).toBeLessThan(backed.scores.domainKnowledge!);
  expect(listed.scoreDetails.domainKnowledge.evidence.join(" ")).toMatch(/only listed/);
});
