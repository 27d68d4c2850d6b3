/**
 * Wrong turns found trying the chat as new users (branch trial12f, 2026-12-04): each case is a
 * message in the state the conversation was in when it went wrong
 * (`/work/notes/issue-12-trial12f.md`). Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { sayText } from "./replies-say.ts";

const plan = plannerWith();
const names = async (text: string, focus: Focus) => (await plan(text, focus)).calls.map((c) => c.name);

/** Right after "why?" on a fit check for a nurse moving into data work. */
const EXPLAINED: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "job-1",
  jobTitle: "Data Analyst",
  analysisId: "a-1",
  verdict: "UNFIT",
  lastIntent: "explain_score",
  gaps: ["SQL", "Statistics", "BI tool (such as Tableau, Power BI)"],
};

describe("asking for interview practice right after an explanation", () => {
  it("'i need interview questions' (the model splits it between three ways of asking for questions) gets questions", async () => {
    const calls = await names("i need interview questions", EXPLAINED);
    expect(calls).toHaveLength(1);
    expect(["questions_for_gaps", "search_questions", "practice_question"]).toContain(calls[0]);
  });
  it("'help me get ready for interviews' is not the readiness score explained again", async () => {
    expect(await names("help me get ready for interviews", EXPLAINED)).not.toContain("explain_score");
  });
  it("'and the experience one?' still asks about that score", async () => {
    expect((await plan("and the experience one?", EXPLAINED)).calls).toEqual([
      { name: "explain_score", args: { score: "experience" } },
    ]);
  });
});

describe("saying you are confused", () => {
  it("after an analysis: the result again in plain words, with next steps to tap, no skill asked for", async () => {
    const p = await plan("I'm a bit confused", EXPLAINED);
    expect(p.calls).toEqual([]);
    const said = p.says.find((s) => s.kind === "confused");
    expect(said?.choices?.map((c) => c.text)).toContain("make me a roadmap");
    const text = sayText(said!, EXPLAINED, "seed");
    expect(text).toContain("Data Analyst");
    expect(text).toContain("SQL");
    expect(text).not.toMatch(/which skill/i);
  });
  it.each(["no entiendo nada", "je suis un peu perdue", "ich verstehe das nicht", "hmm i dont get it"])(
    "'%s' is the same",
    async (text) => {
      expect((await plan(text, EXPLAINED)).says.map((s) => s.kind)).toContain("confused");
    },
  );
  it("with nothing done yet: what the agent does and where to start", async () => {
    const p = await plan("im confused", {});
    const said = p.says.find((s) => s.kind === "confused");
    expect(sayText(said!, {}, "seed")).toMatch(/resume/);
  });
  it("during practice the question stays open and is said again", async () => {
    const practising: Focus = {
      hasProfile: true,
      topic: "question",
      awaiting: "practice_answer",
      questionId: "q-1",
      questionText: "How do you plan and run a usability test?",
    };
    const p = await plan("sorry i'm lost", practising);
    expect(p.calls).toEqual([]);
    expect(p.awaiting).toBeUndefined();
    const said = p.says.find((s) => s.kind === "confused");
    expect(sayText(said!, practising, "seed")).toContain("usability test");
  });
  it("a confusion about a subject stays a request about it", async () => {
    expect((await plan("I'm confused about SQL joins", EXPLAINED)).says.map((s) => s.kind)).not.toContain(
      "confused",
    );
  });
});

describe("a fit question naming the role as the kind of job", () => {
  it.each([
    ["is a data analyst job realistic for me", "data analyst"],
    ["would a UX designer role suit me?", "UX designer"],
    ["is a senior data analyst position within reach", "senior data analyst"],
  ])("'%s' sets %s, then checks the fit", async (text, role) => {
    expect((await plan(text, { hasProfile: true })).calls).toEqual([
      { name: "set_dream_job", args: { text: role } },
      { name: "analyze_fit", args: {} },
    ]);
  });
  it("'is this job realistic for me' names no role", async () => {
    expect(await names("is this job realistic for me", { hasProfile: true })).toEqual(["analyze_fit"]);
  });
});

describe("another application for the same role, company in lower case", () => {
  const logged: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "add_application",
    application: { company: "Stripe", position: "Product Designer", status: "applied" },
  };
  it.each([
    ["oh and also airbnb, same kinda role", "airbnb"],
    ["and goldman sachs too, same sort of job", "goldman sachs"],
    ["y también en globant, el mismo puesto", "globant"],
  ])("'%s' logs %s for the role just logged", async (text, company) => {
    expect((await plan(text, logged)).calls).toEqual([
      { name: "add_application", args: { company, position: "Product Designer" } },
    ]);
  });
});

describe("stopping over interview questions with no answer awaited", () => {
  it("'chega, vamos parar' after bookmarking from a list ends the practice", async () => {
    const focus: Focus = {
      hasProfile: true,
      topic: "question",
      questionIds: ["q-1", "q-2", "q-3"],
      lastIntent: "bookmark_question",
    };
    const p = await plan("chega, vamos parar", focus);
    expect(p.calls).toEqual([]);
    const stopped = p.says.find((s) => s.kind === "cancelled");
    expect(stopped).toBeDefined();
    expect(sayText(stopped!, focus, "seed")).toMatch(/stop/i);
  });
});

