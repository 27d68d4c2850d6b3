/**
 * trial14 §6: "qué otros caminos profesionales hay para una enfermera…" with two "Enfermera de …"
 * roles on file found no occupation to start from. A title held in another language is read
 * in English first. The profile is written here.
 */
import { expect, it } from "vitest";
import { profile } from "../../test-support/gap-fixtures.ts";
import { careerPaths } from "./career-paths.ts";

const held = (...titles: string[]) =>
  profile({
    experience: titles.map((title, i) => ({
      title,
      company: "Hospital Provincial",
      start: `${2014 + i * 5}-01`,
      end: i === titles.length - 1 ? "2025-06" : `${2018 + i * 5}-12`,
      bullets: [],
      skills: [],
    })),
    skills: [],
  });

it("finds paths from a nurse's Spanish titles as from the English ones", async () => {
  const spanish = (
    await careerPaths(held("Enfermera de Urgencias", "Enfermera de Oncología"), undefined, 3)
  ).map((p) => p.title);
  const english = (await careerPaths(held("Emergency Nurse", "Oncology Nurse"), undefined, 3)).map(
    (p) => p.title,
  );
  expect(spanish.length).toBeGreaterThan(0);
  expect(spanish).toEqual(english);
});
