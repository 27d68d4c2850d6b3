/**
 * A logged application corrected in words — its company, role or day — right after logging it
 * or later, in the chat's five languages (issue 12: "I mixed them up, that application was with
 * Adyen not Stripe" moved a status of "Adyen"; "actually I applied on Tuesday" logged a company
 * called "Tuesday"). An application not tracked, or someone else's, changes nothing. Messages
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const JUST_LOGGED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Stripe", position: "Software Engineer", status: "applied", id: "app-9" },
};
/** The same application in focus a few messages on (the list was shown since). */
const LATER: Focus = { ...JUST_LOGGED, lastIntent: "list_applications" };
const plan = plannerWith({ focus: JUST_LOGGED, tracked: ["Stripe", "Monzo"] });
const change = (args: Record<string, string>) => [
  { name: "change_application", args: { application: "app-9", ...args } },
];

const CORRECTIONS: [string, Record<string, string>][] = [
  ["I mixed them up, that application was with Adyen not Stripe", { company: "Adyen" }],
  ["i got the companies mixed up — it was Adyen, not Stripe", { company: "Adyen" }],
  ["it was adyen not stripe, my bad", { company: "adyen" }],
  ["wrong company, it should be Adyen", { company: "Adyen" }],
  ["sorry it was the data analyst role not the engineer one", { position: "data analyst" }],
  ["my bad, the role was data analyst not software engineer", { position: "data analyst" }],
  ["oh wait, wrong role, it was for barista not cashier", { position: "barista" }],
  ["actually I applied on Tuesday", { appliedOn: "on tuesday" }],
  ["correction: I applied on tuesday, not wednesday", { appliedOn: "on tuesday" }],
  ["me equivoqué, esa solicitud fue con Adyen y no con Stripe", { company: "Adyen" }],
  ["perdón, era el puesto de analista de datos, no el de ingeniero", { position: "analista de datos" }],
  ["en realidad apliqué el martes", { appliedOn: "martes" }],
  ["je me suis trompé, la candidature était chez Adyen pas Stripe", { company: "Adyen" }],
  ["pardon, c'était le poste d'analyste de données, pas ingénieur", { position: "analyste de données" }],
  ["en fait j'ai postulé mardi", { appliedOn: "mardi" }],
  ["ich hab das verwechselt, die Bewerbung war bei Adyen, nicht Stripe", { company: "Adyen" }],
  ["sorry, es war die Stelle als Datenanalyst, nicht Ingenieur", { position: "Datenanalyst" }],
  ["eigentlich habe ich mich am Dienstag beworben", { appliedOn: "am Dienstag" }],
  ["confundi, essa candidatura foi na Adyen e não na Stripe", { company: "Adyen" }],
  ["desculpa, era a vaga de analista de dados, não a de engenheiro", { position: "analista de dados" }],
  ["na verdade me candidatei na terça", { appliedOn: "terça" }],
];

describe.each([
  ["right after logging it", JUST_LOGGED],
  ["later", LATER],
])("an application corrected %s", (_when, focus) => {
  it.each(CORRECTIONS)("'%s' changes it in place: %o", async (text, args) => {
    const planned = await plan(text, focus);
    expect(planned.calls).toEqual(change(args));
  });

  it("the wrong one named and tracked is the one changed", async () => {
    const planned = await plan("I mixed them up, the Monzo application was with Revolut not Monzo", focus);
    expect(planned.calls).toEqual([
      { name: "change_application", args: { application: "Monzo", company: "Revolut" } },
    ]);
  });

  it.each([
    ["the Monzo role was product analyst actually, I typed designer by mistake", "product analyst"],
    ["el puesto en Monzo era analista de producto, puse diseñador por error", "analista de producto"],
    ["le poste chez Monzo était analyste produit, j'ai mis designer par erreur", "analyste produit"],
    ["die Stelle bei Monzo war Produktanalyst, ich habe aus Versehen Designer eingetragen", "Produktanalyst"],
    ["a vaga na Monzo era analista de produto, coloquei designer por engano", "analista de produto"],
  ])("'%s' corrects the role of the one it names: %s", async (text, position) => {
    expect((await plan(text, focus)).calls).toEqual([
      { name: "change_application", args: { application: "Monzo", position } },
    ]);
  });

  it.each([
    ["I mixed them up, that application was with Adyen not Klarna", "Klarna"],
    ["me equivoqué, fue con Adyen y no con Klarna", "Klarna"],
    ["no wait, the Adyen one was my friend's application, not mine", "someone_else"],
    ["perdón, esa candidatura era de mi hermana, no mía", "someone_else"],
  ])("'%s' changes nothing and says why (%s)", async (text, detail) => {
    const planned = await plan(text, focus);
    expect(planned.calls).toEqual([]);
    // A note that replies come in English may come first; the reply is the one that matters.
    expect(planned.says.filter((s) => s.kind !== "language_note")).toEqual([
      { kind: "correction_not_tracked", detail },
    ]);
  });
});

it("with no application tracked or in focus, a correction asks which and changes nothing", async () => {
  const planned = await plan(
    "sorry I mixed them up, that application was for the data analyst role not the engineer one",
    {
      hasProfile: true,
    },
    [],
  );
  expect(planned.calls).toEqual([]);
  expect(planned.says).toEqual([{ kind: "correction_not_tracked", detail: "" }]);
});

it.each([
  ["Monzo rejected me, my bad for not saying earlier", "update_application_status"],
  ["actually I applied to Figma for designer today", "add_application"],
])("'%s' is no correction", async (text, tool) => {
  expect((await plan(text, LATER)).calls.map((c) => c.name)).toEqual([tool]);
});
