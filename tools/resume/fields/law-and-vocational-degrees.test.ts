/**
 * A lawyer's J.D. and a national vocational qualification are degrees at the level the ad reader
 * gives the same words (tools/jobs/education.ts; issue 13, evidence17e): "J.D." was an entry with
 * no level and a Spanish "Ciclo Formativo de Grado Medio" no education at all, so an ad's J.D. or
 * a role's secondary level read as unmet ("no education against the secondary level asked").
 * Lines written here.
 */
import { describe, expect, it } from "vitest";
import { findDegree } from "./degrees.ts";

describe("law degrees and vocational qualifications on a resume", () => {
  it("reads a J.D. / Juris Doctor at master's level, and not the J.D. Edwards ERP", () => {
    expect(findDegree("J.D., Riverside School of Law, 2014")?.level).toBe("master");
    expect(findDegree("Juris Doctor — Lakeside Law School")?.level).toBe("master");
    expect(findDegree("Configured J.D. Edwards purchasing for three plants")).toBeUndefined();
  });

  it("reads upper-secondary vocational diplomas as secondary and higher ones as associate", () => {
    expect(findDegree("Ciclo Formativo de Grado Medio en Electromecánica — IES Norte, 2017")?.level).toBe(
      "secondary",
    );
    expect(findDegree("Bac pro Commerce, Lycée Victor Hugo")?.level).toBe("secondary");
    expect(findDegree("Ciclo de Grado Superior en Administración y Finanzas, 2015")?.level).toBe("associate");
    expect(findDegree("Abgeschlossene Berufsausbildung als Industriemechaniker, 2012")?.level).toBe(
      "associate",
    );
  });
});
