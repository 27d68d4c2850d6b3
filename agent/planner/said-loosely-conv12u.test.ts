/**
 * conv12u (kinds of blind11's misses; every message here is written for this test, none is a
 * blind11 line):
 * - a background told with a resume loaded, the job first with nothing before it ("pipefitter
 *   12 yrs, …"), the years between the lead-in and the job ("ich bin seit 7 Jahren …"), or
 *   between "worked" and "as" ("worked 5 yrs in hospitals as a ward clerk");
 * - "how'd I do" during practice; a reminder stopped with its reason after ("cancel that, they
 *   called");
 * - the job wanted said with where ("… for a school district", "… at a bank"), a sector word
 *   before it ("hospital unit clerk") or as an arrow ("CNA -> unit clerk"): the target alone.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const loaded: Focus = { hasProfile: true };
const plan = plannerWith({ focus: loaded, tracked: [], ownSkills: ["Excel", "Scheduling"] });

describe("a background told loosely with a resume loaded", () => {
  it.each([
    ["pipefitter 12 yrs, mostly industrial shutdowns, OSHA 10 card", "Pipefitter", 144],
    ["welder for Boeing 6 years, before that 2 yrs as a machinist", "Welder", 72],
    ["school bus driver 9 years, clean record, I do the pre-trip checks myself", "School Bus Driver", 108],
    ["worked 5 yrs in two hospitals as a ward clerk, admissions and discharge paperwork", "Ward Clerk", 60],
    ["ich bin seit 7 Jahren Krankenpfleger im Klinikum, Praxisanleiter-Schein vorhanden", "Nurse", 84],
    [
      "trabalhei 3 anos na fábrica como técnico de manutenção, tenho curso de NR-12",
      "Maintenance Technician",
      36,
    ],
  ])("%s", async (text, title, months) => {
    const calls = (await plan(text)).calls;
    expect(calls.map((c) => c.name)).toEqual(["save_background"]);
    const roles = calls[0]!.args.roles as { title: string; months?: number }[];
    const role = roles.find((r) => r.title.toLowerCase().includes(title.toLowerCase()));
    expect(role, JSON.stringify(roles)).toBeDefined();
    expect(role!.months).toBe(months);
  });
  it("the employer said before the years is the employer, not '… 6'", async () => {
    const calls = (await plan("welder for Boeing 6 years, before that 2 yrs as a machinist")).calls;
    const roles = calls[0]!.args.roles as { title: string; company?: string }[];
    expect(roles.find((r) => r.title === "Welder")?.company).toBe("Boeing");
  });
  it("a card named in the list is a certificate, not a skill", async () => {
    const calls = (await plan("pipefitter 12 yrs, mostly industrial shutdowns, forklift card")).calls;
    expect(calls[0]!.args.certifications).toEqual(["Forklift card"]);
  });
  it.each([
    "nurse practitioner",
    "I've been a nurse for 5 years, what should I do next?",
    "is 5 years as a cashier enough for retail manager?",
    "forklift driver 8 yrs, honestly done with it. set my goal to dispatcher",
    "raise my forklift driving to expert, been doing it 8 years, every shift",
  ])("no background saved: %s", async (text) => {
    const calls = (await plan(text)).calls;
    expect(calls.some((c) => c.name === "save_background")).toBe(false);
  });
});

describe("the job wanted said with where, a sector word or an arrow", () => {
  it.each([
    ["payroll specialist for a school district", "payroll specialist"],
    ["loan officer at a credit union", "loan officer"],
    ["dispatcher with the county sheriff", "dispatcher"],
    ["flight dispatcher, something on the ground for once", "flight dispatcher"],
    ["CNA -> medical assistant", "medical assistant"],
    ["nonprofit program manager", "nonprofit program manager"],
  ])("%s", async (text, role) => {
    const calls = (await plan(text)).calls;
    expect(calls).toEqual([{ name: "set_dream_job", args: { text: role } }]);
  });
  it.each(["payroll specialist at ADP, 4 years", "am I a fit for loan officer at a credit union?"])(
    "not a bare wish: %s",
    async (text) => {
      const calls = (await plan(text)).calls;
      expect(calls).not.toEqual([{ name: "set_dream_job", args: { text: expect.any(String) } }]);
    },
  );
});

describe("how it went asked with a contraction, during practice", () => {
  const practising: Focus = {
    hasProfile: true,
    topic: "question",
    lastIntent: "practice_question",
    questionId: "q-3",
    questionText: "Tell me about a time you handled a safety problem on the job",
    awaiting: "practice_answer",
  };
  const answered: Focus = { ...practising, lastIntent: "answer_question", awaiting: undefined };
  it.each(["howd i do on that one?", "so how'd I do", "ok how'd i go on this one"])("%s", async (text) => {
    for (const focus of [practising, answered]) {
      const calls = (await plan(text, focus)).calls;
      expect(calls).toEqual([{ name: "practice_recap", args: {} }]);
    }
  });
});

describe("a reminder stopped with the reason after it", () => {
  const reminded: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "set_reminder",
    lastCall: { name: "set_reminder", args: { application: "Harbor Freight", when: "next monday" } },
    application: { company: "Harbor Freight", position: "Store Associate", status: "applied", id: "app-2" },
  };
  it.each([
    "actually cancel that, they emailed me this morning",
    "nvm delete it — i'm not interested anymore",
    "cancel that one since I heard back already",
  ])("%s", async (text) => {
    const calls = (await plan(text, reminded, ["Harbor Freight"])).calls;
    expect(calls).toEqual([{ name: "cancel_reminder", args: { application: "Harbor Freight" } }]);
  });
});
