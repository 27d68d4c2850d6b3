/**
 * Resumes as the issue 14 trial's people sent them, built here as real files (a DOCX and a
 * PDF through the project's fixtures, read by the real extractors): a bilingual Spanish/English
 * resume, a name on the same line as the document's name, and spoken languages with levels.
 */
import { describe, expect, it } from "vitest";
import { docxFrom } from "../../test-support/fixtures/resume/index.ts";
import { buildPdf, PAGE_HEIGHT } from "../../test-support/fixtures/resume/pdf-writer.ts";
import { parseResume } from "./parse.ts";
import { toProfileSnapshot } from "./to-profile.ts";

const now = new Date("2026-06-01T00:00:00Z");

const BILINGUAL = [
  "Lucía Fernández Ortega",
  "Enfermera Registrada / Registered Nurse",
  "lucia.fernandez@example.com · +1 407 555 0199 · Orlando, FL",
  "PERFIL / PROFILE",
  "Enfermera con diez años de experiencia en cuidados intensivos y urgencias.",
  "EXPERIENCIA / EXPERIENCE",
  "Charge Nurse, Lakeside Medical Center, Orlando, FL",
  "ene. 2020 – actualidad",
  "• Supervised a team of 12 nurses on a 30-bed unit",
  "Enfermera Jefe de Turno, Clínica Santa María, Medellín, Colombia",
  "mar. 2015 – dic. 2019",
  "• Coordiné turnos de 8 enfermeras y la administración de medicamentos",
  "Enfermera, Hospital del Norte, Barranquilla",
  "septiembre de 2012 – febrero de 2015",
  "EDUCACIÓN / EDUCATION",
  "Licenciatura en Enfermería, Universidad de Antioquia, 2012",
  "IDIOMAS / LANGUAGES",
  "Español (nativo), Inglés (C1)",
];

/** One page, one line per row, the first line large as a name is. */
function onePagePdf(lines: string[]): Buffer {
  return buildPdf([
    {
      texts: lines.map((text, i) => ({ x: 50, y: PAGE_HEIGHT - 60 - i * 16, size: i === 0 ? 18 : 10, text })),
    },
  ]);
}

const jobLines = [
  "jonas.weber@example.de · +49 30 5550 1234 · Berlin",
  "EXPERIENCE",
  "Data Analyst, Kranich GmbH, Berlin, 03/2019 – present",
  "• Built dashboards in Tableau and SQL",
  "EDUCATION",
  "MSc Statistics, Humboldt University, 2018",
];

describe("a bilingual Spanish/English DOCX", () => {
  it("keeps the Spanish roles, their Spanish dates and the Spanish degree", async () => {
    const r = await parseResume(docxFrom(BILINGUAL), { now });
    expect(r.experience.map((e) => [e.title, e.company, e.start, e.end ?? null, e.current])).toEqual([
      ["Charge Nurse", "Lakeside Medical Center", "2020-01", null, true],
      ["Enfermera Jefe de Turno", "Clínica Santa María", "2015-03", "2019-12", false],
      ["Enfermera", "Hospital del Norte", "2012-09", "2015-02", false],
    ]);
    expect(r.totalYearsExperience).toBeGreaterThan(13);
    expect(r.education[0]).toMatchObject({ level: "bachelor", institution: "Universidad de Antioquia" });
    expect(r.education[0]?.degree).toMatch(/^Licenciatura en Enfermería/);
    expect(r.languages).toEqual(["Spanish", "English"]);
    expect(r.languageLevels).toEqual({ Spanish: "nativo", English: "C1" });
  });
});

describe("a name on the line that names the document", () => {
  it.each([
    "CURRICULUM VITAE Jonas Weber",
    "Curriculum Vitae: Jonas Weber",
    "Jonas Weber Curriculum Vitae",
    "Lebenslauf Jonas Weber",
    "Jonas Weber Lebenslauf",
    "CV - Jonas Weber",
    "Resume: Jonas Weber",
    "Hoja de vida - Jonas Weber",
  ])("%s: the name is read from the DOCX and from the PDF", async (banner) => {
    const docx = await parseResume(docxFrom([banner, ...jobLines]), { now });
    const pdf = await parseResume(onePagePdf([banner, ...jobLines]), { now });
    expect(docx.contact.name?.value).toBe("Jonas Weber");
    expect(pdf.contact.name?.value).toBe("Jonas Weber");
  });

  it("in capitals too, and a template banner is still no name", async () => {
    const caps = await parseResume(docxFrom(["JONAS WEBER CURRICULUM VITAE", ...jobLines]), { now });
    expect(caps.contact.name?.value).toBe("JONAS WEBER");
    const template = await parseResume(docxFrom(["Data Analyst Resume Template", ...jobLines]), { now });
    expect(template.contact.name?.value).toBeUndefined();
  });
});

describe("spoken languages with their levels", () => {
  const LANGUAGES = [
    "German (B1), Spanish – fluent, Français : courant",
    "Italian - conversational; Dutch: basic",
    "Native English",
    "Portugués (A2)",
  ];

  it("keeps each language with the level written beside it, into the profile", async () => {
    const r = await parseResume(docxFrom(["Jonas Weber", ...jobLines, "LANGUAGES", ...LANGUAGES]), { now });
    expect(r.languages).toEqual(["German", "Spanish", "French", "Italian", "Dutch", "English", "Portuguese"]);
    expect(r.languageLevels).toEqual({
      German: "B1",
      Spanish: "fluent",
      French: "courant",
      Italian: "conversational",
      Dutch: "basic",
      English: "Native",
      Portuguese: "A2",
    });
    const profile = toProfileSnapshot(r);
    expect(profile.languages).toEqual(r.languages);
    expect(profile.languageLevels).toEqual(r.languageLevels);
  });

  it("from a PDF too (the fixture writer draws ASCII only)", async () => {
    const lines = [
      "Jonas Weber",
      ...jobLines,
      "LANGUAGES",
      "German (B1), Spanish - fluent",
      "Italiano: madrelingua",
    ];
    const r = await parseResume(onePagePdf(lines), { now });
    expect(r.languageLevels).toEqual({ German: "B1", Spanish: "fluent", Italian: "madrelingua" });
  });

  it("keeps a programming language under a Languages heading out of the spoken ones", async () => {
    const r = await parseResume(
      docxFrom(["Jonas Weber", ...jobLines, "LANGUAGES", "Core Java, Python", "English (C2)"]),
      {
        now,
      },
    );
    expect(r.languages).toEqual(["English"]);
    expect(r.languageLevels).toEqual({ English: "C2" });
  });
});
