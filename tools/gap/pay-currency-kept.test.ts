/**
 * The pay reader for other languages (pay-in-other-languages.ts) rewrote "25 Euro pro Stunde" as
 * "25 per hour" and lost the currency: the expectation was stored with none (CI on the merge of
 * conv17u, chat-behaviours-trial12p). The currency said beside the figure stays.
 */
import { describe, expect, it } from "vitest";
import { preferencesIn } from "./stated-preferences.ts";

describe("a pay said in another language keeps its currency", () => {
  it.each([
    ["mindestens 25 Euro pro Stunde", 25, "EUR", "hour"],
    ["au moins 2500 euros par mois", 2500, "EUR", "month"],
    ["mínimo 900 euros al mes", 900, "EUR", "month"],
    ["pelo menos 30 reais por hora", 30, "BRL", "hour"],
  ] as const)("%s", (text, amount, currency, period) => {
    expect(preferencesIn(text)).toMatchObject({
      salaryMin: amount,
      salaryCurrency: currency,
      salaryPeriod: period,
    });
  });

  it("a figure said with no currency still gets none", () => {
    expect(preferencesIn("mindestens 3000 im Monat")).toEqual({ salaryMin: 3000, salaryPeriod: "month" });
  });
});
