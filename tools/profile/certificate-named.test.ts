/**
 * "tengo también certificado de manipulador de alimentos" was saved as a certification named
 * with the whole sentence (lead's new-user trial 2026-12-06e, item 8): the certificate's name is
 * read out of sentences in Spanish, French, German and Portuguese.
 */
import { describe, expect, it } from "vitest";
import { certificateClause } from "../../agent/tools/profile-entry-tool.ts";
import { certificateNamed } from "./certificate-named.ts";

describe("a certificate named inside a sentence in another language", () => {
  it.each([
    ["tengo también certificado de manipulador de alimentos", "certificado de manipulador de alimentos"],
    ["el año pasado saqué el carnet de carretillero, y ahora busco trabajo", "carnet de carretillero"],
    ["también saqué la licencia de conducir C1 hace dos años", "licencia de conducir C1"],
    [
      "j'ai aussi le certificat de sauveteur secouriste du travail depuis 2020",
      "certificat de sauveteur secouriste du travail",
    ],
    ["je suis titulaire du permis C et je cherche un poste", "permis C"],
    ["ich habe auch einen Staplerschein", "Staplerschein"],
    ["ich habe das Zertifikat für Lebensmittelhygiene seit 2019", "Zertifikat für Lebensmittelhygiene"],
    ["tenho também o certificado de manipulação de alimentos", "certificado de manipulação de alimentos"],
    ["tenho a carteira de habilitação categoria D, e experiência", "carteira de habilitação categoria D"],
  ])("'%s' -> %s", (sentence, name) => {
    expect(certificateNamed(sentence)).toBe(name);
    expect(certificateClause(sentence)).toBe(name);
  });

  it("leaves English sentences to the English reader", () => {
    expect(certificateNamed("I got my certification in Google Analytics")).toBeUndefined();
    expect(certificateClause("I also have my CPHIMS certification now")).toBe("CPHIMS certification");
  });
});
