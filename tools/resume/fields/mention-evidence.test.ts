/**
 * A name under an experience heading that no role, project or tied use claimed ("… a
 * collaborative work ethic …" in a paragraph) is "used in experience" by where it sits: the
 * sentence it sits in is quoted, so the analysis can judge what backs it — a sentence copied
 * from a job ad is no evidence (tools/gap/pasted-ad-text.ts; issue 13, robustness pasted
 * ad sentences lightly edited). Before, such a skill was validated with no line behind it.
 */
import { expect, it } from "vitest";
import type { FoundSkill } from "../skills-port.ts";
import { attachSkillEvidence } from "./skill-evidence.ts";

const now = new Date("2026-12-01T00:00:00Z");
const found = (text: string, name: string, section: string): FoundSkill => {
  const start = text.toLowerCase().lastIndexOf(name.toLowerCase());
  return { id: name.toLowerCase(), name, spans: [{ start, end: start + name.length, text: name, section }] };
};

const text =
  "Kept the ledgers of forty clients for a small accounting office. " +
  "I bring a relentless attention to detail, a collaborative work ethic and pride in tidy books.";

it("a name validated only by its section quotes its sentence", () => {
  const [skill] = attachSkillEvidence(text, [found(text, "Work Ethic", "experience")], [], [], [], [], now);
  expect(skill?.validated).toBe(true);
  expect(skill?.evidence).toEqual([
    'mentioned: "I bring a relentless attention to detail, a collaborative work ethic and pride in tidy books."',
  ]);
});

it("a name in a keyword list or in a skills section gets no quote and stays unvalidated", () => {
  const listed = `${text} Excel, Sage, QuickBooks, Xero`;
  const [inList] = attachSkillEvidence(listed, [found(listed, "Sage", "experience")], [], [], [], [], now);
  expect(inList?.evidence).toEqual([]);
  expect(inList?.validated).toBe(false);
  const [inSkills] = attachSkillEvidence(text, [found(text, "Work Ethic", "skills")], [], [], [], [], now);
  expect(inSkills?.evidence).toEqual([]);
});
