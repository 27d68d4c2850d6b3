/**
 * Names run on inside a one-paragraph resume meet nothing in the verdict's view and give no
 * years (issue 13, robustness): the run's first name glued to the words before it ("…for the
 * front desks Jenkins, Docker, …") or set after a sentence whose end a closing quote mark hid
 * ("…fourteen clinics." Jenkins, …") was read as the role's own use of it. A sentence that ties
 * the names to the work ("using Jenkins, Docker, Terraform") still meets them. Real taxonomy,
 * real analysis; the lines are ours.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { gapDeps, profile } from "../../test-support/gap-fixtures.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";
import { withoutRunOnLists } from "./run-on-lists.ts";
import { skillsInProse } from "./text-skills.ts";

const deps = gapDeps();
const graph = getTaxonomy();
const DUTY = "Reset passwords in Active Directory and imaged laptops for the front desks";
const NAMES = "Jenkins, Amazon Web Services, Kubernetes, Terraform";

const GLUED: [string, string][] = [
  ["glued to the last word", `${DUTY} ${NAMES}`],
  [
    "after a sentence closed by a quote mark",
    `${DUTY}. I was "first line support for fourteen clinics." ${NAMES}`,
  ],
  ["after a bracket", `${DUTY} (first line support) ${NAMES}`],
  ["after a link", `${DUTY} www.example.org/mina ${NAMES}`],
];

const TIED: [string, string][] = [
  ["using", `${DUTY} and built the release pipeline using Jenkins, Docker, Terraform`],
  ["with", "Managed the build farm with Jenkins, Docker, Kubernetes, Terraform"],
  ["a verb", "Rolled out Jenkins, Docker and Terraform for the booking app"],
];

describe("a run of names glued to a duty's last words", () => {
  it.each(GLUED)("%s: none of the names is read from the duty", (_name, line) => {
    const found = skillsInProse(line, graph);
    for (const id of ["jenkins", "kubernetes", "terraform", "aws"]) expect(found.has(id)).toBe(false);
    expect(withoutRunOnLists(line)).not.toMatch(/Jenkins/);
    expect(found.has("active-directory")).toBe(true);
  });

  it.each(TIED)("tied by %s: the first name stays the duty's", (_name, line) => {
    expect(skillsInProse(line, graph).has("jenkins")).toBe(true);
  });
});

describe("the verdict's view of a role whose text runs on into the ad's names", () => {
  const ad = parseJobPosting(
    `Build and Release Engineer
Northgate Logistics, Bristol

Requirements
- Experience with Jenkins pipelines for continuous integration.
- Docker and Kubernetes in production.
- Infrastructure as code with Terraform.
`,
    (t) => extractSkills(t, { section: "job ad" }),
    graph,
  );
  const withDuty = (bullet: string) =>
    profile({
      headline: "IT Support Analyst",
      summary: "",
      experience: [
        {
          title: "IT Support Analyst",
          company: "Harbourside Clinics",
          start: "2016-03",
          end: "2023-06",
          bullets: [bullet],
          skills: [],
        },
      ],
      skills: [],
    });

  it.each(GLUED)("%s: meets nothing more and adds no years", (_name, line) => {
    const plain = analyze(withDuty(DUTY), ad, deps);
    const stuffed = analyze(withDuty(line), ad, deps);
    expect(stuffed.verdictModel!.skillsMet).toEqual(plain.verdictModel!.skillsMet);
    expect(stuffed.scores.experience).toBe(plain.scores.experience);
  });

  it("a duty that uses the names meets them", () => {
    const plain = analyze(withDuty(DUTY), ad, deps);
    const used = analyze(withDuty(TIED[0]![1]), ad, deps);
    expect(used.verdictModel?.skillsMet?.met ?? 0).toBeGreaterThan(plain.verdictModel?.skillsMet?.met ?? 0);
  });
});
