/**
 * conv12s (kinds of blind9's misses; every message here is written for this test):
 * - an application's news said as what happened ("they want a call", "got a no", in five
 *   languages) was asked back "What happened with X?";
 * - the day applied corrected in Spanish, Portuguese, French or German was asked back too;
 * - a judgement of the verdict in focus, the top gap asked in other words, the way to the target
 *   "step by step", and "delete it" right after logging an application were read as something
 *   else (the top gap, the help list, nearby occupations, a target named "delete it");
 * - "against what they want" set a target called "what they want";
 * - an employer written in lower case as a description ("the county clerk's office") was asked for.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith({ tracked: [] });

const logged: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Figma", position: "Support Specialist", status: "applied", id: "app-9" },
};

describe("an application's news said as what happened", () => {
  it.each([
    ["Figma wants a quick call next week", "phone_screen"],
    ["figma asked me for a chat on thursday", "phone_screen"],
    ["got a no from Figma this morning, oh well", "rejected"],
    ["recibí un no de Figma ayer", "rejected"],
    ["la gente de Figma quiere una llamada el martes", "phone_screen"],
    ["Figma me disseram que não", "rejected"],
    ["Figma veut un appel vendredi", "phone_screen"],
    ["von Figma hab ich ein Nein bekommen", "rejected"],
  ])("%s", async (text, status) => {
    const calls = (await plan(text, logged, ["Figma"])).calls;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: "update_application_status", args: { status } });
  });
  it("a final call stays a later round", async () => {
    const calls = (await plan("Figma wants a final call with the director", logged, ["Figma"])).calls;
    expect(calls[0]).toMatchObject({
      name: "update_application_status",
      args: { status: "final_interview" },
    });
  });
});

describe("the day applied corrected in another language", () => {
  it.each([
    "perdón, me confundí: fue el martes, no hoy",
    "na verdade foi na terça-feira, não hoje",
    "je me suis trompé, c'était mardi, pas aujourd'hui",
    "ich hab mich vertan, es war am Dienstag, nicht heute",
  ])("%s", async (text) => {
    const calls = (await plan(text, logged, ["Figma"])).calls;
    expect(calls).toHaveLength(1);
    expect(calls[0]?.name).toBe("change_application");
    const day = String(calls[0]?.args.appliedOn).toLowerCase();
    expect(day).not.toMatch(/today|hoy|hoje|aujourd|heute/);
    expect(day).toMatch(/mart|terça|mardi|dienstag/);
  });
});

const analysed: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "j1",
  jobTitle: "Volunteer Coordinator",
  analysisId: "an1",
  verdict: "UNFIT",
  gaps: ["Fundraising", "Grant Writing", "Microsoft Excel"],
  lastIntent: "analyze_fit",
};

describe("said of what the conversation just produced", () => {
  it.each([
    "so is that score good or not?",
    "is 64 decent?",
    "c'est bien ou pas ?",
    "ist das gut oder schlecht?",
  ])("a judgement of the verdict: %s", async (text) => {
    expect((await plan(text, analysed)).calls.map((c) => c.name)).toEqual(["explain_score"]);
  });
  // The top gap is the tool's to find, on an analysis as the profile is now (chat18u).
  it.each(["ok which one do I work on first", "what do i fix first"])("the top gap: %s", async (text) => {
    expect((await plan(text, analysed)).calls).toEqual([{ name: "explain_gap", args: { top: true } }]);
  });
  it.each(["walk me through the way from here step by step", "what's the way there step by step?"])(
    "the way to the target step by step is a roadmap: %s",
    async (text) => {
      const job: Focus = { hasProfile: true, topic: "job", jobId: "j1", jobTitle: "Volunteer Coordinator" };
      expect((await plan(text, job)).calls.map((c) => c.name)).toEqual(["create_roadmap"]);
    },
  );
  it.each(["actually just remove it, forget that one", "hmm delete that, I changed my mind"])(
    "delete right after logging: %s",
    async (text) => {
      const calls = (await plan(text, logged, ["Figma"])).calls;
      expect(calls.map((c) => c.name)).toEqual(["delete_application"]);
    },
  );
});

describe("the job in focus pointed at by what it asks", () => {
  const job: Focus = { hasProfile: true, topic: "job", jobId: "j1", jobTitle: "Volunteer Coordinator" };
  it.each(["how do I stack up against what the employer is looking for", "compare me to what they need"])(
    "%s",
    async (text) => {
      expect((await plan(text, job)).calls.map((c) => c.name)).toEqual(["analyze_fit"]);
    },
  );
});

describe("an employer described in lower case, ending in an organisation's noun", () => {
  it.each([
    ["applied to the state parks reservation office as a seasonal clerk", "state parks reservation office"],
    [
      "applied at the eastside community health clinic for front desk yesterday",
      "eastside community health clinic",
    ],
  ])("%s", async (text, company) => {
    const calls = (await plan(text, { hasProfile: true })).calls;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ name: "add_application", args: { company } });
  });
});

describe("the target said as a move from the job held, or as the roles aimed for", () => {
  it("a move with a plan asked: the target set and the plan made", async () => {
    const calls = (
      await plan("I'd like to go from babysitter to preschool teacher, can you give me a plan", {
        hasProfile: true,
      })
    ).calls;
    expect(calls).toEqual([
      { name: "set_dream_job", args: { text: "preschool teacher" } },
      { name: "create_roadmap", args: {} },
    ]);
  });
  it("the roles aimed for", async () => {
    const calls = (await plan("gunning for warehouse supervisor jobs", { hasProfile: true })).calls;
    expect(calls).toEqual([{ name: "set_dream_job", args: { text: "warehouse supervisor" } }]);
  });
  it("advice asked beside a move stays advice", async () => {
    const p = await plan("how do I get from cashier to store manager faster, any networking tips?", {
      hasProfile: true,
    });
    expect(p.calls).toEqual([]);
  });
});

describe("a feeling said with the words of applications", () => {
  const rejected: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "update_application_status",
    application: { company: "Figma", position: "Support Specialist", status: "rejected", id: "app-9" },
  };
  it.each([
    "all my applications get rejected, what's wrong with me",
    "every one of my apps gets turned down, honestly it's crushing me",
  ])("%s", async (text) => {
    const p = await plan(text, rejected, ["Figma"]);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toContain("feelings");
  });
  it.each(["sigh, that makes four this week", "argh. the 3rd no in a row"])(
    "a sigh over a count: %s",
    async (text) => {
      const p = await plan(text, rejected, ["Figma"]);
      expect(p.calls).toEqual([]);
      expect(p.says.map((s) => s.kind)).toEqual(["feelings"]);
    },
  );
  it("a count asked after a sigh is counted", async () => {
    const p = await plan("ugh, how many have I sent now?", rejected, ["Figma"]);
    expect(p.calls.map((c) => c.name)).toEqual(["application_stats"]);
  });
  it("asked to see them, they are shown", async () => {
    const p = await plan("show my applications, I feel so discouraged", rejected, ["Figma"]);
    expect(p.calls.map((c) => c.name)).toEqual(["list_applications"]);
  });
});

describe("a request with a clause of when naming another topic", () => {
  it.each([
    ["can i see my full profile before i start sending applications", "show_profile"],
    ["show my skills before I apply anywhere", "show_skills"],
  ])("%s", async (text, tool) => {
    expect((await plan(text, analysed)).calls.map((c) => c.name)).toEqual([tool]);
  });
});
