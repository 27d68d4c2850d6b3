/**
 * One verdict rule, consistent with what is shown (issue 13 item 4): a FIT stands only when every
 * must-have is met or credibly near, and the explanation says which are near and why. A trial
 * read "FIT 66%" for a senior sales rep of twelve years toward an enterprise account-executive ad
 * with "CRM software" a required HIGH gap and nothing saying why the call stood beside it.
 * Resume and ads written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps, parseAdText } from "../../test-support/gap-fixtures.ts";
import { profileFromText } from "../../test-support/profile-from-text.ts";
import { analyze } from "./analyze.ts";
import type { Analysis } from "./types.ts";

const deps = gapDeps();
const now = new Date("2026-06-01");

const REP = [
  "Marcus Feld",
  "Senior Sales Representative | marcus.feld@example.org | Denver, CO",
  "EXPERIENCE",
  "Senior Sales Representative, Summit Industrial Supply, Denver, CO",
  "March 2014 - Present",
  "- Grew a territory of 140 manufacturing accounts from $2.1M to $5.4M in annual revenue",
  "- Led contract negotiation with plant managers and purchasing directors on multi-year supply deals",
  "- Prospected new accounts by phone and at trade shows; closed 30+ new logos a year",
  "Sales Representative, Front Range Packaging, Aurora, CO",
  "June 2010 - February 2014",
  "- Sold packaging solutions to food producers; beat quota four years running",
  "- Built quotes and gave sales presentations to buying committees",
  "EDUCATION",
  "Bachelor of Science in Business Administration, Colorado State University, 2010",
].join("\n");

const ad = (extra: string[] = []) =>
  parseAdText(
    [
      "Enterprise Account Executive",
      "Northwind Cloud sells workforce scheduling software to large employers.",
      "",
      "Requirements:",
      "- 7+ years of B2B sales experience, including closing complex deals with large companies",
      "- Experience with CRM software",
      ...extra,
      "- Strong negotiation and presentation skills",
      "Nice to have:",
      "- Experience selling SaaS",
    ].join("\n"),
  );

const analyse = async (extra: string[] = []) => analyze(await profileFromText(REP, now), ad(extra), deps);

/** Required skills and licences the gap list shows as high or critical. */
const requiredHigh = (a: Analysis) =>
  a.gaps
    .filter(
      (g) =>
        (g.type === "skill" || g.type === "licence") &&
        g.kind === "required" &&
        (g.severity === "high" || g.severity === "critical"),
    )
    .map((g) => g.skill);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The one rule every analysis keeps: what the verdict says agrees with the gaps shown. */
function expectConsistent(a: Analysis) {
  if (a.verdict === "FIT") {
    expect(a.verdictReason).not.toMatch(/every must-have is met|no must-have is missing/);
    // Each required high gap beside a FIT is named: near with why, or open on balance.
    for (const gap of requiredHigh(a)) {
      const near = new RegExp(`near, not yet shown in full: .*${escapeRegExp(gap)} — [a-z]`).test(
        a.verdictReason,
      );
      const open = new RegExp(
        `^FIT on balance: .*with nothing that makes (it|them) near: [^—]*${escapeRegExp(gap)}`,
      ).test(a.verdictReason);
      expect(near || open).toBe(true);
    }
    // "met or credibly near" only when no gap is open.
    if (/met or credibly near/.test(a.verdictReason)) expect(a.verdictReason).not.toMatch(/on balance/);
  } else {
    // An UNFIT names what it rests on in the gap list.
    expect(a.gaps.some((g) => g.kind === "required")).toBe(true);
  }
}

describe("a FIT beside required gaps says why each is near", () => {
  it("a twelve-year sales rep is FIT for an account executive, CRM named near as central to the work held", async () => {
    const a = await analyse();
    expect(a.verdict).toBe("FIT");
    expect(requiredHigh(a)).toContain("CRM");
    expect(a.verdictReason).toMatch(
      /^FIT: .*the must-haves are met or credibly near — near, not yet shown in full: .*CRM — central to the work you held as .*Sales Representative/,
    );
    expectConsistent(a);
  });

  it("a skill named inside an ask the resume meets is near, with the quote that meets the ask", async () => {
    const a = await analyse();
    const sales = requiredHigh(a).find((g) => /^Sales$/.test(g));
    if (sales) expect(a.verdictReason).toMatch(/Sales — the ask it is part of is met \("/);
    expectConsistent(a);
  });

  it("a soft skill asked as required is near as one an interview judges", async () => {
    const a = await analyse(["- Excellent teamwork and collaboration"]);
    for (const soft of requiredHigh(a).filter((g) => /teamwork|collaboration/i.test(g)))
      expect(a.verdictReason).toMatch(new RegExp(`${soft} — a soft skill, judged at interview`));
    expectConsistent(a);
  });

  it.each([
    ["a tool of another field", "- Working knowledge of SQL", "SQL"],
    ["a licence of another field", "- Certified Public Accountant (CPA) license", "CPA"],
  ])(
    "a required gap with no reason to be near (%s) is named open, never 'met or credibly near'",
    async (_what, line, gap) => {
      const a = await analyse([line]);
      if (a.verdict === "FIT") {
        expect(a.verdictReason).toMatch(/^FIT on balance: .*with nothing that makes (it|them) near: /);
        expect(a.verdictReason.split("with nothing that makes")[1]).toContain(gap);
        expect(a.verdictReason).not.toMatch(/met or credibly near/);
      }
      expectConsistent(a);
    },
  );
});
