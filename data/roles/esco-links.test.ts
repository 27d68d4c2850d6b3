/**
 * Issue 13: the build linked O*NET's Machinists to ESCO's tyre fitter — "machinist" is one of
 * the tyre fitter's alternative labels, and O*NET's "Machinist" / "Machinists" titles said it
 * three times, enough votes for a link — so a machinist was asked to "fit tyres to vehicles".
 * Another job's name said by several titles now links only when the two descriptions agree in
 * meaning (scripts/build-role-extras.ts LINK_MEANING_MIN).
 */
import { describe, expect, it } from "vitest";
import { getRoleExtras } from "./extras.ts";

const saysOf = (code: string) => {
  const r = getRoleExtras().roles[code];
  return [...(r?.escoDuties ?? []), ...(r?.alsoCalled ?? []), ...(r?.dutySkills ?? [])].join(" | ");
};

describe("ESCO links made by another job's name", () => {
  it("machinists are not tyre fitters, parking attendants not parking enforcement officers", () => {
    expect(saysOf("51-4041.00")).not.toMatch(/tyre|tire/i);
    expect(saysOf("51-4041.00")).toMatch(/machin|precision/i);
    expect(saysOf("53-6021.00")).not.toMatch(/enforce parking/i);
  });

  it("links the same way confirmed by meaning stay (cytotechnologists read cells)", () => {
    expect(saysOf("29-2011.02")).toMatch(/cell/i);
  });
});
