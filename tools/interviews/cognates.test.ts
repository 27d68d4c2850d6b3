/**
 * Trial14 §8: a clinical-trials topic asked in Spanish found nothing in the English bank. Words
 * the bank does not use are searched as its English cognates; English words stay as said.
 */
import { expect, it } from "vitest";
import { withBankCognates } from "./cognates.ts";

it("Spanish and French words are searched as the bank's cognates", () => {
  const es = withBankCognates("ensayos clínicos, GCP o consentimiento informado");
  expect(es).toMatch(/\bconsent\b/);
  expect(es).toMatch(/\binformed\b/);
  expect(es).toMatch(/\bGCP\b/);
  expect(withBankCognates("consentement éclairé")).toMatch(/\bconsent\b/);
});

it.each([
  "giv me some interveiw questions",
  "behavoiral questons for a nurse",
  "warehouse safety",
  "accessibility checks",
  "race conditions between threads",
  "Kinetica",
])("'%s' stays as said", (text) => {
  expect(withBankCognates(text)).toBe(text);
});
