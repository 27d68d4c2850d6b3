/**
 * Keyword stuffing of a resume is a listing, not evidence (issue 13: "a listed-only skill cannot
 * by itself turn UNFIT into FIT"). On the outside dev pairs three ways round it turned UNFIT into
 * FIT: the parser quoted a long paragraph's sentence — naming none of them — as the use of every
 * name stuffed after it; names run on after a role's last duty took the role's dates as years;
 * and a listed skill still counted for the verdict through a level word read near it, the
 * domain score's half credit and the required gaps it closed. Our own texts and fixtures.
 */
import { describe, expect, it } from "vitest";
import type { UserSkill } from "../../contract/profile.ts";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { analyze } from "./analyze.ts";
import { withoutListedEvidence } from "./listed-evidence.ts";

const deps = gapDeps();
const held = (skills: UserSkill[], id: string) => skills.find((s) => s.skillId === id)!;
/** One dated role with these duties, and skills the parser tied to it (its dates as years). */
const withRole = (title: string, bullets: string[], ids: string[]) => {
  const role = `experience: ${title} at Depot (2019-01 to 2023-12)`;
  return profile({
    experience: [{ title, company: "Depot", start: "2019-01", end: "2023-12", bullets, skills: [] }],
    skills: ids.map((id) =>
      skill(id, "intermediate", { evidence: [role], validated: true, years: 5, proficiencyStated: false }),
    ),
  });
};

describe("evidence that shows no use of its skill", () => {
  it("a quoted sentence that does not name the skill is no evidence of it", () => {
    const quote =
      'described: "Night security officer at a warehouse gate, checking lorries in and out and keeping the visitor log"';
    const person = profile({
      skills: [
        skill("sql", "intermediate", { evidence: [quote], validated: true, proficiencyStated: false }),
        skill("excel", "intermediate", {
          evidence: ['described: "Kept the visitor log in MS Excel and sent it to the site manager"'],
          validated: true,
          proficiencyStated: false,
        }),
        skill("aws", "intermediate", {
          evidence: ['described: "Moved the gate camera archive to AWS."'],
          validated: true,
          proficiencyStated: false,
        }),
      ],
    });
    const read = withoutListedEvidence(person, deps.graph);
    expect(read.skills).toBe(1);
    expect(held(read.profile.skills, "sql")).toMatchObject({ evidence: [], validated: false });
    // "MS Excel" and "AWS" are spellings the taxonomy knows: the quotes name them.
    expect(held(read.profile.skills, "aws").evidence).toHaveLength(1);
    expect(held(read.profile.skills, "excel").evidence).toHaveLength(1);
  });

  it("names run on after a role's duties give the role neither evidence nor years; the role's labelled list does", () => {
    const person = withRole(
      "Warehouse Clerk",
      [
        "Booked deliveries in and out and counted stock every Friday. Tools: SAP, Microsoft Excel, barcode scanners",
        "Won the site's safety award in 2021 www.example.com/me Jenkins, Kubernetes, Terraform, Docker, Python",
      ],
      ["kubernetes", "terraform", "sap", "excel"],
    );
    const { profile: read } = withoutListedEvidence(person, deps.graph);
    // (The list's first name, glued to the words before it, reads as a clause's last word: it is
    // not judged. The names after it are.)
    for (const id of ["kubernetes", "terraform"]) {
      expect(held(read.skills, id).evidence).toEqual([]);
      expect(held(read.skills, id).years).toBeUndefined();
      expect(held(read.skills, id).validated).toBe(false);
    }
    for (const id of ["sap", "excel"]) expect(held(read.skills, id).years).toBe(5);
  });

  it("a duty sentence naming the skill keeps the role's evidence", () => {
    const person = withRole(
      "Analyst",
      ["Wrote the weekly sales report in Python for the buying team"],
      ["python"],
    );
    expect(withoutListedEvidence(person, deps.graph).skills).toBe(0);
  });
});

describe("the verdict weighs no listing", () => {
  // A kitchen porter against a data engineering ad: clearly UNFIT on what they did.
  const porter = profile({
    headline: "Kitchen Porter",
    summary: "Kitchen porter in busy hotel kitchens.",
    education: [],
    experience: [
      {
        title: "Kitchen Porter",
        company: "Harbour Hotel",
        start: "2016-01",
        end: "2023-12",
        bullets: ["Washed pots and kept the kitchen stores in order for a team of twelve cooks."],
        skills: [],
      },
    ],
    skills: [],
    totalYearsExperience: 8,
  });
  const ad = job({
    title: "Data Engineer",
    skills: [
      requirement("python", "required", { critical: true }),
      requirement("sql", "required", { critical: true }),
      requirement("spark"),
      requirement("airflow"),
      requirement("docker", "preferred"),
    ],
  });
  const listing = (proficiencyStated: boolean) =>
    ["python", "sql", "spark", "airflow", "docker"].map((id) =>
      skill(id, proficiencyStated ? "expert" : "beginner", {
        evidence: [],
        validated: false,
        proficiencyStated,
        proficiencyReason: proficiencyStated ? 'stated: stated "Extensive"' : "listed",
      }),
    );

  it("listed skills leave UNFIT UNFIT, though the scores shown credit them in part", () => {
    const base = analyze(porter, ad, deps);
    expect(base.verdict).toBe("UNFIT");
    const stuffed = analyze({ ...porter, skills: listing(false) }, ad, deps);
    expect(stuffed.scores.skills!).toBeGreaterThan(base.scores.skills!);
    expect(stuffed.verdict).toBe("UNFIT");
  });

  it("a level word read off the words before a run-on list is no statement about the names", () => {
    // The parser read "Extensive" (of the travel) as the level of every name run on after it.
    const stuffedRole = {
      ...porter.experience[0]!,
      bullets: [
        `${porter.experience[0]!.bullets[0]} Extensive travel with the hotel group www.example.com/porter Python, SQL, Spark, Airflow, Docker`,
      ],
    };
    const stuffed = analyze({ ...porter, experience: [stuffedRole], skills: listing(true) }, ad, deps);
    // Before: FIT — five "expert" must-haves with a stated level counted as evidence.
    expect(stuffed.verdict).toBe("UNFIT");
    // Said in a sentence of the person's own, a level stays theirs.
    const said = withoutListedEvidence(
      {
        ...porter,
        experience: [{ ...stuffedRole, bullets: ["Extensive Python scripting for the stock counts."] }],
        skills: listing(true).slice(0, 1),
      },
      deps.graph,
    );
    expect(said.skills).toBe(0);
  });
});
