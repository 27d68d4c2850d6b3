import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { loadSkillExtractor } from "../skills-port.ts";

const now = new Date("2026-12-01T00:00:00Z");

// Invented resumes: a tool's name inside the employer's name.
const ONLY_EMPLOYER = [
  "Rahul Menon",
  "rahul.menon@example.com",
  "",
  "EXPERIENCE",
  "Sales Support Executive, Oracle India Pvt Ltd, Bengaluru",
  "June 2018 - May 2023",
  "- Prepared quotes and renewal reminders for 40 enterprise accounts",
  "- Kept the CRM records of every account current",
  "",
  "SKILLS",
  "Microsoft Excel, Salesforce, Account management",
].join("\n");

const NAMED_AS_THE_TOOL = ONLY_EMPLOYER.replace("Oracle India Pvt Ltd, Bengaluru", "SAP, Bengaluru").replace(
  "Microsoft Excel, Salesforce",
  "Microsoft Excel, SAP, Salesforce",
);

const ALSO_LISTED = ONLY_EMPLOYER.replace(
  "Microsoft Excel, Salesforce",
  "Microsoft Excel, Oracle, Salesforce",
);

describe("skills inside an employer's name", () => {
  it("are not skills when the person only names the employer", async () => {
    const parsed = await parseResumeText(ONLY_EMPLOYER, { now, skills: await loadSkillExtractor() });
    expect(parsed.experience.map((e) => e.company)).toContain("Oracle India Pvt Ltd");
    const names = parsed.skills.map((s) => s.name);
    expect(names).toContain("Salesforce");
    expect(names.filter((n) => /oracle/i.test(n))).toEqual([]);
  });

  it("keep the person's own mention as the only evidence when the tool is listed too", async () => {
    const parsed = await parseResumeText(ALSO_LISTED, { now, skills: await loadSkillExtractor() });
    const oracle = parsed.skills.find((s) => /oracle/i.test(s.name));
    expect(oracle, "Oracle listed under skills stays").toBeDefined();
    const listed = parsed.text.indexOf("Oracle, Salesforce");
    expect(oracle!.spans.map((sp) => sp.start)).toEqual([listed]);
  });

  it("keep a tool whose name is the whole employer's (the words cannot tell them apart)", async () => {
    const parsed = await parseResumeText(NAMED_AS_THE_TOOL, { now, skills: await loadSkillExtractor() });
    expect(parsed.experience.map((e) => e.company)).toContain("SAP");
    expect(parsed.skills.map((s) => s.name).filter((n) => /^SAP/.test(n)).length).toBe(1);
  });
});
