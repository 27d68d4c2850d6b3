/**
 * A resume that pastes the job ad's own sentences earns nothing by them: the real resume parser,
 * the real job parser and the real analysis; only the documents are written here (ours, not any
 * dev set's). Issue 13's robustness attack "pasted ad sentences" turned 9 of 41 UNFIT pairs FIT.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { pastedRanges, withoutPastedAdText } from "./pasted-ad-text.ts";
import type { Analysis } from "./types.ts";

const deps = gapDeps();
const NOW = new Date("2024-06-01");
const parseAd = (text: string) => parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }));

const AD = `Platform Engineer
Northwind Logistics, Rotterdam

About the role
You will run the cloud platform our routing services live on.

Requirements
- Four or more years running Terraform, AWS and Kubernetes clusters for a live product.
- Bachelor's degree in Computer Science or a related technical field.
- You have built delivery pipelines in GitLab CI and packaged services as Helm charts.
- Solid Linux administration and Bash scripting skills.

Nice to have
- Experience with Prometheus and Grafana monitoring.
`;

// A shop manager: no cloud, no degree, as one paragraph (a resume pasted into a chat box).
const RESUME =
  "Marta Example, Rotterdam, marta@example.com. Store manager with 9 years in retail. " +
  "Store Manager, Fresh Corner Supermarkets, March 2017 - Present: ran a team of 14, planned staff rotas, " +
  "cut stock losses by 12 percent, handled supplier orders and weekly cash reconciliation. " +
  "Sales Assistant, CityWear, June 2015 - February 2017: served customers, restocked shelves, opened and closed the store. " +
  "Skills: team leadership, inventory control, customer service, Microsoft Excel.";

const PASTED = [
  "Four or more years running Terraform, AWS and Kubernetes clusters for a live product.",
  "Bachelor's degree in Computer Science or a related technical field.",
  "You have built delivery pipelines in GitLab CI and packaged services as Helm charts.",
  "Solid Linux administration and Bash scripting skills.",
].join(" ");
const NAMES = "Terraform, AWS, Kubernetes, GitLab CI, Helm, Linux, Bash";

describe("pasted ad sentences", () => {
  it("a near-verbatim copy of an ad sentence is found, a shared skill name is not", () => {
    const ad = parseAd(AD);
    const copied = "Summary: four or more years running Terraform, AWS and Kubernetes clusters.";
    expect(pastedRanges(copied, ad)).toHaveLength(1);
    // Near-verbatim: a word changed or dropped is still the ad's sentence.
    const edited = "I have four years running Terraform, AWS and Kubernetes clusters for our live product.";
    expect(pastedRanges(edited, ad)).toHaveLength(1);
    const own = "Ran Terraform and Kubernetes for a payments team; wrote Bash scripts on Linux.";
    expect(pastedRanges(own, ad)).toEqual([]);
  });

  it("pasting the ad's must-have sentences into a resume earns no more than listing their skills", async () => {
    const ad = parseAd(AD);
    const plain = analyze(await profileFromText(RESUME, NOW), ad, deps);
    const pasted = analyze(await profileFromText(`${PASTED} ${RESUME}`, NOW), ad, deps);
    // The same skills as a bare keyword list: names, no evidence (the robustness suite's stuffing).
    const listed = analyze(await profileFromText(`${RESUME} ${NAMES}`, NOW), ad, deps);
    expect(plain.verdict).toBe("UNFIT");
    expect(pasted.verdict).toBe("UNFIT");
    // The copied degree sentence is no degree; the copied asks are no better met.
    expect(pasted.scores.education).toBe(plain.scores.education);
    const met = (a: Analysis) => (a.requirements ?? []).filter((r) => r.kind === "required" && r.met).length;
    expect(met(pasted)).toBe(met(plain));
    for (const key of ["skills", "technicalSkills", "experience", "readiness"] as const)
      expect(pasted.scores[key] ?? 0).toBeLessThanOrEqual(listed.scores[key] ?? 0);
    expect(pasted.warnings.join(" ")).toMatch(/repeats \d+ passage\(s\) of the job ad/);
  });

  it("a skill the person's own lines also show keeps its evidence", async () => {
    const ad = parseAd(AD);
    const text = [
      "Robin Example",
      "SUMMARY",
      "Four or more years running Terraform, AWS and Kubernetes clusters for a live product.",
      "EXPERIENCE",
      "Cloud Engineer, Harbourline, March 2019 - Present",
      "- Wrote Terraform modules for forty AWS accounts and kept them up to date.",
    ].join("\n");
    const person = await profileFromText(text, NOW);
    const { profile } = withoutPastedAdText(person, ad);
    const terraform = profile.skills.find((s) => s.skillId === "terraform");
    expect(terraform?.evidence.length).toBeGreaterThan(0);
    expect(terraform?.evidence.join(" ")).not.toMatch(/four or more years/i);
    // Kubernetes is named only in the copy: a bare listing.
    expect(profile.skills.find((s) => s.skillId === "kubernetes")?.evidence ?? []).toEqual([]);
  });

  it("a resume that shares the ad's skills in its own words keeps its evidence", async () => {
    const ad = parseAd(AD);
    const own =
      "Sam Example, Delft. Platform engineer. DevOps Engineer, Parcelhub, January 2018 - Present: " +
      "ran our AWS estate with Terraform modules, moved 30 services onto Kubernetes with Helm, " +
      "built GitLab CI pipelines, administered Linux hosts and wrote Bash tooling; set up Prometheus alerts. " +
      "BSc Computer Science, TU Delft, 2017.";
    const a = analyze(await profileFromText(own, NOW), ad, deps);
    expect(a.warnings.join(" ")).not.toMatch(/of the job ad/);
  });
});
