/**
 * Issue 12 (trial13 §6, profile13u's lines): a profile entry removed or edited in another
 * language, once the intent model reads correct_profile_entry. Before this plan the intent had no
 * plan at all, so the model could not be given its lines. The label is given to the plan here;
 * the whole path (model + plan) is in said-as-people-write tests. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { INTENT_PLANS } from "../intent-plans.ts";
import { normalize } from "../normalize.ts";
import type { PlanContext } from "../types.ts";

const plan = (raw: string, lastCall?: string) => {
  const ctx = {
    focus: lastCall ? { lastCall: { name: lastCall, args: {} } } : {},
    attachments: [],
    available: new Set(),
  } as unknown as PlanContext;
  return INTENT_PLANS.correct_profile_entry!({ raw, t: normalize(raw) }, ctx);
};

describe("an entry removed, any language", () => {
  it.each([
    ["borra mi trabajo en Mercadona del perfil", { kind: "experience", which: "Mercadona" }],
    ["lösch bitte meinen Job bei Lidl", { kind: "experience", which: "Lidl" }],
    ["apaga o meu emprego na Sonae, nunca trabalhei lá", { kind: "experience", which: "Sonae" }],
    ["enlève le certificat de secouriste, il a expiré", { kind: "certifications", which: "secouriste" }],
  ])("%s", (said, args) => {
    expect(plan(said).calls).toEqual([
      { name: "correct_profile_entry", args: { action: "remove", ...args } },
    ]);
  });

  it("a position counts in the profile just shown", () => {
    expect(plan("supprime la deuxième entrée", "show_profile").calls).toEqual([
      { name: "correct_profile_entry", args: { action: "remove", position: 2 } },
    ]);
    expect(plan("elimina el último trabajo").calls).toEqual([
      { name: "correct_profile_entry", args: { action: "remove", kind: "experience", position: -1 } },
    ]);
  });

  it("nothing that finds an entry is asked back, never the only entry removed by default", () => {
    for (const said of ["bórralo", "lösch das"]) {
      const out = plan(said);
      expect(out.calls).toEqual([]);
      expect(out.say?.kind).toBe("ask_correction");
    }
  });
});

describe("an edit whose new value is not read", () => {
  it("is asked back with an example, nothing guessed", () => {
    const out = plan("cambia el título de mi puesto en el bar");
    expect(out.calls).toEqual([]);
    expect(out.say?.kind).toBe("ask_correction");
  });
  it("English still goes through the English reader", () => {
    expect(plan("delete my Costa job from my profile").calls).toEqual([
      { name: "correct_profile_entry", args: { action: "remove", kind: "experience", which: "Costa" } },
    ]);
  });
});
