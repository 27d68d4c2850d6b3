/**
 * The person's name at the top of a CV in Spanish (trial14 §11, P3 pasted her CV): a name in
 * capitals with accents, and a name after "Nombre:", are read from the top lines; the job title
 * under the name ("Enfermera") is no name. Resume invented.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";

const now = new Date("2026-12-01T00:00:00Z");
const BODY = [
  "EXPERIENCIA PROFESIONAL",
  "Enfermera de Oncología — Hospital Universitario del Sur, Madrid — 2019 – actualidad",
  "• Triaje Manchester y valoración inicial de pacientes",
  "• Administración de quimioterapia según protocolo",
  "FORMACIÓN",
  "Máster en Investigación Clínica — Universidad de Alcalá — 2021",
];

describe("a Spanish CV's name", () => {
  it("reads a name in capitals with accents, not the job title under it", async () => {
    const text = ["ÁNGELA NÚÑEZ IBÁÑEZ", "Enfermera · Madrid", "angela.ni@example.es", ...BODY].join("\n");
    expect((await parseResumeText(text, { now })).contact.name?.value).toBe("ÁNGELA NÚÑEZ IBÁÑEZ");
  });

  it("reads a name written after its label in Spanish or French", async () => {
    for (const label of ["Nombre:", "Nombre y apellidos:", "Nom :"]) {
      const text = [
        "DATOS PERSONALES",
        `${label} Ángela Núñez Ibáñez`,
        "Teléfono: 611 222 333",
        ...BODY,
      ].join("\n");
      expect((await parseResumeText(text, { now })).contact.name?.value, label).toBe("Ángela Núñez Ibáñez");
    }
  });

  it("reads a mixed-case name that opens with an accented capital", async () => {
    const text = ["Íñigo Ortiz Lázaro", "Enfermero · Bilbao", ...BODY].join("\n");
    expect((await parseResumeText(text, { now })).contact.name?.value).toBe("Íñigo Ortiz Lázaro");
  });
});
