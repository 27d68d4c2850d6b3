/**
 * Resumes written in Portuguese, Spanish, French and German (trial13 §8): their section
 * headings as such resumes write them (the vocabulary in text/heading-vocabulary.json), and a
 * Portuguese education section whose course line has no degree word above a post-graduate
 * course: two entries, not one merge of the course's school with the "graduação" of the
 * "Pós-graduação" below. Resumes invented; the Portuguese one is a PDF laid out by pdfkit.
 */
import { describe, expect, it } from "vitest";
import { pdfkitResume } from "../../test-support/fixtures/resume/pdfkit-resume.ts";
import { parseResume } from "./parse.ts";
import { parseResumeText } from "./parse-text.ts";
import { matchHeading } from "./text/headings.ts";

const now = new Date("2026-12-01T00:00:00Z");

const PORTUGUESE = [
  "Mariana Costa Ribeiro",
  "Lisboa, Portugal | +351 912 345 678 | mariana.ribeiro@example.pt",
  "PERFIL PROFISSIONAL",
  "Médica veterinária com 8 anos de clínica de pequenos animais.",
  "EXPERIÊNCIA PROFISSIONAL",
  "Médica Veterinária - Hospital Veterinário do Restelo, Lisboa",
  "03/2023 - Atual",
  "- Consultas de medicina geral, vacinação e dermatologia",
  "HABILITAÇÕES LITERÁRIAS",
  "Medicina Veterinária - Universidade de São Paulo (USP), 2011-2016",
  "Pós-graduação em Dermatologia Veterinária - Instituto Qualittas, 2018",
  "FORMAÇÃO COMPLEMENTAR",
  "Curso de Ecografia Abdominal, 2020",
  "COMPETÊNCIAS PESSOAIS",
  "Clínica de pequenos animais, comunicação com clientes, Microsoft Excel",
  "IDIOMAS",
  "Português (nativo), Inglês (avançado), Espanhol (intermédio)",
];

describe("a Portuguese resume as a PDF", () => {
  it("reads its sections, its job, both education entries and its languages", async () => {
    const pdf = await pdfkitResume(
      PORTUGUESE.map((text, i) => ({
        text,
        bold: i === 0 || text === text.toUpperCase(),
        size: i === 0 ? 18 : 10,
        gapAbove: i > 1 && text === text.toUpperCase() ? 0.5 : 0,
      })),
    );
    const r = await parseResume(pdf, { now });
    expect(r.sections.map((s) => s.kind)).toEqual([
      "contact",
      "summary",
      "experience",
      "education",
      "certifications",
      "skills",
      "languages",
    ]);
    expect(r.experience.map((e) => [e.title, e.company, e.start])).toEqual([
      ["Médica Veterinária", "Hospital Veterinário do Restelo", "2023-03"],
    ]);
    expect(r.education.map((e) => [e.degree, e.field, e.level, e.institution, e.end])).toEqual([
      [undefined, "Medicina Veterinária", undefined, "Universidade de São Paulo (USP)", "2016"],
      [
        "Pós-graduação em Dermatologia Veterinária",
        "Dermatologia Veterinária",
        "master",
        "Instituto Qualittas",
        "2018",
      ],
    ]);
    expect(r.languages).toEqual(["Portuguese", "English", "Spanish"]);
  });
});

describe("section headings in other languages", () => {
  it.each([
    ["FORMAÇÃO", "education"],
    ["Habilitações Literárias", "education"],
    ["EXPERIÊNCIA PROFISSIONAL", "experience"],
    ["Histórico Profissional", "experience"],
    ["COMPETÊNCIAS", "skills"],
    ["Conhecimentos de Informática", "skills"],
    ["IDIOMAS", "languages"],
    ["Línguas Estrangeiras", "languages"],
    ["Formación Complementaria", "certifications"],
    ["Conocimientos Informáticos", "skills"],
    ["Publicaciones", "publications"],
    ["Diplômes et formations", "education"],
    ["Compétences informatiques", "skills"],
    ["Langues étrangères", "languages"],
    ["Fremdsprachen", "languages"],
    ["Praktische Erfahrung", "experience"],
    ["Veröffentlichungen", "publications"],
    ["Persönliche Angaben", "personal"],
  ])("%s is a %s heading", (line, kind) => {
    expect(matchHeading(line)).toBe(kind);
  });

  it("reads a German resume's jobs and schooling under its own headings", async () => {
    const r = await parseResumeText(
      [
        "Jonas Weber",
        "jonas.weber@example.de",
        "PRAKTISCHE ERFAHRUNG",
        "Werkstudent Datenanalyse, Kranich GmbH, Berlin, 03/2021 – 09/2022",
        "SCHULBILDUNG",
        "Abitur, Goethe-Gymnasium Berlin, 2016",
        "FREMDSPRACHEN",
        "Deutsch (Muttersprache), Englisch (C1)",
      ].join("\n"),
      { now },
    );
    expect(r.sections.map((s) => s.kind)).toEqual(["contact", "experience", "education", "languages"]);
    expect(r.experience.map((e) => e.company)).toEqual(["Kranich GmbH"]);
    expect(r.languages).toEqual(["German", "English"]);
  });
});
