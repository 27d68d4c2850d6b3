/**
 * Issue 12 (chat12t): a personal task asked in Spanish, French, German, Portuguese or Hindi is
 * said back in the person's words, cleanly: no ask ("me rappeler de", "mich … erinnern", "yaad
 * dilana ki"), no "tengo que" / "preciso" before it, no day word taken out of its middle ("mon
 * loyer", "a mi hermana" lost "mon"/"mi" as Monday/Wednesday). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.ts";
import { personalTask } from "./personal-reminder.ts";
import { whenSaid } from "./plans/reminder-plans.ts";

describe("a personal task said back in the person's words", () => {
  it.each([
    ["recuérdame visitar a mi abuela el domingo", "visitar a mi abuela"],
    ["recuérdame que tengo que devolver los libros mañana", "devolver los libros"],
    ["rappelle-moi de nourrir mon chat ce soir", "nourrir mon chat"],
    ["tu peux me rappeler de réserver le train pour Lyon", "réserver le train pour Lyon"],
    ["kannst du mich morgen erinnern, den Müll rauszubringen", "den Müll rauszubringen"],
    ["erinnere mich, dass ich die Steuererklärung machen muss", "ich die Steuererklärung machen muss"],
    ["me lembra que preciso levar o carro na oficina amanhã", "levar o carro na oficina"],
    ["lembra-me de pagar a mensalidade da academia", "pagar a mensalidade da academia"],
    ["yaad dilana ki kal doodh lana hai", "doodh lana"],
    ["mujhe dawai lene ki yaad dilana", "dawai lene"],
  ])("%s -> %s", (said, task) => {
    expect(personalTask(said)).toBe(task);
  });

  it("a possessive is no day: 'payer mon loyer vendredi' is due on Friday", () => {
    expect(whenSaid(normalize("rappelle-moi de payer mon loyer vendredi"))).toBe("vendredi");
    expect(whenSaid(normalize("remind me on mon to call the bank"))).toBe("mon");
  });
});
