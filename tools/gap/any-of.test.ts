/**
 * "At least one of Docker, Kubernetes or OpenShift" is one any-of requirement from the ad to
 * the roadmap: met by any alternative, one gap naming them all when none is shown, and a plan
 * for one alternative only.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, profile, skill } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { buildRoadmap } from "../roadmap/build.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const parse = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const ad = (ask: string) =>
  parse(`Backend Developer\nRequirements:\n- 3+ years of Java\n- ${ask}\n- Spring Boot and PostgreSQL`);

describe("an any-of requirement", () => {
  it.each([
    "Must have at least one of Docker, Kubernetes or OpenShift",
    "Must have one of Docker, Kubernetes or OpenShift",
    "Must have any of Docker, Kubernetes or OpenShift",
    "Must have Docker, Kubernetes or OpenShift",
  ])("reads '%s' as one requirement with three alternatives", (ask) => {
    const docker = ad(ask).skills.find((s) => s.skillId === "docker");
    expect(docker?.alternatives).toEqual(["kubernetes", "openshift"]);
  });

  it("keeps a comma list of different kinds as separate asks", () => {
    const job = parse("Data Engineer\nRequirements:\n- Python, SQL or Excel\n- Airflow");
    expect(job.skills.find((s) => s.skillId === "python")?.alternatives).toEqual([]);
  });

  const job = ad("Must have one of Docker, Kubernetes or OpenShift");

  it("is met by any one alternative the person shows", () => {
    const p = profile({
      experience: [
        {
          ...profile().experience[0]!,
          bullets: ["Built payment APIs in Java and Spring Boot on PostgreSQL, deployed on Kubernetes."],
          skills: ["java", "spring-boot", "postgresql", "kubernetes"],
        },
      ],
      skills: [...profile().skills, skill("kubernetes", "intermediate", { years: 3 })],
    });
    const a = analyze(p, job, deps);
    expect(a.gaps.filter((g) => /Docker|Kubernetes|OpenShift/.test(g.skill))).toEqual([]);
    expect(a.verdict).toBe("FIT");
  });

  it("is one gap naming the alternatives, planned as one alternative, when none is shown", () => {
    const p = profile();
    const a = analyze(p, job, deps);
    const gaps = a.gaps.filter((g) => /Docker|Kubernetes|OpenShift/.test(g.skill));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.skill).toMatch(/Docker.*Kubernetes.*OpenShift/);
    expect(a.verdict).toBe("UNFIT");
    const planned = buildRoadmap(a, p, deps).items.filter((i) =>
      ["docker", "kubernetes", "openshift"].includes(i.skillId),
    );
    expect(planned.map((i) => i.skillId)).toEqual(["docker"]);
  });
});

/**
 * "Analytics tools such as Mixpanel" names a kind of tool with an example: one either/or ask met
 * by any tool of the kind. Before, it was two asks (Data Analysis from "analytics", and Mixpanel),
 * so a person tracking funnels in Amplitude had a Mixpanel gap.
 */
describe("a kind of tool with examples", () => {
  const kindAd = (ask: string) =>
    parse(`Growth Marketer\nRequirements:\n- 3+ years in growth marketing\n- ${ask}\n- SQL`);

  it.each([
    ["Experience with analytics tools such as Mixpanel", "web-analytics", ["mixpanel"]],
    ["Hands-on experience with a CRM (e.g. Salesforce, HubSpot)", "crm", ["hubspot", "salesforce"]],
    ["Experience with BI tools like Tableau or Power BI", "business-intelligence", ["power-bi", "tableau"]],
  ])("reads '%s' as one ask for the kind", (ask, node, examples) => {
    const job = kindAd(ask);
    const kind = job.skills.filter((s) => s.skillId === node);
    expect(kind).toHaveLength(1);
    expect(kind[0]!.toolKind).toBeDefined();
    expect(kind[0]!.alternatives).toEqual(examples);
    expect(job.skills.filter((s) => examples.includes(s.skillId) || s.skillId === "data-analysis")).toEqual(
      [],
    );
  });

  const job = kindAd("Experience with analytics tools such as Mixpanel");
  const analytics = (g: { skill: string }) => /analytics|Mixpanel/i.test(g.skill);

  it("is met by another tool of the kind the person shows", () => {
    const p = profile({
      experience: [
        {
          ...profile().experience[0]!,
          bullets: ["Tracked signup funnels in Amplitude and wrote SQL for the weekly growth report."],
          skills: ["amplitude", "sql"],
        },
      ],
      skills: [skill("amplitude", "intermediate", { years: 3 }), skill("sql", "intermediate", { years: 3 })],
    });
    expect(analyze(p, job, deps).gaps.filter(analytics)).toEqual([]);
  });

  it("is one gap naming the kind and its example when no tool of it is shown", () => {
    const gaps = analyze(profile(), job, deps).gaps.filter(analytics);
    expect(gaps.map((g) => g.skill)).toEqual(["analytics tools (such as Mixpanel)"]);
  });
});
