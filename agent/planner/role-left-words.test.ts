/**
 * Issue 12 (chat12t): a job left said in Spanish, French, German, Portuguese or Hindi, once the
 * intent model reads change_role, plans change_role with the month it ended and the employer
 * named (the label is given to the plan here; the lead's model rebuild adds the intent).
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { INTENT_PLANS } from "./intent-plans.ts";
import { normalize } from "./normalize.ts";
import { employerNamed, leftWhen } from "./role-left-words.ts";
import type { PlanContext } from "./types.ts";

const NOW = new Date("2026-12-06T12:00:00Z");

describe("when a job was left, any language", () => {
  it.each([
    ["dejé Acme en marzo", "2026-03"],
    ["renuncié a Farmacia Luz el mes pasado", "2026-11"],
    ["me echaron de la fábrica hace dos meses", "2026-10"],
    ["salí de Nortel en enero de 2025", "2025-01"],
    ["j'ai quitté Acme en mars", "2026-03"],
    ["j'ai démissionné de chez Lumio le mois dernier", "2026-11"],
    ["on m'a licencié il y a 3 mois", "2026-09"],
    ["ich habe Acme im März verlassen", "2026-03"],
    ["ich habe letzten Monat bei Spedition Kranz gekündigt", "2026-11"],
    ["vor zwei Monaten bin ich bei Holzwerk raus", "2026-10"],
    ["saí da Acme em março", "2026-03"],
    ["pedi demissão da Padaria Sol no mês passado", "2026-11"],
    ["fui demitido da Translog há 4 meses", "2026-08"],
    ["maine March mein Acme chhod diya", "2026-03"],
    ["pichle mahine Brightway ki naukri chhod di", "2026-11"],
    ["do mahine pehle company ne nikal diya", "2026-10"],
    ["I left Initech in December 2025", "2025-12"],
    ["dejé el trabajo el año pasado", "2025"],
    ["je suis parti de Lumio en 2024", "2024"],
    ["je suis partie de chez Lumio en mai", "2026-05"],
    ["ich bin seit Mai nicht mehr bei Holzwerk", "2026-05"],
    ["May mein Brightway chhod di", "2026-05"],
    ["renuncié hace tres semanas", "2026-11"],
    ["hab vor einem Monat gekündigt", "2026-11"],
    ["saí da Translog faz um mês", "2026-11"],
    ["do hafte pehle naukri chhod di", "2026-11"],
    ["ich habe vor 2 Jahren bei Holzwerk aufgehört", "2024"],
  ])("%s -> %s", (said, end) => {
    expect(leftWhen(said, NOW)).toBe(end);
  });

  it("a month to come this year is last year's (said in December, every month is gone by)", () => {
    expect(leftWhen("dejé Acme en noviembre", new Date("2026-03-10T12:00:00Z"))).toBe("2025-11");
  });

  it("no time said: none read", () => {
    expect(leftWhen("ya no trabajo en Acme")).toBeUndefined();
    expect(leftWhen("maine Acme ki naukri chhod di")).toBeUndefined();
  });
});

describe("the employer named", () => {
  it.each([
    ["es", "dejé Acme en marzo", "Acme"],
    ["de", "ich habe meinen Job bei Spedition Kranz im März gekündigt", "Spedition Kranz"],
    ["fr", "J'ai quitté Boulangerie Martin en mars", "Boulangerie Martin"],
    ["hi", "maine March mein Acme chhod diya", "Acme"],
    ["pt", "saí da Translog, foi em março", "Translog"],
    ["de", "Crestline hat mich im Februar entlassen", "Crestline"],
    ["de", "mein letzter Tag bei der Kestrel Bank war im Oktober", "Kestrel Bank"],
    ["hi", "Nortel ne mujhe nikaal diya", "Nortel"],
  ])("(%s) %s -> %s", (language, said, name) => {
    expect(employerNamed(said, language)).toBe(name);
  });

  it.each([
    ["de", "ich habe meinen Job im März gekündigt"],
    ["es", "Dejé mi trabajo el mes pasado"],
    ["hi", "Maine pichle mahine naukri chhod di"],
    ["de", "die haben mich vor einem Monat im Lager rausgeworfen"],
    ["de", "in der Klinik bin ich seit Juni fertig"],
  ])("(%s) none in %s", (language, said) => {
    expect(employerNamed(said, language)).toBeUndefined();
  });
});

describe("the change_role plan", () => {
  const ctx = { focus: {}, attachments: [], available: new Set() } as unknown as PlanContext;
  const plan = (raw: string) => INTENT_PLANS.change_role!({ raw, t: normalize(raw) }, ctx);

  it("reads the employer, the month, and keeps the words said for the profile to match", () => {
    const out = plan("ich habe Acme im März verlassen");
    expect(out.calls).toHaveLength(1);
    expect(out.calls[0]!.name).toBe("change_role");
    expect(out.calls[0]!.args).toMatchObject({ role: "Acme", said: "ich habe Acme im März verlassen" });
    expect(out.calls[0]!.args.end).toMatch(/^\d{4}-03$/);
  });

  it("no month said: left now; no name said: the profile decides from the words", () => {
    const out = plan("ya no trabajo en la panadería");
    expect(out.calls[0]!.args).toEqual({ left: true, said: "ya no trabajo en la panadería" });
  });

  it("English keeps the rules' reading, and the month said after a comma is read", () => {
    expect(plan("I left Brightline last month").calls[0]!.args).toMatchObject({ role: "Brightline" });
    const later = plan("I'm not at Brightline anymore, left in may").calls[0]!.args;
    expect(later).toMatchObject({ role: "Brightline" });
    expect(later.end).toMatch(/^\d{4}-05$/);
  });
});
