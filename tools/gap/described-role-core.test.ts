/**
 * Found by the lead trying the chat (2026-12-05): a data analyst (SQL, Python, Excel) set
 * "backend engineer" as the target and was told "FIT: readiness 46, 54% chance of fit; required
 * for the role and still to close: Git, PostgreSQL, Jira, …" — ten required gaps. On the
 * dream-role resumes 79% of other fields' described-role pairs were FIT. A described role's FIT
 * needs the role to read as the person's own kind of work (described-gate.ts, learned on the
 * dream-role resumes; it replaced a hand bar of a quarter of the core asks shown, which made a
 * network administrator showing one of the role's seven core tools UNFIT for their own role).
 * Profiles written here.
 */
import { describe, expect, it } from "vitest";
import { describedRole, gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { describedGate } from "./described-gate.ts";
import { decideVerdict } from "./readiness.ts";

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

const networkAdmin = profile({
  headline: "Network Administrator",
  summary: "Network administrator for a group of clinics.",
  experience: [
    {
      title: "Network Administrator",
      company: "Northwind Clinics",
      start: "2018-03",
      end: "present",
      bullets: [
        "Looked after the routers, switches and firewalls of twelve clinic sites.",
        "Configured Cisco switches and kept the VPN for home workers running.",
      ],
      skills: [],
    },
  ],
  skills: [skill("customer-service", "advanced", { years: 6 })],
  totalYearsExperience: 6,
});

describe("a described role's FIT needs the role to read as the person's own kind of work", () => {
  it("is UNFIT when the gate reads another field's role, and says how many core asks are shown", () => {
    const { verdict, reason } = decideVerdict({
      ...base,
      requiredGaps: ["Git", "PostgreSQL", "Jira"],
      describedCore: { shown: 2, of: 12, otherField: true },
    });
    expect(verdict).toBe("UNFIT");
    expect(reason).toMatch(
      /shows 2 of the 12 tools and skills the role typically asks for \(not shown: Git, PostgreSQL, Jira\), and weighed with how close your titles and past roles are to it, it reads as another field's work/,
    );
  });

  it("leaves the model's call when the gate reads the person's own field", () => {
    const call = decideVerdict({
      ...base,
      requiredGaps: [],
      describedCore: { shown: 2, of: 12, otherField: false },
    });
    expect(call.verdict).toBe("FIT");
  });

  it("a data analyst is not a FIT for a backend engineer's typical requirements", () => {
    const a = analyze(analyst, describedRole("backend engineer"), deps);
    expect(a.verdict).toBe("UNFIT");
    expect(a.verdictReason).toMatch(/tools and skills the role typically asks for/);
  });

  it("a network administrator showing one of the role's core tools is a FIT for their own role, with the rest to close", () => {
    const a = analyze(networkAdmin, describedRole("network administrator"), deps);
    // Few of the core asks shown: the bullets' Cisco also meets the operating-system kind (O*NET
    // files Cisco IOS under it, kind-members.ts), so 2 of 7.
    expect(a.verdictModel?.describedCore?.shown).toBeLessThan(0.3 * (a.verdictModel?.describedCore?.of ?? 0));
    expect(a.verdict).toBe("FIT");
    expect(a.verdictReason).toMatch(/required for the role and still to close/);
  });

  it("the same profile is not a FIT for another field's described role", () => {
    expect(analyze(networkAdmin, describedRole("sales representative"), deps).verdict).toBe("UNFIT");
  });

  it("was chosen on data: out of field it keeps more own-field FITs than the hand bar and far fewer other fields'", () => {
    const { leaveOneFieldOut: oof, handBar } = describedGate().fitted as Record<
      string,
      { own: number; other: number }
    >;
    expect(oof!.own).toBeGreaterThan(handBar!.own);
    expect(oof!.other).toBeLessThan(handBar!.other);
  });
});
