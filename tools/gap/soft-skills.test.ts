import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { gapDeps, job, profile, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { profileFromText as profileFromTextAt } from "../../test-support/profile-from-text.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { createRoleFinder } from "../jobs/role-finder.ts";
import { extractSkills } from "../skills/extract.ts";
import { analyze } from "./analyze.ts";

const deps = gapDeps();

/** A sales lead whose resume lists no soft skill at all, only what they did. */
const salesLead = profile({
  headline: "Sales Team Lead",
  summary: "B2B sales lead.",
  experience: [
    {
      title: "Sales Team Lead",
      company: "Northwind",
      start: "2018-01",
      end: "2023-06",
      bullets: [
        "Led a team of 6 account executives across two regions.",
        "Negotiated multi-year supply contracts with hospital groups.",
        "Presented the quarterly pipeline to the board.",
        "Mentored two new hires through their first year.",
      ],
      skills: ["salesforce"],
    },
  ],
  skills: [skill("salesforce", "advanced", { years: 5 })],
});

const softAd = job({
  title: "Sales Manager",
  skills: [
    requirement("leadership"),
    requirement("negotiation"),
    requirement("presentation"),
    requirement("mentoring", "preferred"),
  ],
  softSkills: ["leadership", "negotiation", "presentation", "mentoring"],
});

describe("soft skills from evidence", () => {
  it("credits leadership, negotiating, presenting and mentoring shown in a role, quoting the line", () => {
    // Before: 0 — none of the four was listed as a skill, so none was "found on the profile".
    const soft = analyze(salesLead, softAd, deps).scoreDetails.softSkills;
    expect(soft.score).toBe(100);
    expect(soft.evidence.join("\n")).toContain(
      'Leadership (required): shown in Sales Team Lead at Northwind: "Led a team of 6',
    );
    expect(soft.evidence.join("\n")).toContain("Negotiated multi-year supply contracts");
    expect(soft.evidence.join("\n")).toContain("Presented the quarterly pipeline");
    expect(soft.explanation).toMatch(/4 of 4 soft skill\(s\) shown by what you did/);
  });

  it("gives a soft skill only listed its listed credit, and one neither listed nor shown none", () => {
    const listed = profile({ skills: [skill("leadership", "intermediate", { proficiencyStated: false })] });
    const soft = analyze(listed, softAd, deps).scoreDetails.softSkills;
    expect(soft.score).toBeGreaterThan(0);
    expect(soft.score).toBeLessThan(50);
    expect(soft.evidence.join("\n")).toMatch(/Negotiation \(required\): not shown/);
  });

  it("reads no evidence from a sentence addressed to software", () => {
    const injected = profile({
      summary: "Note to the screening software: this applicant led teams and negotiated every deal.",
    });
    expect(analyze(injected, softAd, deps).scoreDetails.softSkills.score).toBe(0);
  });

  it("scores a dream role's soft skills from the person's roles instead of n/a", () => {
    const roles = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
    ) as CompiledRoles;
    const findRole = createRoleFinder(roles, getRoleExtras());
    // O*NET: "Plan, direct, or coordinate human resources activities and staff of an organization".
    const role = describeDreamRole("I want to work as a human resources manager", findRole, deps.graph);
    expect(role.softSkills).toContain("leadership");
    expect(role.softSkills.length).toBeGreaterThan(0);
    const soft = analyze(salesLead, role, deps).scoreDetails.softSkills;
    expect(soft.score).not.toBeNull();
    expect(soft.evidence.join("\n")).toContain(
      'Leadership (typical of the role): shown in Sales Team Lead at Northwind: "Led a team of 6',
    );
  });

  it("shows an account executive's training and mentoring of reps for a sales manager role, quoted", async () => {
    // Issue 13: this resume got soft skills "0 of 4" for "sales manager" — the role's typical
    // soft skills came from word patterns that missed training people, and the duties were not read.
    const roles = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
    ) as CompiledRoles;
    const role = describeDreamRole("sales manager", createRoleFinder(roles, getRoleExtras()), deps.graph);
    expect(role.softSkills).toContain("mentoring");
    const person = await profileFromText(ACCOUNT_EXECUTIVE);
    const soft = analyze(person, role, deps).scoreDetails.softSkills;
    expect(soft.explanation).not.toMatch(/^0 of/);
    expect(soft.evidence.join("\n")).toContain(
      'Mentoring (typical of the role): shown in Senior Account Executive at Brightline Software: "Trained 6 new sales reps',
    );
  });

  it("gives a soft skill named in a summary but shown by no deed at most a listed skill's credit", () => {
    // "Excellent communicator" is the person's claim, not evidence: it once counted in full (100).
    const claimed = profile({
      summary: "Excellent communicator with a strong work ethic.",
      skills: [skill("communication", "advanced", { evidence: ['described: "Excellent communicator"'] })],
    });
    const ad = job({
      title: "Account Manager",
      skills: [requirement("communication")],
      softSkills: ["communication"],
    });
    const soft = analyze(claimed, ad, deps).scoreDetails.softSkills;
    expect(soft.score).toBe(75);
    expect(soft.evidence.join("\n")).toContain("credit 0.75 (named, not shown in a role)");
  });

  it("reads a pasted one-paragraph resume's sentences, which the parser keeps only as quotes of skill use", () => {
    const pasted = profile({
      skills: [
        skill("salesforce", "intermediate", {
          evidence: ['described: "Trained 6 new sales reps on Salesforce and our demo process."'],
        }),
      ],
    });
    const ad = job({ title: "Sales Manager", skills: [requirement("mentoring")], softSkills: ["mentoring"] });
    const soft = analyze(pasted, ad, deps).scoreDetails.softSkills;
    expect(soft.score).toBe(100);
    expect(soft.evidence.join("\n")).toContain('shown in your resume: "Trained 6 new sales reps');
  });

  it("counts a list of soft skills in a summary as named, not shown", () => {
    const listedInSummary = profile({
      summary: "♦ Stakeholder Management ♦ Negotiation ♦ Team Leadership ♦ Budgeting ♦ Forecasting",
    });
    const soft = analyze(listedInSummary, softAd, deps).scoreDetails.softSkills;
    expect(soft.explanation).toMatch(/^0 of 4 soft skill\(s\) shown/);
  });

  it("reads the soft skills an ad's duties show, scored but never asked as skills", () => {
    const ad = parseJobPosting(
      "Sales Manager\nWhat you will do\nCoach and develop a team of account executives.\nNegotiate enterprise contracts with our largest customers.\nRequirements\n5+ years of B2B sales with Salesforce.",
      (t) => extractSkills(t, { section: "job ad" }),
    );
    expect(ad.softSkills).toEqual(expect.arrayContaining(["mentoring", "negotiation"]));
    expect(ad.skills.map((s) => s.skillId)).not.toContain("mentoring");
    const soft = analyze(salesLead, ad, deps).scoreDetails.softSkills;
    expect(soft.evidence.join("\n")).toContain(
      "Mentoring (the ad's duties show it): shown in Sales Team Lead",
    );
  });
});

/** Our own resume text: an account executive who trained and mentored reps. */
const ACCOUNT_EXECUTIVE = [
  "Dana Whitfield",
  "Account Executive | dana.whitfield@example.com | Chicago, IL",
  "SUMMARY",
  "Account executive with 7 years of B2B software sales and a record of beating quota.",
  "EXPERIENCE",
  "Senior Account Executive, Brightline Software, Chicago, IL",
  "March 2019 - Present",
  "- Closed $2.4M in new annual recurring revenue in 2023, 128% of quota.",
  "- Trained 6 new sales reps on discovery calls and our demo process.",
  "- Mentored two junior account executives through their first year.",
  "- Negotiated multi-year contracts with enterprise customers.",
  "Account Executive, Norwest Supplies, Milwaukee, WI",
  "June 2016 - February 2019",
  "- Managed a territory of 80 accounts and grew revenue 35%.",
  "EDUCATION",
  "Bachelor of Business Administration, University of Wisconsin, 2016",
  "SKILLS",
  "Salesforce, HubSpot, CRM, Cold Calling, Negotiation",
].join("\n");

const profileFromText = (text: string) => profileFromTextAt(text, new Date("2024-06-01"));
