/**
 * Licensed and regulated occupations (data/roles credentials, built from O*NET requirement
 * sentences and ESCO's regulated professions). Found by a new-user trial: a registered nurse
 * with a BSN and ten years was FIT 80% for nurse practitioner — ten years "made up" the missing
 * master's — and any certificate (BLS) met "Licensing or registration required".
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { gapDeps, job, profile, skill } from "../../test-support/gap-fixtures.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { createRoleFinder } from "../jobs/role-finder.ts";
import { buildRoadmap } from "../roadmap/build.ts";
import { analyze } from "./analyze.ts";
import { typeRequirements } from "./requirements.ts";

const deps = gapDeps();
const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles, getRoleExtras());

const rnLicence = { name: "Registered Nurse", issuer: "State of Ohio", skills: [] };
const bls = { name: "BLS", issuer: "American Heart Association", skills: [] };

/** A registered nurse with a BSN and ten years on the wards. */
function nurse(certifications = [rnLicence, bls], title = "Staff Nurse") {
  return profile({
    headline: title,
    summary: `${title} on cardiac and surgical wards.`,
    education: [{ degree: "Bachelor of Science in Nursing", level: "bachelor", field: "Nursing" }],
    experience: [
      {
        title,
        company: "Riverside Hospital",
        start: "2015-01",
        end: "2025-01",
        bullets: ["Assessed patients, gave medications and taught families about discharge care."],
        skills: ["patient-care", "epic-ehr"],
      },
    ],
    certifications,
    skills: [skill("patient-care", "advanced", { years: 10 }), skill("epic-ehr", "advanced", { years: 8 })],
    totalYearsExperience: 10,
  });
}

/** An ad of requirement sentences only. */
const adOnly = (title: string, lines: string[]) =>
  job({
    title,
    skills: [],
    experience: [],
    education: undefined,
    requirementLines: lines.map((text) => ({ text, kind: "required" as const })),
  });

const practitioner = () => describeDreamRole("I want to become a nurse practitioner", findRole, deps.graph);

