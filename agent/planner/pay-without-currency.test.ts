/**
 * Found trying the CLI as an accountant: "I want at least 85k and remote" was saved with
 * '(say the currency, e.g. "in EUR", so I can compare it with ads)', and the next salary
 * score compared it with the USD ad anyway ("meets your 85,000 USD"). A figure without a
 * currency is read in each ad's currency; the reply says that instead.
 */
import { expect, it } from "vitest";
import { preferenceWords } from "./preference-words.ts";

it("says a figure without a currency is read in the ad's currency", () => {
  const words = preferenceWords({ salaryMin: 85_000, salaryPeriod: "year", remote: "remote" }, [
    "salaryMin",
    "remote",
  ]);
  expect(words).toMatch(/in each ad's currency/);
  expect(words).not.toMatch(/so I can compare it with ads/);
  expect(preferenceWords({ salaryMin: 85_000, salaryCurrency: "EUR" }, ["salaryMin"])).not.toMatch(
    /currency/,
  );
});
