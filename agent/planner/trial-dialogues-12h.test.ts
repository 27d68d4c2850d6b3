/**
 * Dialogue state found weak by the lead's blind sets and heldout12e (branch conv12h): a message
 * read with what the turn before left open — a company asked for, a question asked back, a role
 * checked or planned for. Each case is the message in the state it went wrong in; plan.remember
 * is carried to the next turn as the agent does (model.ts). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { type Focus, mergeFocus } from "../graph/focus.ts";
import { roleAskedInstead } from "./role-instead.ts";
import type { Plan } from "./types.ts";

const plan = plannerWith();

/** The focus the next turn sees after `p` (what the agent keeps from the plan). */
const nextFocus = (focus: Focus, p: Plan): Focus =>
  mergeFocus(focus, {
    ...p.remember,
    ...(p.lastIntent ? { lastIntent: p.lastIntent } : {}),
  } as Partial<Focus>);

const PROFILE: Focus = { hasProfile: true };
const ANALYSED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  jobTitle: "Back End Engineer",
  analysisId: "an-1",
  analysed: 1,
  verdict: "UNFIT",
  gaps: ["Docker", "PostgreSQL", "Git"],
  lastIntent: "analyze_fit",
};
const PLANNED: Focus = { ...ANALYSED, topic: "roadmap", roadmapId: "rm-1", lastIntent: "create_roadmap" };

describe("the answer to 'Which startup was it?' logs the application with the role kept", () => {
  it.each([
    [
      "also applied to a startup for onboarding specialist yesterday",
      "it's Gainsight",
      "Gainsight",
      "yesterday",
    ],
    ["I applied to a startup for analyst", "Ramp", "Ramp", undefined],
    ["applied to a big bank as a data analyst", "se llama Banorte", "Banorte", undefined],
    [
      "applied to a hospital for informatics analyst",
      "oh sorry, it was OhioHealth lol",
      "OhioHealth",
      undefined,
    ],
    ["applied to an agency as a copywriter", "c'était Publicis", "Publicis", undefined],
  ])("'%s' then '%s'", async (first, answer, company, day) => {
    const asked = await plan(first, PROFILE);
    expect(asked.calls).toEqual([]);
    const p = await plan(answer, nextFocus(PROFILE, asked));
    expect(p.calls).toHaveLength(1);
    expect(p.calls[0]!.name).toBe("add_application");
    expect(p.calls[0]!.args.company).toBe(company);
    expect(String(p.calls[0]!.args.position)).toMatch(/specialist|analyst|copywriter/);
    expect(p.calls[0]!.args.appliedOn).toBe(day);
  });

  it.each(["never mind", "show my applications", "idk"])(
    "'%s' answers nothing and logs nothing",
    async (answer) => {
      const asked = await plan("I applied to a startup for analyst", PROFILE);
      const p = await plan(answer, nextFocus(PROFILE, asked));
      expect(p.calls.map((c) => c.name)).not.toContain("add_application");
    },
  );

  it("the question is answered by the next message or not at all", async () => {
    const asked = await plan("I applied to a startup for analyst", PROFILE);
    const between = await plan("show my skills", nextFocus(PROFILE, asked));
    const p = await plan("Ramp", nextFocus(nextFocus(PROFILE, asked), between));
    expect(p.calls.map((c) => c.name)).not.toContain("add_application");
  });
});

describe("another role asked about as an alternative, after a fit check or a roadmap", () => {
  it.each([
    ["ok and what if I went for data engineer instead", PLANNED, "data engineer"],
    ["what about going for product manager instead?", PLANNED, "product manager"],
    ["hmm what if i tried ux designer", ANALYSED, "ux designer"],
    ["how about data analyst instead", ANALYSED, "data analyst"],
    ["y si me voy por analista de datos?", ANALYSED, "data analyst"],
    ["e se eu tentasse analista de dados?", ANALYSED, "data analyst"],
    ["et si je visais chef de projet ?", ANALYSED, "project"],
    ["agar main data analyst try karu to?", ANALYSED, "data analyst"],
  ])("'%s' sets that role as the target (the fit check is offered, not run)", async (text, focus, role) => {
    const p = await plan(text, focus);
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
    expect(String(p.calls[0]!.args.text).toLowerCase()).toContain(role);
  });

  it.each([
    ["what if i tried docker instead", ANALYSED],
    ["what if i learned go", ANALYSED],
    ["what about week 2 instead", PLANNED],
  ])("'%s' names no role and is not a new target", async (text, focus) => {
    const p = await plan(text, focus);
    expect(p.calls.map((c) => c.name)).not.toContain("set_dream_job");
  });

  it("the role words are read without the filler around them", () => {
    expect(roleAskedInstead("ok so what if I switched to a data scientist role instead?")?.role).toBe(
      "data scientist",
    );
    expect(roleAskedInstead("what's my score")).toBeUndefined();
  });
});

