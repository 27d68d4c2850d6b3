/**
 * Issue 13 (lead's trial): a graphic designer of four years toward a described UX designer was
 * "FIT 85%" while the gap reply said "you're missing 1 must-have" and the next steps "Apply".
 * A FIT beside must-haves still open is near, said so in the verdict, the advice, the next
 * steps and the gap reply alike; an UNFIT with no gap listed is never told "nothing is missing".
 * Real parts: the role finder over the shipped roles, the resume parser, the analysis, the gap
 * list tool's output and the planner's words. The resume is written here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "../../tools/gap/analyze.ts";
import { openRequiredGaps } from "../../tools/gap/stage-context.ts";
import type { Analysis } from "../../tools/gap/types.ts";
import { describeDreamRole } from "../../tools/jobs/dream-role.ts";
import { createRoleFinder } from "../../tools/jobs/role-finder.ts";
import { gapListOutput } from "../tools/gap-list-output.ts";
import type { GapListResult } from "../tools/results.ts";
import { gapListWords } from "./gap-list-words.ts";

const deps = gapDeps();
const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles, getRoleExtras());

const DESIGNER = [
  "Robin Sato",
  "robin.sato@example.org",
  "EXPERIENCE",
  "Graphic Designer, Brightside Studio",
  "March 2022 - Present",
  "- Designed brand identities, brochures and social media graphics in Adobe Illustrator, Photoshop and InDesign.",
  "- Mocked up landing page layouts in Figma with the web team.",
  "Junior Graphic Designer, Printworks Agency",
  "2020 - 2022",
  "- Laid out print ads and packaging for retail clients.",
  "SKILLS",
  "Adobe Illustrator, Photoshop, InDesign, Figma, typography",
].join("\n");

const gapReply = (a: Analysis) => gapListWords(gapListOutput(a, "a-1").result as GapListResult);

describe("a FIT beside must-haves still open", () => {
  it("is said as nearly there in the verdict, the advice, the next steps and the gap reply", async () => {
    const job = describeDreamRole("I want to work as a UX designer", findRole, deps.graph);
    const a = analyze(await profileFromText(DESIGNER, new Date("2026-06-01")), job, deps);
    const open = openRequiredGaps(a.gaps).map((g) => g.skill);
    // The trial's shape: a FIT with required gaps open (else this pair no longer tests it).
    expect(a.verdict, a.verdictReason).toBe("FIT");
    expect(open.length, a.gaps.map((g) => g.skill).join("; ")).toBeGreaterThan(0);
    expect(a.verdictReason).toMatch(/nearly there/);
    expect(a.recommendations[0]).toMatch(/^Nearly there: .*must-have/);
    expect(a.nextSteps.join(" ")).toMatch(/Nearly there: apply/);
    expect(a.nextSteps.join(" ")).not.toMatch(/^Apply, and lead/m);
    const reply = gapReply(a);
    expect(reply).toMatch(/you're nearly there — a FIT, but you're missing \d+ must-have/);
    expect(reply).toContain(open[0]!);
  });

  it("an UNFIT with no gap listed is not told nothing is missing", () => {
    const words = gapListWords({
      isGap: "list",
      analysisId: "a-2",
      jobTitle: "Community Organiser",
      verdict: "UNFIT",
      gaps: [],
      firstReason: "",
    });
    expect(words).not.toMatch(/nothing is missing/i);
    expect(words).toMatch(/UNFIT/);
  });
});
