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
