/**
 * Found by the lead trying the chat (2026-12-05): a data analyst (SQL, Python, Excel) set
 * "backend engineer" as the target and was told "FIT: readiness 46, 54% chance of fit; required
 * for the role and still to close: Git, PostgreSQL, Jira, …" — ten required gaps. On the
 * dream-role resumes 79% of other fields' described-role pairs were FIT. A described role's FIT
 * needs the profile to show at least a quarter of the role's required asks. Profiles written here.
 */
import { describe, expect, it } from "vitest";
import { describedRole, gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { DESCRIBED_CORE_SHARE, decideVerdict } from "./readiness.ts";

const deps = gapDeps();

const analyst = profile({
  headline: "Data Analyst",
  experience: [
    {
      title: "Data Analyst",
      company: "Acme Retail",
      start: "2021-01",
      end: "present",
      bullets: ["Wrote SQL reports on weekly sales", "Automated the stock report in Python"],
      skills: ["SQL", "Python"],
    },
  ],
  skills: [skill("sql", "intermediate"), skill("python", "intermediate"), skill("excel", "intermediate")],
  totalYearsExperience: 4,
});

const base = {
  readiness: 46,
  probability: 0.6,
  unmet: [],
  hardUnmet: [],
  missingMustHaves: [],
  enoughData: true,
  describedRole: true,
};

describe("a described role's FIT needs the role's core asks shown", () => {
  it("is UNFIT when the profile shows under a quarter of them, and says how many", () => {
    const { verdict, reason } = decideVerdict({
      ...base,
      requiredGaps: ["Git", "PostgreSQL", "Jira"],
      describedCore: { shown: 2, of: 12 },
    });
    expect(verdict).toBe("UNFIT");
    expect(reason).toMatch(
      /shows 2 of the 12 tools and skills the role typically asks for \(not shown: Git, PostgreSQL, Jira\)/,
    );
  });

  it("leaves the model's call when a quarter or more is shown", () => {
    const shown = Math.ceil(DESCRIBED_CORE_SHARE * 12);
    expect(decideVerdict({ ...base, requiredGaps: [], describedCore: { shown, of: 12 } }).verdict).toBe(
      "FIT",
    );
  });

  it("a data analyst is not a FIT for a backend engineer's typical requirements", () => {
    const a = analyze(analyst, describedRole("backend engineer"), deps);
    expect(a.verdict).toBe("UNFIT");
    expect(a.verdictReason).toMatch(/tools and skills the role typically asks for/);
  });
});
