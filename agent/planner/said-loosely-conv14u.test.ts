/**
 * conv14u (kinds of blind13's misses; every message here is written for this test, none is a
 * blind line):
 * - how much one requirement weighs, asked over an analysis ("is X a must-have?"): that gap;
 * - a closing "go" only starts what was asked (it was read as the Go language);
 * - "from here to there" names no new target: the way to the one set;
 * - the last practice answer's score asked with the answer named, in five languages;
 * - news of an application told after "heard back", a withdrawal in the first person, a call
 *   wanted on a day in a longer message;
 * - a score question that names a degree held is the score explained, not an education entry.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { withoutGoCue } from "./normalize.ts";

const analysed: Focus = {
  hasProfile: true,
  topic: "analysis",
  jobId: "j-1",
  jobTitle: "Data Engineer",
  analysisId: "a-1",
  verdict: "UNFIT",
  lastIntent: "analyze_fit",
  gaps: ["Spark", "Go", "Airflow"],
};
const practising: Focus = {
  hasProfile: true,
  topic: "question",
  questionId: "q-1",
  questionText: "Tell me about a deadline you missed",
  awaiting: "practice_answer",
  lastIntent: "practice_question",
};
const answered: Focus = { ...practising, awaiting: undefined, lastIntent: "answer_question" };
const logged: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Nordwind", position: "planner", status: "applied", id: "ap-1" },
};
const plan = plannerWith({ tracked: [], ownSkills: ["Excel", "Scheduling"] });

describe("how much a requirement weighs, asked over an analysis", () => {
  it.each([
    ['is "client facing experience" required or more of a bonus?', "client facing experience"],
    ["are people management skills a hard requirement here", "people management skills"],
    ["how important is terraform for this role?", "terraform"],
    ["is SAP a dealbreaker for them or optional", "SAP"],
  ])("%s -> explain_gap %s", async (text, skill) => {
    const p = await plan(text, analysed);
    expect(p.calls).toEqual([{ name: "explain_gap", args: { skill } }]);
  });
  it("a pointing word is left to the gap plan", async () => {
    const p = await plan("wait, is that a dealbreaker?", analysed);
    expect(p.calls.map((c) => c.name)).toEqual(["explain_gap"]);
    expect(p.calls[0]?.args.skill).not.toBe("that");
  });
});

describe("a closing 'go'", () => {
  it.each([
    ["top 5 gaps, go", "top 5 gaps"],
    ["ok write me the plan. go!", "ok write me the plan"],
    ["set it to dispatcher - lets go", "set it to dispatcher"],
    ["i want to learn go", "i want to learn go"],
    ["python, sql, go", "python, sql, go"],
    ["go", "go"],
  ])("%s -> %s", (text, kept) => expect(withoutGoCue(text)).toBe(kept));
  it("is no gap named Go", async () => {
    const p = await plan("my main 3 gaps, go", analysed);
    expect(p.calls).toEqual([{ name: "explain_gap", args: {} }]);
  });
});

describe("from here to there", () => {
  it("is the way to the target set, not a target named 'there'", async () => {
    const p = await plan("how would i get from here to there? maybe 6 hrs a week, i work nights", analysed);
    expect(p.calls.map((c) => c.name)).toEqual(["create_roadmap"]);
  });
});

describe("the last practice answer's score, asked with the answer named", () => {
  it.each([
    ["how'd my last response score?", practising],
    ["how did my previous answer rate", answered],
    ["c'était comment ma dernière réponse ?", practising],
    ["qué tal mi respuesta?", answered],
    ["wie war meine Antwort?", practising],
    ["como foi minha resposta?", answered],
  ])("%s", async (text, focus) => {
    const p = await plan(text, focus);
    expect(p.calls.map((c) => c.name)).toEqual(["practice_recap"]);
  });
});

describe("news of an application told", () => {
  it("after 'heard back', the stage said", async () => {
    const p = await plan("heard back from nordwind, phone interview friday 2pm", logged, ["Nordwind"]);
    expect(p.calls.map((c) => [c.name, c.args.status])).toEqual([
      ["update_application_status", "phone_screen"],
    ]);
  });
  it("asking whether they heard back stays a look-up", async () => {
    const p = await plan("have i heard back from nordwind?", logged, ["Nordwind"]);
    expect(p.calls.map((c) => c.name)).toEqual(["list_applications"]);
  });
  it("a withdrawal in the first person", async () => {
    const p = await plan("i pulled my nordwind application, way too far to commute", logged, ["Nordwind"]);
    expect(p.calls.map((c) => [c.name, c.args.status])).toEqual([["update_application_status", "withdrawn"]]);
  });
  it("a call wanted on a day, in a longer message asking to note it", async () => {
    const p = await plan(
      "the Nordwind people want to talk to me on tuesday at 3 about the warehouse planner spot, please note it",
      logged,
      ["Nordwind"],
    );
    expect(p.calls.map((c) => [c.name, c.args.status])).toEqual([
      ["update_application_status", "phone_screen"],
    ]);
  });
});

describe("a score question naming a degree held", () => {
  it("is the score explained", async () => {
    const p = await plan(
      "how come my education rating is this low, i have a bachelors in accounting",
      analysed,
    );
    expect(p.calls.map((c) => c.name)).toEqual(["explain_score"]);
  });
  it("a degree told alone is still an entry", async () => {
    const p = await plan("I have an associate degree in nursing from Tulsa CC, 2019", { hasProfile: true });
    expect(p.calls.map((c) => c.name)).toEqual(["add_profile_entry"]);
  });
});

describe("a job's length corrected with the employer named", () => {
  it.each([
    ["correction: I was at Halden Foods for 5 years, not 4", "Halden Foods", 60],
    ["oops i worked with Bolt 2 yrs not 3", "Bolt", 24],
  ])("%s", async (text, role, months) => {
    const p = await plan(text, { hasProfile: true });
    expect(p.calls).toEqual([{ name: "change_role", args: { role, months } }]);
  });
  it("a job told with its years is no correction", async () => {
    const p = await plan("I worked at Halden Foods for 5 years doing payroll", { hasProfile: true });
    expect(p.calls.map((c) => c.name)).not.toContain("change_role");
  });
});

describe("a bare title with a word that asks", () => {
  it.each(["court reporter pls", "pastry chef then"])("%s sets the target", async (text) => {
    const p = await plan(text, { hasProfile: true });
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job"]);
  });
});

describe("a piece that only says how", () => {
  it.each([
    ["ask me one. situational. make it tough", "practice_question"],
    ["give me a python question, nothing too easy", "practice_question"],
  ])("%s", async (text, name) => {
    const p = await plan(text, { hasProfile: true });
    expect(p.calls.map((c) => c.name)).toEqual([name]);
  });
});

describe("a complaint about the verdict", () => {
  it.each(["your result is a joke, dumb bot", "ce résultat c'est n'importe quoi"])(
    "%s is answered in words",
    async (text) => {
      const p = await plan(text, analysed);
      expect(p.calls).toEqual([]);
      expect(p.says.map((s) => s.kind)).toContain("refusal_scores");
    },
  );
  it("with a request beside it, the request", async () => {
    const p = await plan("this score is rubbish, run it again", analysed);
    expect(p.calls.map((c) => c.name)).toEqual(["reanalyze"]);
  });
});

describe("a move drawn with an arrow, affirmed", () => {
  it.each([
    ["paramedic → flight nurse at a hospital system. that's the plan", "flight nurse"],
    ["cashier -> payroll clerk. that's my goal now", "payroll clerk"],
  ])("%s sets %s, no roadmap shown", async (text, role) => {
    const p = await plan(text, { hasProfile: true });
    expect(p.calls).toEqual([{ name: "set_dream_job", args: { text: role } }]);
  });
  it("a plan asked beside the arrow is made", async () => {
    const p = await plan("teacher → instructional designer, build me a plan", { hasProfile: true });
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "create_roadmap"]);
  });
});

describe("a story, then the wish", () => {
  it("in Hindi, the job before 'banna chahta hoon' is the target, not a job held", async () => {
    const p = await plan(
      "main 7 saal se ghar pe tuition deti hoon, ab school mein librarian banna chahti hoon",
      {
        hasProfile: true,
      },
    );
    const saved = p.calls.find((c) => c.name === "save_background");
    const titles = ((saved?.args.roles as { title: string }[] | undefined) ?? []).map((r) => r.title);
    expect(titles.some((t) => /banna|chaht/i.test(t))).toBe(false);
    expect(p.calls.map((c) => c.name)).toContain("set_dream_job");
  });
  it.each([
    ["plumber, 16 yrs, shoulders are gone. plumbing inspector?", "plumbing inspector"],
    ["mechanic 10 yrs, hands wrecked. auto parts sales rep?", "auto parts sales rep"],
  ])("%s sets the title asked last", async (text, role) => {
    const p = await plan(text, { hasProfile: true });
    expect(p.calls).toEqual([{ name: "set_dream_job", args: { text: role } }]);
  });
});

describe("an ad quoted inside the person's own line", () => {
  it("is the target, analysed when an opinion is asked", async () => {
    const p = await plan(
      'thoughts on this one: "Fleet Maintenance Supervisor. ASE certification required. 4+ years heavy equipment. Nights, travel up to 20%." should i go for it?',
      { hasProfile: true },
    );
    expect(p.calls.map((c) => c.name)).toEqual(["set_dream_job", "analyze_fit"]);
  });
});