describe("right after asking back", () => {
  it("'set my target job' (a choice the ask-back offers) asks which job, never sets one named 'job'", async () => {
    const p = await plan("set my target job", PROFILE);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toContain("ask_job");
  });

  it("a position picks that choice", async () => {
    const asked: Focus = { ...PROFILE, askedBack: ["show my profile", "show my skills", "what can you do?"] };
    expect((await plan("the second one", asked)).calls.map((c) => c.name)).toEqual(["show_skills"]);
    expect((await plan("la primera", asked)).calls.map((c) => c.name)).toEqual(["show_profile"]);
  });

  it.each([
    "i mean my resume, whats in it",
    "no i meant what do you have on my resume",
    "sorry, I meant show me my profile",
    "quise decir lo que tienes de mi cv",
  ])("'%s' is read without its lead-in: the profile shown", async (text) => {
    const asked: Focus = { ...PROFILE, askedBack: ["here is my resume", "how can I improve my resume?"] };
    expect((await plan(text, asked)).calls.map((c) => c.name)).toEqual(["show_profile"]);
  });

  it("a clarify leaves its choices for the next turn, and a turn that acts clears them", async () => {
    const asked = await plan("hmm stuff", PROFILE);
    const focus = nextFocus(PROFILE, asked);
    expect(focus.askedBack?.length).toBeGreaterThan(0);
    const acted = await plan("show my skills", focus);
    expect(nextFocus(focus, acted).askedBack).toBeUndefined();
  });
});

describe("a position said with a 'pls', and a missing skill's weight asked with 'is it bad that'", () => {
  const LISTED: Focus = {
    hasProfile: true,
    topic: "question",
    lastIntent: "search_questions",
    questionIds: ["q-1", "q-2", "q-3"],
  };
  it.each(["the 3rd one pls", "i'll take the third one please", "ok the 3rd then"])(
    "'%s' after a list of questions practises the third",
    async (text) => {
      expect((await plan(text, LISTED)).calls).toEqual([
        { name: "practice_question", args: { questionId: "q-3" } },
      ]);
    },
  );

  it("'the 2nd one pls' after an analysis explains its second gap", async () => {
    expect((await plan("the 2nd one pls", ANALYSED)).calls).toEqual([
      { name: "explain_gap", args: { skill: "PostgreSQL" } },
    ]);
  });

  it.each([
    ["is it bad that i can't code in go?", "Go"],
    ["is it bad i never learned kubernetes", "Kubernetes"],
  ])("'%s' after an analysis explains that skill's weight", async (text, skill) => {
    const p = await plan(text, ANALYSED);
    expect(p.calls.map((c) => c.name)).toEqual(["explain_gap"]);
    expect(String(p.calls[0]!.args.skill).toLowerCase()).toBe(skill.toLowerCase());
  });
});

