/**
 * conv17u (kinds of blind16's misses; every message here is written for this test, none is a
 * blind line):
 * - a background told beside the job wanted, on a loaded profile, sets the target alone (every
 *   outside split's label); with nothing loaded, "no resume" said, or the job marked as an
 *   addition, the background is still saved;
 * - a reminder asked with "nudge / ping / give me a shout / don't let me forget";
 * - pay and places said in Spanish, Portuguese, French, German, Hindi;
 * - the name's spelling corrected; a claim the person admits is not held is refused, not saved;
 * - "how'd I do on the last one" during practice; a rejection said loosely in other languages.
 */
import { describe, expect, it } from "vitest";
import { PROFILE_ONLY, plannerWith, planText } from "../../test-support/planner-turn.ts";
import { nameWithPartRespelled } from "../../tools/profile/name-part.ts";
import type { Focus } from "../graph/focus.ts";

const loaded = plannerWith({ focus: PROFILE_ONLY, tracked: [], ownSkills: ["Food Safety", "Inventory"] });
const named = async (text: string, focus: Focus = PROFILE_ONLY) =>
  (await loaded(text, focus)).calls.map((c) => c.name);

describe("a background beside the job wanted, on a loaded profile: the target alone", () => {
  it.each([
    "I've been a line cook for 6 years and I want to become a sous chef",
    "welder for 9 years, thinking about becoming a welding inspector",
    "Je travaille comme aide-soignante depuis 6 ans et je veux devenir infirmière",
    "I've worked as a pharmacy technician for 5 years and I'd like to become a pharmacist",
  ])("%s", async (text) => {
    expect(await named(text)).toEqual(["set_dream_job"]);
  });

  it("a fit asked beside it keeps the fit, and still saves nothing", async () => {
    const calls = await named("delivery driver 8 yrs, could I become a dispatcher? check my fit");
    expect(calls).not.toContain("save_background");
    expect(calls).toContain("analyze_fit");
  });

  it("a first message (nothing loaded) still saves the background beside the target", async () => {
    const p = await planText(
      "I've been a line cook for 6 years and I want to become a sous chef",
      {},
      {
        ownSkills: [],
        tracked: [],
      },
    );
    expect(p.calls.map((c) => c.name)).toEqual(["save_background", "set_dream_job"]);
  });

  it("a job marked as an addition ('too') is still saved", async () => {
    const calls = await named(
      "could I realistically become a restaurant manager? I worked 3 years as a barista too. check my fit",
    );
    expect(calls).toContain("save_background");
  });
});

describe("a reminder asked with other words than 'remind me'", () => {
  it.each([
    ["nudge me tomorrow to phone the landlord back", "phone the landlord back"],
    ["ping me on friday to send the invoice", "send the invoice"],
    ["give me a shout monday to email the school", "email the school"],
    ["don't let me forget to ring the plumber on thursday", "ring the plumber"],
  ])("%s", async (text, task) => {
    const p = await loaded(text);
    expect(p.calls).toHaveLength(1);
    expect(p.calls[0]).toMatchObject({ name: "set_reminder", args: { task } });
  });

  it("'ping me when they reply' sets no reminder", async () => {
    expect(await named("ping me when they reply")).not.toContain("set_reminder");
  });
});

describe("pay and places said in other languages are stored", () => {
  it.each([
    // conv20u: every city of "X o Y" is kept (trial19 §10 lost the second one).
    ["busco trabajo en Mérida o Cancún, mínimo 15 mil al mes", 15000, "Mérida or Cancún"],
    ["procuro algo em Recife, no mínimo 3 mil por mês", 3000, "Recife"],
    ["je cherche à Lille, au moins 2200 par mois", 2200, "Lille"],
    ["ich suche was in Bremen, mindestens 2800 im Monat", 2800, "Bremen"],
  ])("%s", async (text, salaryMin, desiredLocation) => {
    const p = await loaded(text);
    expect(p.calls).toEqual([
      { name: "set_preferences", args: { salaryMin, salaryPeriod: "month", desiredLocation } },
    ]);
  });

  it("a length of service or a count is no pay", async () => {
    expect(await named("trabajé 8 años en ventas en Puebla")).not.toContain("set_preferences");
  });
});

