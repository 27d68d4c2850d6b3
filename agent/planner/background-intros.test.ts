/**
 * Issue 12, found in a new-user trial (2026-12-05): natural first messages that tell a job kept
 * nothing of it, so the fit check then reported the person's own work as gaps. A name said
 * before the job ("Hi, I'm …. I've been a …"), the job said as who is writing ("… here"), the job
 * last in Hindi, two jobs one after the other, a career break, tools named bare or in brackets.
 * Messages written for this test.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const firstMessage = async (text: string) => {
  const p = await understand(text, {
    focus: {},
    attachments: [],
    available: new Set(TOOL_NAMES),
    ownSkills: [],
  });
  return p.calls;
};
const saved = async (text: string) =>
  (await firstMessage(text)).find((c) => c.name === "save_background")?.args;

it("reads the job after the person's name, with the tools in brackets after it", async () => {
  const args = await saved(
    "Hello, I'm Tomasz. I've been a welder at a shipyard for 9 years (AutoCAD, TIG welding, shop safety). Looking to become a welding inspector.",
  );
  expect(args?.roles).toEqual([{ title: "Welder", months: 108, current: true }]);
  expect(((args?.skills ?? []) as { name: string }[]).map((s) => s.name)).toEqual(
    expect.arrayContaining(["AutoCAD", expect.stringMatching(/TIG welding/i)]),
  );
});

it("reads '<job> here' with the years and the tools named bare, and keeps the target apart", async () => {
  const calls = await firstMessage(
    "accountant here, 5 yrs, excel quickbooks sap, want to switch to financial analysis",
  );
  expect(calls.map((c) => c.name)).toEqual(["save_background", "set_dream_job"]);
  const args = calls[0]!.args as { roles: unknown[]; skills: { name: string }[] };
  expect(args.roles).toEqual([{ title: "Accountant", months: 60, current: true }]);
  expect(args.skills.map((s) => s.name)).toEqual(["Microsoft Excel", "QuickBooks", "SAP"]);
});

it("reads the job said last in Hindi, after when and where", async () => {
  const args = await saved("main 4 saal se ek restaurant mein cook hoon, ab mujhe chef banna hai");
  expect(args?.roles).toEqual([{ title: "Cook", months: 48, current: true }]);
});

it("dates two jobs one after the other, the first ending when the second began", async () => {
  const args = await saved("worked as a barista for 3 years and then as store manager for 2 years");
  expect(args?.roles).toEqual([
    { title: "Barista", months: 36, current: false, endedMonthsAgo: 24 },
    { title: "Store Manager", months: 24, current: true },
  ]);
});

it("keeps a career break: the job before it ended when the break began", async () => {
  const args = await saved(
    "I took 3 years off to look after my dad. Before that I was a paralegal for 7 years. Where do I even start?",
  );
  expect(args?.roles).toEqual([{ title: "Paralegal", months: 84, current: false, endedMonthsAgo: 36 }]);
});

it("does not read a newcomer's 'newbie here' or a target as a job held", async () => {
  expect(await saved("newbie here, how does this work?")).toBeUndefined();
  const calls = await firstMessage("I want to become a nurse practitioner");
  expect(calls.map((c) => c.name)).not.toContain("save_background");
});

// New-user trial 2026-12-06: "Excel at a logistics company" ended the list as a five-word skill.
it("keeps the list's last skill when where it was used follows it", async () => {
  const args = await saved(
    "I'm a bookkeeper with 4 years of QuickBooks, Xero and Excel at a dental practice",
  );
  expect(((args?.skills ?? []) as { name: string }[]).map((s) => s.name)).toEqual(
    expect.arrayContaining([expect.stringMatching(/Excel/)]),
  );
});