describe("found trying the chat as a career changer (es/en) and a student (conv12h)", () => {
  const TARGET: Focus = { hasProfile: true, topic: "job", jobId: "job-1", jobTitle: "Project Manager" };

  it.each([
    ["ya no quiero project manager, mejor recursos humanos", "recursos humanos"],
    ["not PM anymore, rather UX designer", "UX designer"],
    ["forget data analyst, i want to be a data engineer", "data engineer"],
    ["não quero mais vendas, melhor marketing", "marketing"],
  ])("'%s' sets the role wanted, not the one given up", async (text, role) => {
    expect((await plan(text, TARGET)).calls).toEqual([{ name: "set_dream_job", args: { text: role } }]);
  });

  it("'i applied to google and amazon last week for data analyst' (lower case) is two applications", async () => {
    const p = await plan("i applied to google and amazon last week for data analyst", PROFILE);
    expect(p.calls.map((c) => c.args.company)).toEqual(["google", "amazon"]);
    expect(p.calls.every((c) => c.args.position === "data analyst")).toBe(true);
  });

  it.each(["i applied to a few places and some startups", "i applied to sales and marketing roles"])(
    "'%s' names no companies and logs nothing",
    async (text) => {
      expect((await plan(text, PROFILE)).calls).toEqual([]);
    },
  );

  it("'the top one' is the top gap, and 'the one after it' the gap after the one explained", async () => {
    const top = await plan("whats that gap about, the top one", ANALYSED);
    expect(top.calls).toEqual([{ name: "explain_gap", args: { top: true } }]); // the tool finds it, fresh
    const next = await plan("and the one after it", {
      ...ANALYSED,
      lastIntent: "explain_gap",
      lastCall: { name: "explain_gap", args: { top: true } },
    });
    expect(next.calls).toEqual([{ name: "explain_gap", args: { skill: "PostgreSQL" } }]);
  });

  it("'y como lo aprendo?' is no role named 'lo aprendo' and no gap named 'y'", async () => {
    for (const focus of [TARGET, ANALYSED]) {
      const p = await plan("y como lo aprendo?", focus);
      expect(p.calls.map((c) => c.name)).not.toContain("set_dream_job");
      expect(JSON.stringify(p.calls)).not.toMatch(/"skill":"(?:y|lo|aprendo)"/i);
    }
  });

  it("'y como analista de datos?' after a fit check still checks that role", async () => {
    expect((await plan("y como analista de datos?", ANALYSED)).calls.map((c) => c.name)).toEqual([
      "set_dream_job",
      "analyze_fit",
    ]);
  });
});

describe("an application to a company described in German", () => {
  it("'bei einem Startup als Data Analyst beworben' asks which startup, keeping the role, and logs nothing", async () => {
    const p = await plan("hab mich gestern bei einem Startup als Data Analyst beworben", PROFILE);
    expect(p.calls).toEqual([]);
    const asked = p.says.find((s) => s.kind === "ask_application");
    expect(asked?.detail).toBe("startup|Data Analyst");
    const named = await plan("es war Personio", nextFocus(PROFILE, p));
    expect(named.calls).toEqual([
      {
        name: "add_application",
        args: { company: "Personio", position: "Data Analyst", appliedOn: "yesterday" },
      },
    ]);
  });

  it("'applied at an Amazon warehouse as a picker' still names Amazon", async () => {
    expect((await plan("applied at an Amazon warehouse as a picker", PROFILE)).calls[0]?.args.company).toBe(
      "Amazon",
    );
  });
});

describe("after the help list", () => {
  it("'I mean …' says what was meant: read without the lead-in", async () => {
    const helped = await plan("help me with a thing pls", PROFILE);
    expect(helped.calls).toEqual([]);
    expect(helped.says.map((s) => s.kind)).toEqual(["help"]);
    // The help list is an ask-back with no choices: the next turn reads "I mean …" without its lead-in.
    expect(nextFocus(PROFILE, helped).askedBack).toEqual([]);
    const p = await plan("I mean my cv, what did you get from it", nextFocus(PROFILE, helped));
    expect(p.calls.map((c) => c.name)).toEqual(["show_profile"]);
  });
});

describe("a week asked as an alternative over a roadmap", () => {
  it("'what about week 2 instead' right after making a roadmap shows week 2, no new roadmap", async () => {
    expect((await plan("what about week 2 instead", PLANNED)).calls).toEqual([
      { name: "show_roadmap", args: { week: 2 } },
    ]);
  });
});

describe("a gap named by its position inside a sentence in another language", () => {
  it.each([
    ["e a segunda lacuna?", "PostgreSQL"],
    ["pehla wala gap samjhao", "Docker"],
    ["und die zweite lücke?", "PostgreSQL"],
  ])("'%s' explains that gap", async (text, skill) => {
    expect((await plan(text, ANALYSED)).calls).toEqual([{ name: "explain_gap", args: { skill } }]);
  });
});
