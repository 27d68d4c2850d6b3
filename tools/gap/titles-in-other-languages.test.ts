/**
 * trial14 §6: a nurse whose resume gives her titles in Spanish ("Enfermera de …") was read as no
 * occupation, so the described-role gate called a clinical research coordinator role another
 * field's work. Her titles read as in English: the same closeness as the English resume's.
 * Profiles written for this test; the real role finder, occupation reader and embedder.
 */
import { describe, expect, it } from "vitest";
import { describedRole, profile } from "../../test-support/gap-fixtures.ts";
import { titleInEnglish } from "../jobs/title-in-english.ts";
import { shippedEmbedder } from "./evidence.ts";
import { gateTitleSimilarity, occupationMatch } from "./occupation-match.ts";

const nurse = (title: string) =>
  profile({
    experience: [
      {
        title,
        company: "Hospital General",
        start: "2016-01",
        end: "2024-06",
        bullets: ["Cared for patients on chemotherapy and kept their records"],
        skills: [],
      },
    ],
  });

describe("held titles in other languages", () => {
  it.each([
    ["Enfermera de Oncología", "oncology nurse"],
    ["Coordinadora de Ensayos Clínicos", "clinical research coordinator"],
    ["Krankenschwester", "nurse"],
    ["Registered Nurse", "Registered Nurse"],
    ["Commercial Manager", "Commercial Manager"],
  ])("%s reads as %s", (said, english) => {
    expect(titleInEnglish(said)).toBe(english);
  });

  it("a Spanish nurse's title is as close to clinical research coordination as the English one", () => {
    const crc = describedRole("clinical research coordinator");
    const spanish = nurse("Enfermera de Oncología");
    const english = nurse("Oncology Nurse");
    const embedder = shippedEmbedder();
    const es = gateTitleSimilarity(spanish, crc, embedder, undefined);
    const en = gateTitleSimilarity(english, crc, embedder, undefined);
    expect(es).toBeCloseTo(en, 2);
    const match = occupationMatch(spanish, crc, undefined);
    expect(match?.yours?.occupation.title).toBe(
      occupationMatch(english, crc, undefined)?.yours?.occupation.title,
    );
  });
});
