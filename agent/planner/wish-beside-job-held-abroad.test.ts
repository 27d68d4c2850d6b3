/**
 * trial18 §7, trial19 §3: a first message that tells the job held and then the job wanted, in
 * Portuguese, Spanish, French or German, lost the job wanted: the background was saved and the
 * wish said back as "not placed" ("What job are you aiming for?"), or the whole sentence went to
 * the role finder, which matched the job HELD ("Laborantin"). The wish's role is the target; the
 * background stays as read; a time adverb before the role is no part of it (trial18 §8).
 */
import { describe, expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";

/** A person with nothing saved yet, as the agent asks the planner on a first message. */
const firstMessage = (text: string) => planText(text, {}, { ownSkills: [] });
const targetOf = async (text: string) =>
  (await firstMessage(text)).calls.find((c) => c.name === "set_dream_job")?.args.text as string | undefined;

describe("the job wanted after the job held, said in another language", () => {
  it.each([
    [
      "oi! trabalho como caixa de supermercado há 5 anos e quero mudar para auxiliar de logística. por onde começo?",
      "auxiliar de logística",
    ],
    [
      "hola, trabajo de cajera hace 5 años y quiero cambiar a asistente de logística",
      "asistente de logística",
    ],
    [
      "Bonjour ! Je suis gérante d'un magasin depuis 7 ans et je voudrais passer aux ressources humaines, comme chargée RH",
      "chargée RH",
    ],
    [
      "Hallo, ich arbeite seit 9 Jahren als Laborantin in einer Gießerei und möchte in die Qualitätssicherung wechseln",
      "Qualitätssicherung",
    ],
    [
      "ich bin im dritten Lehrjahr als Mechatroniker und möchte danach Techniker für Automatisierung werden",
      "Techniker für Automatisierung",
    ],
  ])(
    "%s",
    async (text, role) => {
      expect(await targetOf(text)).toBe(role);
    },
    60_000,
  );

  it("the wish is no longer said back as not placed", async () => {
    const plan = await firstMessage(
      "oi! trabalho como caixa de supermercado há 5 anos e quero mudar para auxiliar de logística",
    );
    const told = plan.calls.find((c) => c.name === "save_background");
    expect(told?.args.roles).toEqual([expect.objectContaining({ months: 60 })]);
    expect(JSON.stringify(told?.args.unread ?? [])).not.toMatch(/mudar/);
  }, 60_000);

  it("a job held alone sets no target (guard)", async () => {
    expect(await targetOf("trabalho como caixa de supermercado há 5 anos")).toBeUndefined();
  }, 60_000);
});
