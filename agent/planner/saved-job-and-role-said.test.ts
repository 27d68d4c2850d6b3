/**
 * Jobs kept for later and roles said before the employer (trial19 §12, §13), in the chat's
 * languages. Messages written for this test.
 * - "bookmark this job: <title> at <company>, <link>" keeps title, company and link apart (the
 *   link was logged as the role);
 * - "my saved jobs" in any language lists the saved applications, "show my bookmarks" stays the
 *   bookmarks (the tool lists saved jobs beside the questions);
 * - "a <role> job at <Employer>" logs that role (it was "Role not given").
 */
import { describe, expect, it } from "vitest";
import { PROFILE_ONLY, planText } from "../../test-support/planner-turn.ts";

const added = async (text: string) =>
  (await planText(text, PROFILE_ONLY)).calls.find((c) => c.name === "add_application")?.args;

describe("a job saved with its title, employer and link", () => {
  const cases: [string, Record<string, string>][] = [
    [
      "bookmark this job: forklift driver at Northgate Logistics, https://jobs.example.net/fd-77",
      { position: "forklift driver", company: "Northgate Logistics", link: "https://jobs.example.net/fd-77" },
    ],
    [
      "pls save this job https://careers.example.com/r/5512 - pastry cook at Hotel Lindqvist",
      { position: "pastry cook", company: "Hotel Lindqvist", link: "https://careers.example.com/r/5512" },
    ],
    [
      "guarda esta oferta: auxiliar de enfermería en Clínica Serrano, https://empleo.example.es/a/3",
      {
        position: "auxiliar de enfermería",
        company: "Clínica Serrano",
        link: "https://empleo.example.es/a/3",
      },
    ],
    [
      "enregistre cette offre : vendeuse chez Boulangerie Marchand https://offres.example.fr/v/8",
      { position: "vendeuse", company: "Boulangerie Marchand", link: "https://offres.example.fr/v/8" },
    ],
    [
      "merk dir diese Stelle: Lagerhelfer bei Spedition Kruse, https://stellen.example.de/l/41",
      { position: "Lagerhelfer", company: "Spedition Kruse", link: "https://stellen.example.de/l/41" },
    ],
    [
      "salva essa vaga: recepcionista na Pousada Aurora https://vagas.example.pt/r/6",
      { position: "recepcionista", company: "Pousada Aurora", link: "https://vagas.example.pt/r/6" },
    ],
  ];
  for (const [text, want] of cases)
    it(`'${text}' keeps the title, the employer and the link apart, as saved`, async () => {
      expect(await added(text)).toEqual({ ...want, status: "saved" });
    });
  it("a saved job said with no link keeps title and employer", async () => {
    expect(await added("bookmark this job: night porter at Kestrel Hotel")).toEqual({
      position: "night porter",
      company: "Kestrel Hotel",
      status: "saved",
    });
  });
});

describe("saved jobs asked for", () => {
  for (const text of [
    "show my saved jobs",
    "show my bookmarked jobs",
    "mis trabajos guardados",
    "mes offres enregistrées",
    "zeig meine gemerkten Stellen",
    "minhas vagas salvas",
  ])
    it(`'${text}' lists the saved applications`, async () => {
      expect((await planText(text, PROFILE_ONLY)).calls).toEqual([
        { name: "list_applications", args: { status: "saved" } },
      ]);
    });
  it("'show my bookmarks' is the bookmarks (questions and saved jobs, listed by the tool)", async () => {
    expect((await planText("show my bookmarks", PROFILE_ONLY)).calls).toEqual([
      { name: "list_bookmarks", args: {} },
    ]);
  });
});

describe("the role said with its job noun before the employer", () => {
  const cases: [string, string, string][] = [
    [
      "i applied to a deli counter assistant job at the Harbour Market today",
      "deli counter assistant",
      "Harbour Market",
    ],
    ["me postulé a un puesto de cocinero en el Restaurante Olivar ayer", "cocinero", "Restaurante Olivar"],
    ["j'ai postulé à un poste de magasinier chez Brico Lumière hier", "magasinier", "Brico Lumière"],
    [
      "ich habe mich gestern auf eine Stelle als Elektriker bei Stadtwerke Halle beworben",
      "Elektriker",
      "Stadtwerke Halle",
    ],
    ["candidatei-me ontem a uma vaga de motorista na Transportes Coelho", "motorista", "Transportes Coelho"],
  ];
  for (const [text, position, company] of cases)
    it(`'${text}' logs ${position} at ${company}`, async () => {
      expect(await added(text)).toMatchObject({ position, company });
    });
  for (const text of ["I applied to a job at Pembury Foods"])
    it(`'${text}' names no role and says so`, async () => {
      expect(await added(text)).toMatchObject({ company: "Pembury Foods", position: "Role not given" });
    });
});
