/**
 * Keywords run on from the last words of a one-paragraph resume are no duty of the dated job
 * whose text reaches the end (issue 14: the robustness suite's "missing keywords in the
 * paragraph" gave a role years of every stuffed name once a labeller rebuild read that role's
 * title cleanly, so nothing else already matched the ad). A sentence of the paragraph that
 * uses a tool still ties it to the job, and a structured job's tool list is untouched.
 */
import { expect, it } from "vitest";
import type { FoundSkill } from "../skills-port.ts";
import type { ParsedExperience } from "../types.ts";
import { withoutClosingKeywordRun } from "./prose-evidence.ts";
import { attachSkillEvidence } from "./skill-evidence.ts";

const now = new Date("2026-12-01T00:00:00Z");
const job = (bullets: string[] = []): ParsedExperience => ({
  title: "Support Analyst",
  company: "Northwind Freight",
  start: "2016-03",
  end: "2019-06",
  bullets,
  skills: [],
  confidence: 0.8,
});
const found = (text: string, name: string): FoundSkill => {
  const start = text.lastIndexOf(name);
  return { id: name.toLowerCase(), name, spans: [{ start, end: start + name.length, text: name }] };
};

const paragraph =
  "Support Analyst Northwind Freight March 2016 to June 2019 answered hardware tickets for a warehouse " +
  "team and kept the asset register current using ServiceNow. Coordinated five agents on the night queue";

it("a keyword run closing a paragraph gives the job no skill and no years", () => {
  const text = `${paragraph} Tableau, Kubernetes, Salesforce, Six Sigma`;
  const j = job();
  const out = attachSkillEvidence(
    text,
    ["ServiceNow", "Tableau", "Kubernetes", "Six Sigma"].map((n) => found(text, n)),
    [],
    [{ entry: j, start: 0, end: text.length }],
    [],
    [],
    now,
  );
  expect(j.skills).toEqual(["ServiceNow"]);
  expect(out.find((s) => s.name === "Tableau")?.years).toBeUndefined();
  expect(out.find((s) => s.name === "ServiceNow")?.years).toBeGreaterThan(3);
});

it("a tool list inside a structured job still backs the job", () => {
  const text =
    "Support Analyst, Northwind Freight, 2016-2019\n- Kept the asset register\nTools: Tableau, Jira, Excel";
  const j = job(["Kept the asset register"]);
  attachSkillEvidence(
    text,
    [found(text, "Tableau")],
    [],
    [{ entry: j, start: 0, end: text.length }],
    [],
    [],
    now,
  );
  expect(j.skills).toEqual(["Tableau"]);
});

it("a keyword run closing a paragraph's last bullet is no duty either", () => {
  const text =
    "Support Analyst NORTHWIND - March 2016 to June 2019 • Answered hardware tickets for a warehouse team " +
    "• Ability to stay calm with upset callers Tableau, Lean, Logistics, Customer Service";
  const j = job([
    "Answered hardware tickets for a warehouse team",
    "Ability to stay calm with upset callers",
  ]);
  attachSkillEvidence(
    text,
    [found(text, "Tableau")],
    [],
    [{ entry: j, start: 0, end: text.length }],
    [],
    [],
    now,
  );
  expect(j.skills).toEqual([]);
});

it("the last duty loses a closing keyword run, and keeps a duty or a labelled list", () => {
  expect(
    withoutClosingKeywordRun(
      "Kept the register current. Ability to stay calm Tableau, Lean, Logistics, Six Sigma",
    ),
  ).toBe("Kept the register current.");
  expect(withoutClosingKeywordRun("Built order screens using PHP, jQuery and CSS")).toBe(
    "Built order screens using PHP, jQuery and CSS",
  );
  expect(withoutClosingKeywordRun("Tools: Tableau, Jira, Excel")).toBe("Tools: Tableau, Jira, Excel");
});
