/**
 * French diplomas written by their acronyms (trial17: a French accountant's CV read with no
 * education): the DCG at bachelor's level, the BTS and DUT at associate level, and the same
 * capitals in a telecom or test engineer's lines are no diploma. Lines invented.
 */
import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { findDegree } from "./degrees.ts";

describe("French diplomas", () => {
  it.each([
    [
      "DCG (Diplôme de comptabilité et de gestion) — Université Lyon 3, 2019",
      "bachelor",
      "DCG (Diplôme de comptabilité et de gestion)",
    ],
    ["DSCG, Institut de gestion de Rennes, 2022", "master", "DSCG"],
    ["BTS Comptabilité et gestion — Lycée Ampère, Lyon, 2016", "associate", "BTS Comptabilité et gestion"],
    ["DUT GEA, IUT de Nantes, 2012", "associate", "DUT GEA"],
    ["BTS en alternance, 2015", "associate", "BTS en alternance"],
    ["Brevet de technicien supérieur Management des unités commerciales", "associate", undefined],
    ["Lycée Jean Moulin — BTS", "associate", "BTS"],
  ])("reads %s", (line, level, degree) => {
    const found = findDegree(line);
    expect(found?.level).toBe(level);
    if (degree) expect(found?.degree).toBe(degree);
  });

  it.each([
    "BTS installation and commissioning for a regional operator",
    "Senior BTS Engineer",
    "Ran DUT fixture tests on the production line",
    "DUT testing with oscilloscopes and logic analysers",
    "Swapped BTS hardware on 120 sites across the north-west region of the network",
    "Hands-on experience with BTS Ericsson and Nokia equipment",
    "DUT Validation Lead",
  ])("reads no diploma in %s", (line) => {
    expect(findDegree(line)).toBeUndefined();
  });

  it("lists both diplomas of a French CV with their schools", async () => {
    const text = [
      "Camille Despréaux",
      "Comptable — Lyon · camille.d@example.fr",
      "EXPÉRIENCE PROFESSIONNELLE",
      "Comptable, Cabinet Morel & Associés, Lyon — 2019 – aujourd'hui",
      "Tenue de la comptabilité de 40 TPE, déclarations de TVA et liasses fiscales.",
      "FORMATION",
      "DCG (Diplôme de comptabilité et de gestion) — Université Lyon 3, 2019",
      "BTS Comptabilité et gestion — Lycée Ampère, Lyon, 2016",
    ].join("\n");
    const parsed = await parseResumeText(text, { now: new Date("2026-12-01T00:00:00Z") });
    expect(parsed.education.map((e) => [e.level, e.institution, e.end])).toEqual([
      ["bachelor", "Université Lyon 3", "2019"],
      ["associate", "Lycée Ampère", "2016"],
    ]);
  });
});
