import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getTaxonomy, TAXONOMY_FILE } from "../taxonomy/index.ts";
import { loadQuestionBank } from "./load.ts";
import { ROLES } from "./roles.ts";
import { DIFFICULTIES, QUESTION_TYPES } from "./types.ts";

const { questions, files } = loadQuestionBank();

describe("the shipped interview question bank", () => {
  it("has at least 400 questions across at least 15 roles, one small file per role", () => {
    expect(questions.length).toBeGreaterThanOrEqual(400);
    const roles = new Set(questions.map((q) => q.role));
    expect(roles.size).toBeGreaterThanOrEqual(15);
    expect(files.length).toBe(roles.size);
    for (const role of ROLES)
      expect(questions.filter((q) => q.role === role.id).length).toBeGreaterThanOrEqual(20);
  });

  it("covers every type and difficulty, for technical and non-technical roles alike", () => {
    for (const t of QUESTION_TYPES) expect(questions.some((q) => q.type === t)).toBe(true);
    for (const d of DIFFICULTIES)
      expect(questions.filter((q) => q.difficulty === d).length).toBeGreaterThan(40);
    for (const role of ROLES) {
      const types = new Set(questions.filter((q) => q.role === role.id).map((q) => q.type));
      expect(types.size, role.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("says what a strong answer covers for every question", () => {
    for (const q of questions) expect(q.keyPoints.length, q.id).toBeGreaterThanOrEqual(3);
  });

  it("has no repeated questions", () => {
    const texts = questions.map((q) =>
      q.text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim(),
    );
    expect(new Set(texts).size).toBe(texts.length);
  });

  it.skipIf(!existsSync(TAXONOMY_FILE))(
    "tags every question with skills that resolve in the taxonomy",
    () => {
      const taxonomy = getTaxonomy();
      const unknown = questions.flatMap((q) =>
        q.skills.filter((s) => !taxonomy.get(s)).map((s) => `${q.id}:${s}`),
      );
      expect(unknown).toEqual([]);
      for (const q of questions) expect(q.skills.length, q.id).toBeGreaterThan(0);
    },
  );
});