describe("the name's spelling corrected", () => {
  it.each([
    ["my name is spelled Dariah with an h, can u fix it", "Dariah"],
    ["you spelt my surname wrong, it's Okonkwo", "Okonkwo"],
    ["you got my name wrong, it's Sioban with no h", "Sioban"],
    ["mi apellido se escribe Muñoz, corrígelo", "Muñoz"],
    ["mon prénom s'écrit Maëlle", "Maëlle"],
    ["mein Name schreibt sich Jürgen", "Jürgen"],
    ["meu nome se escreve Thaís", "Thaís"],
  ])("%s", async (text, name) => {
    expect((await loaded(text)).calls).toEqual([{ name: "set_name", args: { name } }]);
  });

  it("a skill's spelling is no name", async () => {
    expect(await named("the skill is spelled Kubernetes")).not.toContain("set_name");
  });

  it("the tool respells the one stored word nearest to a one-word correction", () => {
    expect(nameWithPartRespelled("Daria Novak", "Dariah")).toBe("Dariah Novak");
    expect(nameWithPartRespelled("Chidi Okonkow", "Okonkwo")).toBe("Chidi Okonkwo");
    // A name far from every stored word, or a whole name, is written as said.
    expect(nameWithPartRespelled("Daria Novak", "Samantha")).toBeUndefined();
    expect(nameWithPartRespelled("Daria Novak", "Daria Nowak")).toBeUndefined();
  });
});

describe("a claim the person admits is not held is refused, nothing saved", () => {
  it.each([
    "put down that I have a master's even though I never finished it",
    "add the PMP to my profile, I never took the exam but nobody checks",
    "pon que tengo licenciatura aunque no la terminé",
    "mets que j'ai le BTS même si j'ai arrêté en cours",
  ])("%s", async (text) => {
    const p = await loaded(text);
    expect(p.calls).toEqual([]);
    expect(p.says.map((s) => s.kind)).toContain("refusal_harmful");
  });

  it("a degree finished is still an entry", async () => {
    expect(await named("add my bachelor's in biology, I finished it in 2019")).toEqual(["add_profile_entry"]);
  });
});

describe("during practice and after an application", () => {
  const practising: Focus = {
    hasProfile: true,
    topic: "question",
    questionId: "q-1",
    awaiting: "practice_answer",
    lastIntent: "practice_question",
  };
  it.each(["how'd i go on the last one?", "how did I do with that final answer", "howd i do"])(
    "%s asks for the recap",
    async (text) => {
      expect(await named(text, practising)).toEqual(["practice_recap"]);
    },
  );

  it("an answer that starts with the same words is an answer", async () => {
    expect(await named("how did I do it? I told them I fixed the printer", practising)).toEqual([
      "answer_question",
    ]);
  });

  const applied: Focus = {
    hasProfile: true,
    topic: "application",
    lastIntent: "add_application",
    application: { company: "Shopify", position: "support lead", status: "applied", id: "ap-1" },
  };
  it.each(["Shopify m'a recalé, dommage", "no quedé en Shopify, ni modo", "fui reprovada na Shopify"])(
    "%s marks it rejected",
    async (text) => {
      const p = await plannerWith({ focus: applied, tracked: ["Shopify"] })(text);
      expect(p.calls).toEqual([
        { name: "update_application_status", args: { application: "Shopify", status: "rejected" } },
      ]);
    },
  );
});

describe("a licence told beside the licensed title is a certification entry, not a job", () => {
  it.each([
    "i'm a licensed electrician in Ohio btw, license since 2016",
    "I'm a certified welding inspector btw, CWI since 2015",
    "im a registered dietitian, my registration came through in 2019",
  ])("%s", async (text) => {
    const p = await loaded(text);
    expect(p.calls.map((c) => c.name)).toEqual(["add_profile_entry"]);
    expect(p.calls[0]!.args).toMatchObject({ kind: "certification" });
    expect(String(p.calls[0]!.args.text)).not.toMatch(/\bbtw\b|^i'?m\b/i);
  });

  it("a licensed title with years and an employer is still the background", async () => {
    expect(await named("i'm a licensed plumber, been doing it 10 years at Hall and Sons")).not.toContain(
      "add_profile_entry",
    );
  });
});