describe("a new graduate telling what they did", () => {
  it("'i just graduated with a finance degree, no resume yet' is an education entry, not a warning against a fake degree", async () => {
    const p = await plan("i just graduated with a finance degree, no resume yet", {});
    expect(p.says.map((s) => s.kind)).not.toContain("refusal_harmful");
    expect(p.calls.map((c) => [c.name, c.args.kind])).toEqual([["add_profile_entry", "education"]]);
  });
  it.each(["can i say i graduated when i didnt finish", "make me a fake degree"])(
    "'%s' is still refused",
    async (text) => {
      expect((await plan(text, {})).says.map((s) => s.kind)).toContain("refusal_harmful");
    },
  );
});

describe("how well, said beside each skill of a list", () => {
  it.each([
    [
      "i know excel really well and a bit of python",
      [
        { skill: "excel", proficiency: "advanced" },
        { skill: "python", proficiency: "beginner" },
      ],
    ],
    ["i know a little bit of java", [{ skill: "java", proficiency: "beginner" }]],
    [
      "i use tableau a lot and some power bi",
      [
        { skill: "tableau", proficiency: "advanced" },
        { skill: "power bi", proficiency: "beginner" },
      ],
    ],
  ])("'%s' adds each skill by its name at its level", async (text, added) => {
    expect((await plan(text, {})).calls).toEqual(added.map((args) => ({ name: "add_skill", args })));
  });
});

describe("an application sent to a company written in lower case", () => {
  it.each([
    ["i put in an application at ups for logistics coordinator today", "ups", "logistics coordinator"],
    ["sent my application to fedex for dispatcher yesterday", "fedex", "dispatcher"],
    ["me candidatei na nubank pra analista de dados ontem", "nubank", "analista de dados"],
    ["postulé en globant para analista de datos ayer", "globant", "analista de datos"],
    ["maine flipkart mein data analyst ke liye apply kiya", "flipkart", "data analyst"],
  ])("'%s' logs %s", async (text, company, position) => {
    const calls = (await plan(text, { hasProfile: true })).calls;
    expect(calls.map((c) => [c.name, c.args.company, c.args.position])).toEqual([
      ["add_application", company, position],
    ]);
  });
});

describe("a position in a list said in another language", () => {
  const listed: Focus = {
    hasProfile: true,
    topic: "question",
    questionIds: ["q-1", "q-2", "q-3"],
    lastIntent: "search_questions",
  };
  it.each([
    ["la primera", "q-1"],
    ["die zweite bitte", "q-2"],
    ["o terceiro", "q-3"],
    ["la dernière", "q-3"],
  ])("'%s' practises that question", async (text, questionId) => {
    expect((await plan(text, listed)).calls).toEqual([{ name: "practice_question", args: { questionId } }]);
  });
  it("'la primera vez' is not a position", async () => {
    expect((await plan("la primera vez", listed)).calls.map((c) => c.args.questionId)).not.toContain("q-1");
  });
});

describe("a question after the role just wished for", () => {
  it.each([
    ["i wanna switch to ux design, is that realistic?", "ux design"],
    ["i want to move into data analysis - could i do it?", "data analysis"],
  ])("'%s' sets %s (without the question) and checks the fit", async (text, role) => {
    expect((await plan(text, { hasProfile: true })).calls).toEqual([
      { name: "set_dream_job", args: { text: role } },
      { name: "analyze_fit", args: {} },
    ]);
  });
  it("a role with its place and work mode stays whole", async () => {
    expect(
      (await plan("I want to be a data engineer at a fintech startup, remote", { hasProfile: true })).calls,
    ).toEqual([{ name: "set_dream_job", args: { text: "data engineer at a fintech startup, remote" } }]);
  });
});

describe("a greeting from someone whose resume was just read", () => {
  it("never asks for the resume again", async () => {
    const p = await plan("oi, tudo bem?", { hasProfile: true });
    const greeting = p.says.find((s) => s.kind === "greeting");
    expect(greeting).toBeDefined();
    for (const seed of ["a", "b", "c", "d", "e", "f", "g", "h"])
      expect(sayText(greeting!, { hasProfile: true }, seed)).not.toMatch(/attach your resume/i);
  });
});

describe("a practice answer in another language", () => {
  const practising: Focus = {
    hasProfile: true,
    topic: "question",
    awaiting: "practice_answer",
    questionId: "q-1",
    questionText: "Walk me through a case study from your portfolio.",
    language: "es",
  };
  it("is scored, with a note first that the key points are in English", async () => {
    const p = await plan(
      "Una vez rediseñé la hoja de traspaso de turno con mis compañeras y bajamos el tiempo de 45 a 25 minutos",
      practising,
    );
    expect(p.calls.map((c) => c.name)).toEqual(["answer_question"]);
    const note = p.says.find((s) => s.kind === "answer_language");
    expect(sayText(note!, practising, "seed")).toMatch(/Spanish/);
  });
  it("an answer in English has no such note", async () => {
    const p = await plan(
      "At the hospital I redesigned the handover sheet with my colleagues and we cut the time from 45 to 25 minutes",
      practising,
    );
    expect(p.says.map((s) => s.kind)).not.toContain("answer_language");
  });
});
