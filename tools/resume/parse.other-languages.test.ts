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

describe("resumes written in German, Portuguese and French", () => {
  it.each([
    {
      lines: [
        "Lebenslauf",
        "Anna Schneider",
        "anna.schneider@example.de · Hamburg",
        "BERUFSERFAHRUNG",
        "Projektleiterin, Klinikum Nord, Hamburg",
        "März 2019 – heute",
        "• Leitung von Digitalisierungsprojekten mit Jira und SAP",
        "Softwareentwicklerin, Hanse Daten GmbH, Bremen",
        "Okt. 2015 – Feb. 2019",
        "AUSBILDUNG",
        "Master of Science Informatik, Universität Hamburg, 2015",
        "SPRACHKENNTNISSE",
        "Deutsch (Muttersprache), Englisch – verhandlungssicher, Französisch: Grundkenntnisse",
      ],
      name: "Anna Schneider",
      jobs: [
        ["Projektleiterin", "Klinikum Nord", "2019-03", null],
        ["Softwareentwicklerin", "Hanse Daten GmbH", "2015-10", "2019-02"],
      ],
      school: "Universität Hamburg",
      levels: { German: "Muttersprache", English: "verhandlungssicher", French: "Grundkenntnisse" },
    },
    {
      lines: [
        "Mariana Costa",
        "mariana.costa@example.com.br · São Paulo",
        "EXPERIÊNCIA PROFISSIONAL",
        "Engenheira de Software, Nubank, São Paulo",
        "março de 2019 - atual",
        "• Desenvolvi serviços em Kotlin e PostgreSQL",
        "Desenvolvedora Júnior, Stone Pagamentos, Rio de Janeiro",
        "jan. 2017 - fev. 2019",
        "FORMAÇÃO ACADÊMICA",
        "Bacharelado em Ciência da Computação, Universidade de São Paulo, 2016",
        "IDIOMAS",
        "Português (nativo), Inglês (fluente), Espanhol (intermediário)",
      ],
      name: "Mariana Costa",
      jobs: [
        ["Engenheira de Software", "Nubank", "2019-03", null],
        ["Desenvolvedora Júnior", "Stone Pagamentos", "2017-01", "2019-02"],
      ],
      school: "Universidade de São Paulo",
      levels: { Portuguese: "nativo", English: "fluente", Spanish: "intermediário" },
    },
    {
      lines: [
        "Camille Durand",
        "camille.durand@example.fr · Lyon",
        "EXPÉRIENCE PROFESSIONNELLE",
        "Chargée de clientèle, Banque Populaire, Lyon",
        "janv. 2018 – aujourd'hui",
        "• Suivi d'un portefeuille de 300 clients particuliers",
        "Conseillère commerciale, Crédit Agricole, Grenoble",
        "sept. 2015 – déc. 2017",
        "FORMATION",
        "Master en Marketing, Université Jean Moulin Lyon 3, 2015",
        "LANGUES",
        "Français : langue maternelle, Anglais : courant, Espagnol : notions",
      ],
      name: "Camille Durand",
      jobs: [
        ["Chargée de clientèle", "Banque Populaire", "2018-01", null],
        ["Conseillère commerciale", "Crédit Agricole", "2015-09", "2017-12"],
      ],
      school: "Université Jean Moulin Lyon 3",
      levels: { French: "langue maternelle", English: "courant", Spanish: "notions" },
    },
  ])("$name: roles with their dates, the school, the languages with levels", async (c) => {
    const r = await parseResume(docxFrom(c.lines), { now });
    expect(r.contact.name?.value).toBe(c.name);
    expect(r.experience.map((e) => [e.title, e.company, e.start, e.end ?? null])).toEqual(c.jobs);
    expect(r.education[0]?.institution).toBe(c.school);
    expect(r.languageLevels).toEqual(c.levels);
  });
});
