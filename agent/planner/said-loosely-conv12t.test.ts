/**
 * conv12t (kinds of blind10's misses; every message here is written for this test, none is a
 * blind10 line):
 * - a withdrawal with the company between "my" and "application", or said in another language;
 * - an interview moved said of the person ("they rescheduled me to …", "me reprogramaron …");
 * - the day applied corrected with a bare weekday ("i applied tuesday, not today");
 * - a status put back to an earlier stage ("put X back to applied");
 * - turned down said in the passive or as "did not pass" ("fui reprovada", "wurde abgelehnt"),
 *   and a capitalised verb at the start ("Fui", "Apaga") taken for a company;
 * - the practice recap asked about the answers so far, and a hint asked in texting words,
 *   while a question waits for its answer.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import type { Focus } from "../graph/focus.ts";

const plan = plannerWith({ tracked: [] });

const logged: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Lumen Dental", position: "Dental Assistant", status: "applied", id: "app-4" },
};
const practising: Focus = {
  hasProfile: true,
  topic: "question",
  lastIntent: "practice_question",
  questionId: "q-7",
  questionText: "Tell me about a time you calmed an upset customer",
  awaiting: "practice_answer",
};

describe("a withdrawal said loosely", () => {
  it.each([
    "i'm pulling my lumen dental application, the commute is brutal",
    "cancelling my Lumen Dental app, found something closer",
    "retiro mi candidatura, ya acepté otra cosa",
    "je retire ma candidature, finalement",
    "ich ziehe meine Bewerbung zurück",
    "desisti da vaga, o salário era baixo demais",
  ])("%s", async (text) => {
    const calls = (await plan(text, logged, ["Lumen Dental"])).calls;
    expect(calls).toEqual([
      { name: "update_application_status", args: { application: "Lumen Dental", status: "withdrawn" } },
    ]);
  });
  it("a question about withdrawing stays advice", async () => {
    const calls = (await plan("should i pull my lumen dental application?", logged, ["Lumen Dental"])).calls;
    expect(calls.some((c) => c.args.status === "withdrawn")).toBe(false);
  });
});

describe("an interview moved, said of the person", () => {
  it.each([
    ["lumen dental rescheduled me to monday 11am", "monday 11am"],
    ["they pushed me back to thursday at 3", "thursday at 3"],
    ["me reprogramaron para el viernes a las 9", "viernes a las 9"],
  ])("%s", async (text, day) => {
    const calls = (await plan(text, logged, ["Lumen Dental"])).calls;
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      name: "update_application_status",
      args: { application: "Lumen Dental", interviewAt: day },
    });
  });
  it("a person who moved house is no interview moved", async () => {
    const calls = (await plan("they moved me to the night crew last month", logged, ["Lumen Dental"])).calls;
    expect(calls.some((c) => c.args.interviewAt)).toBe(false);
  });
});

describe("the day applied corrected with a bare weekday", () => {
  it("a bare weekday without the verb of applying is left to the other readers", async () => {
    const interview: Focus = {
      ...logged,
      lastIntent: "update_application_status",
      application: { ...logged.application!, status: "phone_screen" },
    };
    const calls = (await plan("actually make that thursday at 11am", interview, ["Lumen Dental"])).calls;
    expect(calls.some((c) => c.name === "change_application")).toBe(false);
  });
  it.each([
    ["hold on, i sent it tuesday, not today", "on tuesday"],
    ["no i actually submitted it thursday", "on thursday"],
    ["sorry i applied Friday not yesterday", "on friday"],
  ])("%s", async (text, appliedOn) => {
    const calls = (await plan(text, logged, ["Lumen Dental"])).calls;
    expect(calls).toEqual([{ name: "change_application", args: { application: "app-4", appliedOn } }]);
  });
});

describe("a status put back to an earlier stage", () => {
  it.each([
    ["move lumen dental back to applied, they called the screen off", "applied"],
    ["set it back to phone screen", "phone_screen"],
    ["put that one back to just applied pls", "applied"],
  ])("%s", async (text, status) => {
    const calls = (await plan(text, logged, ["Lumen Dental"])).calls;
    expect(calls).toEqual([
      { name: "update_application_status", args: { application: "Lumen Dental", status } },
    ]);
  });
  it("an untracked company put back is not moved on the one in focus", async () => {
    const calls = (await plan("move Orbit Labs back to applied", logged, ["Lumen Dental"])).calls;
    expect(calls.some((c) => c.args.application === "Lumen Dental")).toBe(false);
  });
});

describe("turned down, said in the passive or as not passing", () => {
  it.each([
    "Fui reprovada na entrevista 😞",
    "não passei, que pena",
    "no pasé la entrevista",
    "leider wurde ich abgelehnt",
    "je n'ai pas été retenue",
    "didn't make the cut this time",
  ])("%s", async (text) => {
    const calls = (await plan(text, logged, ["Lumen Dental"])).calls;
    expect(calls).toEqual([
      { name: "update_application_status", args: { application: "Lumen Dental", status: "rejected" } },
    ]);
  });
  it("a Portuguese verb first is no company: 'Apaga essa candidatura' deletes the one in focus", async () => {
    const calls = (await plan("Apaga essa candidatura, por favor", logged, ["Lumen Dental"])).calls;
    expect(calls).toEqual([{ name: "delete_application", args: { application: "Lumen Dental" } }]);
  });
});

describe("the practice recap asked about the answers so far", () => {
  it.each([
    "so how am i doing with my answers overall?",
    "any feedback on how i've been answering?",
    "recap my answers so far pls",
    "¿cómo voy con mis respuestas?",
    "comment sont mes réponses jusqu'ici ?",
    "wie waren meine Antworten bisher?",
    "como foram minhas respostas até agora?",
  ])("%s", async (text) => {
    const out = await plan(text, practising);
    expect(out.calls).toEqual([{ name: "practice_recap", args: {} }]);
  });
  it("an answer that mentions feedback is still an answer", async () => {
    const text =
      "I listened to the customer, gave feedback to my manager about the broken till and we fixed it so far so good";
    const out = await plan(text, practising);
    expect(out.calls[0]?.name).toBe("answer_question");
  });
});

describe("a hint asked in texting words", () => {
  it.each(["can u give me a hint for this one", "gimme a clue pls", "una pista?", "me dá uma dica"])(
    "%s",
    async (text) => {
      const out = await plan(text, practising);
      expect(out.calls).toEqual([]);
      expect(out.says.map((s) => s.kind)).toContain("hint");
      expect(out.awaiting ?? "practice_answer").toBe("practice_answer");
    },
  );
  it("another question asked is still another question", async () => {
    const out = await plan("can u give me a different one", practising);
    expect(out.calls.map((c) => c.name)).toEqual(["practice_question"]);
  });
});

describe("a logged role corrected wrong-first", () => {
  it.each([
    ["the role wasn't dental assistant, it was treatment coordinator, fix it pls", "treatment coordinator"],
    ["position isn't assistant but treatment coordinator", "treatment coordinator"],
    ["el puesto no era asistente dental, era coordinadora de tratamientos", "coordinadora de tratamientos"],
    ["die Stelle war nicht Dental Assistant, sondern Praxismanagerin", "Praxismanagerin"],
  ])("%s", async (text, position) => {
    const calls = (await plan(text, logged, ["Lumen Dental"])).calls;
    expect(calls).toEqual([{ name: "change_application", args: { application: "app-4", position } }]);
  });
  it("a wrong role that shares nothing with the one logged and names no known role changes nothing", async () => {
    const calls = (await plan("the job wasn't boring, it was fun honestly", logged, ["Lumen Dental"])).calls;
    expect(calls.some((c) => c.name === "change_application")).toBe(false);
  });
});

describe("the company just logged corrected in another language", () => {
  it.each([
    ["hab mich vertippt, die Firma heißt Lumen Dental Care, nicht nur Lumen Dental", "Lumen Dental Care"],
    ["mein Fehler: die Firma heißt Zahnwerk Köln, nicht Lumen Dental", "Zahnwerk Köln"],
    ["me equivoqué: la empresa se llama Sonrisa Clara, no Lumen Dental", "Sonrisa Clara"],
    ["errei, a empresa é Sorriso Vivo, não Lumen Dental", "Sorriso Vivo"],
    ["je me suis trompée, l'entreprise s'appelle Cabinet Dupont, pas Lumen Dental", "Cabinet Dupont"],
  ])("%s", async (text, company) => {
    const calls = (await plan(text, logged, ["Lumen Dental"])).calls;
    expect(calls).toEqual([{ name: "change_application", args: { application: "app-4", company } }]);
  });
});

describe("a skill named in quotes", () => {
  const profile: Focus = { hasProfile: true };
  it.each([
    ["tira 'gestão de estoque' das minhas habilidades", "gestão de estoque"],
    ["quita «atención al público» de mis habilidades", "atención al público"],
    ["enlève « gestion de caisse » de mes compétences", "gestion de caisse"],
    ["remove 'stock rotation' from my skills", "stock rotation"],
  ])("%s", async (text, skill) => {
    const calls = (await plan(text, profile)).calls;
    expect(calls).toEqual([{ name: "remove_skill", args: { skill } }]);
  });
});

describe("mornings only, said in other languages", () => {
  it.each([
    "busco algo tranquilo, solo por las mañanas",
    "je voudrais travailler uniquement le matin",
    "am liebsten nur vormittags",
    "sirf subah ki shift chahiye",
  ])("%s", (text) => {
    expect(preferencesIn(text).shifts).toEqual([{ shift: "day", stance: "only" }]);
  });
  it("an ad's 'every morning' is no person's hours", () => {
    expect(preferencesIn("you will open the store every morning").shifts).toBeUndefined();
  });
});

describe("the employer in lower case before its news", () => {
  const fresh: Focus = { hasProfile: true };
  it.each([
    ["home depot said no to the cashier thing, their loss", "home depot", "rejected"],
    ["ugh, kroger ghosted me", "kroger", "ghosted"],
  ])("%s", async (text, application, status) => {
    const calls = (await plan(text, fresh, ["Lumen Dental"])).calls;
    expect(calls).toEqual([{ name: "update_application_status", args: { application, status } }]);
  });
  it("a pronoun or the recruiter is no employer: the one in focus stays", async () => {
    const calls = (await plan("the recruiter said no, sadly", logged, ["Lumen Dental"])).calls;
    expect(calls).toEqual([
      { name: "update_application_status", args: { application: "Lumen Dental", status: "rejected" } },
    ]);
  });
});
