/**
 * Issue 12 (chat16u), new-user trial 16: first messages and questions of people the product is
 * for, read wrong (messages and the ad written for this test; the dev-set ad is read from
 * ../shared and that case skips when it is absent).
 * - §1 a pasted job ad ("the ideal candidate …") logged three phantom applications;
 * - §2 "can you help?" / "me ayudas?" after an intro ran a fit check, or was said back "not placed";
 * - §3 a returner's break ("out of work for a few years", "haven't worked since 2020") counted
 *   as years in the job;
 * - §4 "will that gap hurt me? do I need a refresher?" refused / filed as a certificate;
 * - a hospital said in a first message (trial14 leftover) is the employer, not a skill or a clause.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

const plan = (text: string, ownSkills: string[] = []) => planText(text, {}, { ownSkills, tracked: [] });
const names = async (text: string) => (await plan(text)).calls.map((c) => c.name);
const background = async (text: string) =>
  (await plan(text)).calls.find((c) => c.name === "save_background")?.args as
    | { roles: Record<string, unknown>[]; skills: { name: string }[]; unread?: string[] }
    | undefined;

const AD = [
  "Client Partnerships Lead",
  "We are looking for a Client Partnerships Lead to look after our reseller accounts across the Nordics.",
  "Requirements: 4+ years in account management, fluent English, CRM experience (Salesforce).",
  "The ideal candidate has run renewals and upsell talks with senior buyers.",
  "He/she will serve as the main contact for partner escalations.",
  "To accomplish that we team up with large partners (resellers) in twelve markets.",
  "Start date: ASAP",
  "If this sounds like a job for you we would love to hear from you",
].join("\n");

describe("a pasted job ad is the target, never applications (trial16 §1)", () => {
  it("an ad in the employer's voice with 'the ideal candidate' logs nothing", async () => {
    const calls = (await plan(AD)).calls;
    expect(calls.map((c) => c.name)).not.toContain("add_application");
    expect(calls[0]).toEqual({ name: "set_dream_job", args: { text: AD } });
  });

  const shared = path.resolve(
    import.meta.dirname,
    "../../../shared/data/job_postings/skillspan_postings_train_dev.jsonl",
  );
  it.skipIf(!existsSync(shared))("the dev set's partner-success ad (../shared) logs nothing", async () => {
    const line = readFileSync(shared, "utf8")
      .split("\n")
      .find((l) => l.includes('"train-house-91"'));
    const ad = JSON.parse(line!) as { title_line: string; text: string };
    const calls = (await plan(`${ad.title_line}\n${ad.text}`)).calls;
    expect(calls.map((c) => c.name)).toEqual(["set_dream_job"]);
  });
});

describe("a request for help after an intro runs nothing and is no clause to place (trial16 §2)", () => {
  it.each([
    "graphic designer here, 4 years in agencies, want to get into UX design. can you help?",
    "soy diseñador gráfico, 4 años en agencias, quiero ser diseñador UX. me ayudas?",
    "je suis graphiste depuis 4 ans en agence, je veux devenir designer UX. tu peux m'aider ?",
  ])("'%s' saves the job and the target, no fit check", async (text) => {
    expect(await names(text)).toEqual(["save_background", "set_dream_job"]);
  });

  it("a real question after the intro still gets its answer", async () => {
    expect(
      await names("graphic designer here, 4 years in agencies, want to get into UX design. am I ready?"),
    ).toContain("analyze_fit");
  });
});

describe("a break said in an intro is time since the job, not in it (trial16 §3)", () => {
  it("'out of work for a few years raising my kids … can you help?'", async () => {
    const args = await background(
      "hi, I'm a registered nurse, I've been out of work for a few years raising my kids and I want to go back. can you help?",
    );
    expect(args?.roles).toEqual([{ title: "Registered Nurse", current: false, endedMonthsAgo: 36 }]);
    expect(args?.unread ?? []).toEqual([]);
  });

  it("'a teacher for 6 years, then I haven't worked since 2020' keeps the 6 years, ended", async () => {
    const args = await background(
      "I was a teacher for 6 years, then I haven't worked since 2020, I want to be an instructional designer",
    );
    const [role] = args?.roles ?? [];
    expect(role).toMatchObject({ title: "Teacher", months: 72, current: false });
    expect(role).not.toHaveProperty("start");
  });

  it("Spanish: 'llevo 3 años sin trabajar' is the break", async () => {
    const args = await background("soy enfermera, llevo 3 años sin trabajar por mis hijos y quiero volver");
    expect(args?.roles[0]).toMatchObject({ title: "Nurse", current: false, endedMonthsAgo: 36 });
    expect(args?.roles[0]).not.toHaveProperty("months");
  });
});

describe("a returner's worry about the time out gets the career-gap answer (trial16 §4)", () => {
  it.each([
    "I haven't worked since 2019, will that gap hurt me? do I need a refresher course or to renew my license?",
    "will my 5 year break hurt my chances?",
    "I've been out of work for 4 years, should I mention it in interviews?",
    "do I need a return to practice course after my nursing license lapsed?",
    "¿me perjudica el tiempo sin trabajar?",
  ])("'%s'", async (text) => {
    const p = await plan(text, ["Nursing"]);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => [s.kind, s.detail])).toContainEqual(["advice", "career_gap"]);
  });

  it("telling a break with the job wanted is still an intro", async () => {
    expect(
      await names(
        "I took 3 years off to care for my dad, before that I was a paralegal. I want to be a legal assistant",
      ),
    ).toContain("save_background");
  });
});

describe("a hospital in a first message is the employer (trial14 leftover)", () => {
  it.each([
    [
      "hola! soy enfermera, 8 años en el Hospital La Paz, quiero ser coordinadora de ensayos clínicos",
      "Hospital La Paz",
    ],
    ["I'm a nurse, 6 years at St James hospital, I want to become a nurse educator", "St James hospital"],
    ["I'm a nurse at Mercy General, 6 years, I want to move into case management", "Mercy General"],
  ])("'%s'", async (text, employer) => {
    const args = await background(text);
    expect(args?.roles[0]?.company).toBe(employer);
    expect(args?.skills.map((s) => s.name.toLowerCase()) ?? []).not.toContain(employer.toLowerCase());
    expect((args?.unread ?? []).join(" ")).not.toMatch(/hospital|general|nurse at/i);
  });
});
