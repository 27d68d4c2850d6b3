/**
 * A trade's competences are asked and credited (issue 13): a described sous chef or
 * electrician asked an office suite, and a cook's years at the stove earned nothing toward
 * them. The trade's competences (role-extras `fieldAsks`) are met by what the person did, read
 * by meaning, or by dated work held in that trade (its title, as O*NET files it), quoted; they
 * count in the skills score. Another trade's work meets none of them. Resumes written here.
 */
import { describe, expect, it } from "vitest";
import { describedRole, gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();
const now = new Date("2026-06-01");

const CHEF = [
  "Maria Lopez",
  "Sous Chef | maria.lopez@example.org | Portland, OR",
  "EXPERIENCE",
  "Sous Chef, Bistro Nova, Portland, OR",
  "April 2019 - Present",
  "- Run the line on dinner services of 200 covers and expedite the pass",
  "- Train new cooks in knife skills, plating and food safety",
  "- Order produce and proteins and keep food cost under 30%",
  "Line Cook, Harbor Grill, Portland, OR",
  "June 2015 - March 2019",
  "- Worked the grill, fry and saute stations; made sauces and stocks from scratch",
  "EDUCATION",
  "Associate of Applied Science in Culinary Arts, Portland Community College, 2015",
].join("\n");

const ELECTRICIAN = [
  "Sam Okafor",
  "Journeyman Electrician | sam.okafor@example.org | Tulsa, OK",
  "EXPERIENCE",
  "Journeyman Electrician, Red Dirt Electric, Tulsa, OK",
  "March 2018 - Present",
  "- Bent and ran EMT conduit, pulled wire and landed circuits in commercial build-outs",
  "- Troubleshot and repaired faulty circuits and wiring in occupied buildings",
  "EDUCATION",
  "Associate of Applied Science in Electrical Technology, Tulsa Community College, 2014",
].join("\n");

const competences = (a: ReturnType<typeof analyze>) =>
  (a.requirements ?? []).filter((r) => r.kind === "required" && r.text.split(/\s+/).length <= 7);

describe("a trade's competences", () => {
  it("a sous chef's own work meets the sous chef role's competences, quoted, and counts as skills", async () => {
    const a = analyze(await profileFromText(CHEF, now), describedRole("sous chef"), deps);
    const asks = competences(a);
    expect(asks.length).toBeGreaterThanOrEqual(3);
    expect(asks.filter((r) => r.met).length).toBeGreaterThanOrEqual(3);
    expect(asks.find((r) => r.met)?.quote).toMatch(/Sous Chef, Bistro Nova/);
    expect(a.scores.skills).not.toBeNull();
    expect(a.scores.skills!).toBeGreaterThanOrEqual(75);
    expect(a.warnings.join(" ")).not.toMatch(/No skills were recognised/);
    expect(a.verdict).toBe("FIT");
    expect(a.gaps.filter((g) => g.type === "duty").length).toBeLessThanOrEqual(asks.length - 3);
  });

  it("an electrician's wiring work reads as the electrician role's competence", async () => {
    const a = analyze(await profileFromText(ELECTRICIAN, now), describedRole("electrician"), deps);
    const wiring = (a.requirements ?? []).find(
      (r) => /wiring/i.test(r.text) && r.text.split(/\s+/).length <= 7,
    );
    expect(wiring?.met).toBe(true);
  });

  // lead26 trial: four years as a line cook showed none of a sous chef's competences, though a
  // restaurant cook's own typical competences include "cook vegetable products".
  it("a role held in a neighbouring trade meets the competences that trade has too, and only those", async () => {
    const lineCook = [
      "Jo Park",
      "Line Cook | jo.park@example.org | Denver, CO",
      "EXPERIENCE",
      "Line Cook, Sunny Side Brunch House, Denver, CO",
      "January 2022 - Present",
      "- Worked the grill and saute stations on weekend brunch services",
    ].join("\n");
    const a = analyze(await profileFromText(lineCook, now), describedRole("sous chef"), deps);
    const met = competences(a).filter((r) => r.met);
    expect(met.map((r) => r.text.toLowerCase())).toContain("able to cook vegetable products");
    expect(met.every((r) => /Line Cook, Sunny Side Brunch House/.test(r.quote ?? ""))).toBe(true);
    expect(met.map((r) => r.text.toLowerCase())).not.toContain("able to direct the preparation of food");
  });

  it("another trade's work meets none of them", async () => {
    const a = analyze(await profileFromText(ELECTRICIAN, now), describedRole("sous chef"), deps);
    expect(competences(a).filter((r) => r.met)).toEqual([]);
    expect(a.scores.skills).toBe(0);
    expect(a.verdict).toBe("UNFIT");
    // Each is a gap of the role, in its own words.
    const asked = competences(a).map((r) => r.text.replace(/^Able to /, "").toLowerCase());
    const gaps = a.gaps.filter((g) => g.type === "duty").map((g) => g.skill.toLowerCase());
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    for (const g of gaps) expect(asked.some((t) => t.startsWith(g.replace(/…$/, "")))).toBe(true);
  });

  it("a title said only in the headline, with no dated role, shows no competence", async () => {
    const undated = CHEF.split("\n")
      .filter((l) => !/^(Sous Chef, Bistro|Line Cook, Harbor|April 2019|June 2015)/.test(l))
      .join("\n");
    const a = analyze(await profileFromText(undated, now), describedRole("sous chef"), deps);
    expect(competences(a).filter((r) => r.met && /Bistro Nova/.test(r.quote ?? ""))).toEqual([]);
  });
});
