import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../../resume/parse-text.ts";
import { candidateSkills } from "../../resume/skills-port.ts";
import type { ExtractedSkill } from "../types.ts";
import { FILTER_MODEL_PATH, filterResumeSkills, isSpecificKnown, sectionAtOf } from "./index.ts";
import { lineKindOf } from "./list-judge.ts";
import { type FilterModelJSON, filterModelOf } from "./model.ts";

// An invented resume: a skills line that mixes tools with plain words.
const RESUME = `Priya Raman
priya.raman@example.com | +1 555 201 3344

SKILLS
Python, SQL, Tableau, Microsoft Excel, Jira, Vendor Management, Strategy, Services

EXPERIENCE
Operations Manager, Northwind Logistics, 2018 - 2023
- Managed a team of 12 analysts and improved reporting with Tableau and SQL.
- Built Python scripts to reconcile invoices with the finance team.

EDUCATION
Bachelor of Commerce, University of Leeds, 2015
`;

/** The resume's skill list with the committed model, and with its filter alone (no judge). */
async function bothLists(text: string) {
  const json = JSON.parse(readFileSync(FILTER_MODEL_PATH, "utf8")) as FilterModelJSON;
  const { judge: _judge, ...filterOnly } = json;
  let lists: { judged: ExtractedSkill[]; alone: ExtractedSkill[] } | undefined;
  await parseResumeText(text, {
    skills: async (t, sections) => {
      const found = (await candidateSkills(t, sections)) as ExtractedSkill[];
      lists = {
        judged: filterResumeSkills(t, found, sectionAtOf(sections), filterModelOf(json)),
        alone: filterResumeSkills(t, found, sectionAtOf(sections), filterModelOf(filterOnly)),
      };
      return found;
    },
  });
  return lists!;
}

const surface = (s: ExtractedSkill) => s.spans[0]!.text;

describe("the skill list judge (issue 14: list precision)", () => {
  it("is part of the committed model", () => {
    const json = JSON.parse(readFileSync(FILTER_MODEL_PATH, "utf8")) as FilterModelJSON;
    expect(json.judge?.threshold).toBeGreaterThan(0);
  });

  it("drops a plain word the filter kept as a list item, and keeps every tool the person listed", async () => {
    const { judged, alone } = await bothLists(RESUME);
    expect(alone.map(surface)).toContain("Services");
    expect(judged.map(surface)).not.toContain("Services");
    for (const tool of ["Python", "SQL", "Tableau", "Microsoft Excel", "Jira"])
      expect(judged.map(surface)).toContain(tool);
  });

  it("never drops a specific known tool the filter kept", async () => {
    const { judged, alone } = await bothLists(RESUME);
    const ids = new Set(judged.map((s) => s.id));
    for (const s of alone.filter(isSpecificKnown)) expect(ids.has(s.id)).toBe(true);
  });
});

describe("how a mention's line is written", () => {
  it("tells a list, a bullet opened by a verb, a heading and prose apart", () => {
    expect(lineKindOf("Python, SQL, Tableau, Jira", 4)).toBe("list");
    expect(lineKindOf("- Managed a team of 12 analysts using SQL.", 1)).toBe("verb-bullet");
    expect(lineKindOf("Data Engineering", 1)).toBe("heading");
    expect(
      lineKindOf(
        "Operations lead with a background in logistics and a long record of planning work for retail groups, where the reporting ran on SQL and the stores on spreadsheets.",
        2,
      ),
    ).toBe("prose-long");
  });
});
