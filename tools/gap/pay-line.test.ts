/**
 * The pay stated at the end of an ad is the offer, not an ask (new-user trial F9.2: a new grad
 * was shown "$140k-$170k + equity — preferred, low: your resume does not show it"). The real
 * job parser and analysis; the ad and resume are written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "./analyze.ts";
import { statesPayOnly } from "./pay-line.ts";

const AD =
  "Junior Backend Developer, Lumen Pay. Hybrid (Austin, TX). What we want: a BS in Computer Science or similar; " +
  "fluency in one of Python, Java, Go or Kotlin; experience with relational databases and HTTP APIs. " +
  "Nice extras: Docker, GCP, fintech exposure. $95k-$120k + stock options";

const RESUME = [
  "Priya Raman",
  "priya@example.org | Austin, TX",
  "",
  "Education",
  "BS in Computer Science, University of Texas at Austin, 2022 - 2026",
  "",
  "Experience",
  "Software Engineering Intern, Tidewater Labs, June 2025 - August 2025",
  "- Built REST endpoints in Python and Flask backed by PostgreSQL",
  "",
  "Skills",
  "Python, Java, SQL, Git, Docker",
].join("\n");

describe("the pay stated in an ad", () => {
  it("is no requirement and no gap", async () => {
    const a = analyze(await profileFromText(RESUME, new Date("2026-06-01")), parseAdText(AD), gapDeps());
    expect((a.requirements ?? []).map((r) => r.text).filter((t) => /\$95k/.test(t))).toEqual([]);
    expect(a.gaps.map((g) => g.skill).filter((s) => /\$|stock options/i.test(s))).toEqual([]);
  });

  it("is read only when nothing but pay is said", () => {
    expect(statesPayOnly("$95k-$120k + stock options")).toBe(true);
    expect(statesPayOnly("€48,000 - €56,000 a year plus bonus")).toBe(true);
    expect(statesPayOnly("Experience managing budgets of $2M-$5M")).toBe(false);
    expect(statesPayOnly("Fintech exposure")).toBe(false);
  });
});