describe("a licensed occupation's degree", () => {
  it("is not made up by experience: an RN with a BSN and ten years is UNFIT for nurse practitioner", () => {
    const role = practitioner();
    expect(role.education?.level).toBe("master");
    expect(role.education?.equivalentExperience).toBe(false);
    const analysis = analyze(nurse(), role, deps);
    expect(analysis.verdict).toBe("UNFIT");
    expect(analysis.verdictReason).toMatch(/master's degree .*years of experience do not stand in/);
    const degree = analysis.gaps.find((g) => g.type === "education");
    expect(degree?.severity).toBe("high");
    expect(degree?.reason).toMatch(
      /no amount of experience stands in for it \(O\*NET: Must be registered nurses/,
    );
    // Before the tools the role lists.
    expect(analysis.gaps[0]?.type).toBe("education");
  });

  it("still lets experience stand in for the typical degree of an unlicensed role", () => {
    const role = describeDreamRole("I want to work as a marketing manager", findRole, deps.graph);
    expect(role.education?.equivalentExperience).toBe(true);
    expect(role.education?.noSubstitute).toBeUndefined();
  });
});

describe("a licence ask is met only by that licence", () => {
  it("a registered nurse's licence does not meet the nurse practitioner's, and is met for the RN prerequisite", () => {
    const analysis = analyze(nurse(), practitioner(), deps);
    const licences = (analysis.requirements ?? []).filter((r) => r.type === "licence");
    expect(licences.map((r) => [r.text, r.met])).toEqual([
      ["Nurse Practitioner licence, registration or certification", false],
      ["Registered Nurse licence, registration or certification", true],
    ]);
    expect(licences[1]?.quote).toBe("Registered Nurse, State of Ohio");
    expect(analysis.gaps.map((g) => g.skill)).toContain("Nurse Practitioner licence");
  });

  it("an advanced-practice certification does meet it (by its other name, APRN)", () => {
    const aprn = { name: "APRN, board certified", issuer: "ANCC", skills: [] };
    const analysis = analyze(nurse([rnLicence, aprn]), practitioner(), deps);
    const licences = (analysis.requirements ?? []).filter((r) => r.type === "licence");
    expect(licences.map((r) => r.met)).toEqual([true, true]);
  });

  it("BLS does not meet a registered nurse role's licence (a title naming the occupation would)", () => {
    const role = describeDreamRole("I want to work as a registered nurse", findRole, deps.graph);
    const licenceMet = (p: ReturnType<typeof nurse>) =>
      (analyze(p, role, deps).requirements ?? []).find((r) => r.type === "licence")?.met;
    expect(licenceMet(nurse([bls], "Staff Nurse"))).toBe(true);
    const analysis = analyze(nurse([bls], "Patient Care Technician"), role, deps);
    const licence = (analysis.requirements ?? []).find((r) => r.type === "licence");
    expect(licence?.met).toBe(false);
    expect(analysis.gaps.some((g) => g.type === "licence")).toBe(true);
  });

  it("in an ad, 'Licensing or registration required' is the licence of the job's title, not any certificate", () => {
    const ad = adOnly("Registered Nurse", ["Licensing or registration required."]);
    const met = (certs: (typeof rnLicence)[]) =>
      (analyze(nurse(certs), ad, deps).requirements ?? []).find((r) => r.type === "licence")?.met;
    expect(met([bls])).toBe(false);
    expect(met([rnLicence, bls])).toBe(true);
  });
});

describe("occupations ESCO regulates only through kinds of them", () => {
  it("a veterinarian is licensed: ESCO's general, specialised and official veterinarians are regulated (issue 13)", () => {
    const role = describeDreamRole("I want to become a veterinarian", findRole, deps.graph);
    const licence = (role.requirementLines ?? []).find((l) => l.licence);
    expect(licence?.licence?.name).toBe("Veterinarian");
    expect(licence?.licence?.aka).toContain("DVM");
    expect(role.education?.noSubstitute).toBeDefined();
    // A veterinary technician, an unregulated kind, stays unlicensed.
    const technician = describeDreamRole("I want to work as a veterinary technician", findRole, deps.graph);
    expect((technician.requirementLines ?? []).some((l) => l.licence)).toBe(false);
  });
});

describe("the credential a licence ask means", () => {
  it("is none for a sentence that only mentions certificates (left to evidence by meaning)", () => {
    const ad = adOnly("UX Designer", [
      "Send us your portfolio, any certificates and a few lines about why this team.",
      "A valid commercial pilot certificate is required.",
    ]);
    const licences = typeRequirements(ad, deps.graph).filter((r) => r.type === "licence");
    expect(licences.map((r) => r.credential?.name)).toEqual([undefined, "commercial pilot"]);
  });
});

describe("the roadmap of a licensed role", () => {
  it("starts with the degree and the licence, with honest lengths, before the tools", () => {
    const p = nurse();
    const r = buildRoadmap(analyze(p, practitioner(), deps), p, deps);
    expect(r.items.slice(0, 2).map((i) => [i.kind, i.skill])).toEqual([
      ["credential", "Master's degree"],
      ["credential", "Nurse Practitioner licence"],
    ]);
    expect(r.items[0]!.duration).toMatch(/about 2 years full time .* long multi-week item/);
    expect(r.weeks[0]!.parts[0]!.itemId).toBe(r.items[0]!.id);
    expect(r.weeks[0]!.parts[0]!.note).toMatch(/2 years full time/);
  });
});

describe("licensed occupations from the data (issue 13, postings)", () => {
  it("marks physicians, dentists, pharmacists and lawyers licensed, with a degree nothing stands in for", () => {
    // Before: only 16 occupations, none of them a physician, a dentist or a lawyer.
    const extras = getRoleExtras().roles;
    for (const code of ["29-1215.00", "29-1021.00", "29-1051.00", "23-1011.00"]) {
      expect(extras[code]?.credentials?.licences.length, code).toBeGreaterThan(0);
      expect(extras[code]?.credentials?.degree, code).toBeDefined();
    }
    // Loose ESCO labels do not license a role ("Service Manager" is one of a nurse's labels).
    expect(extras["49-1011.00"]?.credentials).toBeUndefined();
  });
});

describe("a licence or a degree an ad requires (issue 13, postings)", () => {
  const accountant = (certifications: { name: string; issuer: string; skills: string[] }[]) =>
    profile({
      headline: "Senior Accountant",
      summary: "Senior accountant running the month-end close for a manufacturer.",
      education: [{ degree: "Bachelor of Science in Accounting", level: "bachelor", field: "Accounting" }],
      experience: [
        {
          title: "Senior Accountant",
          company: "Northfield Manufacturing",
          start: "2014-01",
          end: "2024-01",
          bullets: ["Ran the month-end close and prepared the consolidated financial statements."],
          skills: ["accounting"],
        },
      ],
      certifications,
      skills: [skill("accounting", "advanced", { years: 10 })],
      totalYearsExperience: 10,
    });

  it("a required named licence is a hard ask: missing it is UNFIT, said honestly", () => {
    const ad = adOnly("Audit Manager", [
      "Ten years of audit and accounting work.",
      "CPA required.",
      "You must hold a valid RN licence in the state.",
      "Licensed to practise law in the State of New York.",
    ]);
    const licences = typeRequirements(ad, deps.graph).filter((r) => r.type === "licence");
    expect(licences.map((r) => r.hard)).toEqual([true, true, true]);
    const cpaAd = adOnly("Audit Manager", ["Ten years of audit and accounting work.", "CPA required."]);
    const without = analyze(accountant([]), cpaAd, deps);
    expect(without.verdict).toBe("UNFIT");
    expect(without.verdictReason).toMatch(
      /requires the CPA licence or certification \("CPA required\."\) and your profile shows none/,
    );
    const held = analyze(
      accountant([{ name: "CPA", issuer: "State Board of Accountancy", skills: [] }]),
      cpaAd,
      deps,
    );
    expect((held.requirements ?? []).find((r) => r.type === "licence")?.met).toBe(true);
  });

  it("the right to practise law is met by admission to the bar, not by any certificate", () => {
    const ad = adOnly("Associate Attorney", ["Licensed to practise law in the State of New York."]);
    const met = (certifications: { name: string; issuer: string; skills: string[] }[]) =>
      (analyze(accountant(certifications), ad, deps).requirements ?? []).find((r) => r.type === "licence")
        ?.met;
    expect(met([{ name: "Member of the New York State Bar", issuer: "", skills: [] }])).toBe(true);
    expect(met([{ name: "CPA", issuer: "State Board of Accountancy", skills: [] }])).toBe(false);
  });

  it("a licence wished for, or merely mentioned, is not hard", () => {
    const ad = adOnly("Structural Engineer", [
      "Being a chartered engineer (CEng) would be a benefit but is not a requirement.",
      "Certifications in relevant fields are required.",
    ]);
    expect(typeRequirements(ad, deps.graph).filter((r) => r.hard)).toEqual([]);
  });
});

describe("an ad's degree that experience cannot replace (issue 13, postings)", () => {
  it("is a hard ask: ten years of practice do not make up the master's", () => {
    const ad = job({
      title: "Clinical Nurse Specialist",
      skills: [],
      experience: [],
      education: {
        kind: "required",
        level: "master",
        fields: ["nursing"],
        equivalentExperience: false,
        noSubstitute:
          'the ad: "A master\'s degree in nursing is required and cannot be replaced by experience."',
        evidence: "A master's degree in nursing is required and cannot be replaced by experience.",
      },
      requirementLines: [{ text: "Experience in patient care on hospital wards.", kind: "required" }],
    });
    const a = analyze(nurse(), ad, deps);
    expect(a.verdict).toBe("UNFIT");
    expect(a.verdictReason).toMatch(
      /the ad requires a master's degree .* years of experience do not stand in for it/,
    );
  });
});
