/**
 * Titles typed in lower case are shown in title case; the joining words of the chat's other
 * languages stay lower case (trial: "analista de dados" was shown as "Analista De Dados").
 */
import { expect, it } from "vitest";
import { titleAsWritten, titleCase } from "./title-case.ts";

it.each([
  ["head of qa", "Head of QA"],
  ["analista de dados", "Analista de Dados"],
  ["chef de projet", "Chef de Projet"],
  ["desarrolladora de software y datos", "Desarrolladora de Software y Datos"],
  ["leiter der buchhaltung", "Leiter der Buchhaltung"],
  ["de la rue account manager", "De la Rue Account Manager"],
  // "die" is a German article and an English trade word: left capitalised.
  ["tool and die maker", "Tool and Die Maker"],
  // Job-board shorthand typed in a chat (trial: "aplied to gainsight for csm" was logged as "Csm").
  ["csm", "CSM"],
  ["sde1", "SDE1"],
  ["senior pm", "Senior PM"],
  ["ios developer", "iOS Developer"],
  ["bi analyst l2", "BI Analyst L2"],
])("%s -> %s", (typed, shown) => {
  expect(titleCase(typed)).toBe(shown);
});

it("keeps a title typed with capitals as typed", () => {
  expect(titleAsWritten("Analista De Dados")).toBe("Analista De Dados");
});

it("keeps a name with a capital inside as written", () => {
  expect(titleCase("associate at McKinsey")).toBe("Associate at McKinsey");
});
