/**
 * Law degrees and national vocational qualifications are education asks at their level
 * (issue 13, evidence17e): "JD from an accredited law school" was typed as a licence ask (its
 * "accredited"), a J.D. / LL.M. named no level, and a Spanish "Ciclo de Grado Medio" or a German
 * "Berufsausbildung" was no education at all. Ads written here.
 */
import { describe, expect, it } from "vitest";
import { findEducation, namesDegree } from "./education.ts";

describe("law degrees asked", () => {
  it("reads a J.D. asked as a graduate degree in law", () => {
    for (const ask of [
      "JD from an accredited law school required.",
      "J.D. degree and admission to the state bar.",
      "Juris Doctor required; LL.M. in taxation a plus.",
    ]) {
      expect(namesDegree(ask), ask).toBe(true);
      const read = findEducation(ask, "required");
      expect(read?.level, ask).toBe("master");
      expect(read?.fields, ask).toContain("law");
    }
  });

  it("reads an LL.B. as a first degree and an LL.M. as a master's", () => {
    expect(findEducation("An LL.B. or equivalent law qualification.", "required")?.level).toBe("bachelor");
    expect(findEducation("LL.M. in international law preferred.", "required")?.level).toBe("master");
  });

  it("does not read the job description or a language model as a law degree", () => {
    expect(namesDegree("Please read the JD below before applying.")).toBe(false);
    expect(namesDegree("Hands-on experience with LLM tooling and prompt design.")).toBe(false);
    expect(namesDegree("Experience with J.D. Edwards EnterpriseOne finance modules.")).toBe(false);
  });

  it("does not read the CAP theorem, a telecom BTS site or a device under test as a diploma", () => {
    expect(namesDegree("You can explain the CAP Theorem and eventual consistency.")).toBe(false);
    expect(namesDegree("Experience with BTS Installation and microwave links.")).toBe(false);
    expect(namesDegree("Write test plans and debug the DUT on the bench.")).toBe(false);
  });
});

describe("national vocational qualifications asked", () => {
  it("reads upper-secondary vocational diplomas as secondary education", () => {
    expect(findEducation("Ciclo Formativo de Grado Medio en Electricidad", "required")?.level).toBe(
      "secondary",
    );
    expect(findEducation("Titulación de FP Grado Medio o similar", "required")?.level).toBe("secondary");
    expect(findEducation("CAP Cuisine ou expérience équivalente", "required")?.level).toBe("secondary");
  });

  it("reads trade training and short higher vocational diplomas as associate level", () => {
    expect(
      findEducation("Abgeschlossene Berufsausbildung als Fachkraft für Lagerlogistik", "required")?.level,
    ).toBe("associate");
    expect(findEducation("Ciclo de Grado Superior en Transporte y Logística", "required")?.level).toBe(
      "associate",
    );
    expect(findEducation("BTS Transport et Prestations Logistiques exigé", "required")?.level).toBe(
      "associate",
    );
  });
});
