/**
 * Issue 12 (chat12r), trial 2026-12-06 finding 1: words around a fact were saved as the fact —
 * a skill "Salesforce every day as a senior sales rep", "Gong daily", and the workplace's
 * certificate as the person's ("we were AS9100 certified shop"). Messages written for this test.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const calls = async (text: string) =>
  (
    await understand(text, {
      focus: {},
      attachments: [],
      available: new Set(TOOL_NAMES),
      ownSkills: ["Customer Service"],
    })
  ).calls;

it("a skill's name ends before how often or in which job it is used", async () => {
  const one = await calls("I use HubSpot every day as an account manager");
  expect(one.filter((c) => c.name === "add_skill").map((c) => c.args.skill)).toEqual(["HubSpot"]);
  const list = await calls("I work with Jira, Confluence and Slack daily");
  const names = list.filter((c) => c.name === "add_skill").map((c) => c.args.skill);
  expect(names).toEqual(expect.arrayContaining(["Jira", "Confluence", "Slack"]));
  expect(names.some((n) => /daily/i.test(String(n)))).toBe(false);
});

it("a certificate said of the workplace is no certification of the person's; the standard is a skill", async () => {
  for (const text of [
    "we were an ISO 13485 certified plant, I kept the device history records",
    "our lab was ISO 17025 certified and I ran calibrations",
  ]) {
    const planned = await calls(text);
    expect(planned.some((c) => c.name === "add_profile_entry" && c.args.kind === "certification")).toBe(
      false,
    );
    expect(planned.find((c) => c.name === "add_skill")?.args.skill).toMatch(/^ISO 1(3485|7025)$/);
  }
});

it("a certificate the person holds is still theirs", async () => {
  const planned = await calls("I'm forklift certified");
  expect(planned.some((c) => c.name === "add_profile_entry" && c.args.kind === "certification")).toBe(true);
});
