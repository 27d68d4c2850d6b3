/**
 * Runs the skill measurements on the whole shared data sets and holds the quality floor.
 * The data lives in ../shared/data (absent on a user's clone): the test skips with a
 * message then, and fails under CI=true where the data must be present.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDotin } from "./dotin.ts";
import { sharedDataDir } from "./shared-data.ts";
import { evaluatePostings, evaluateSkillSpan } from "./skillspan.ts";

const shared = sharedDataDir();
const dotinDir = path.join(shared, "resumes/dotin_train");
const skillspanDev = path.join(shared, "skillspan/dev.json");
const postings = path.join(shared, "job_postings/skillspan_postings_train_dev.jsonl");
const present = [dotinDir, skillspanDev, postings].every((p) => existsSync(p));
const inCi = process.env.CI === "true";

if (!present && !inCi) {
  console.warn(`skills eval: skipped, reference data not found under ${shared}`);
}

describe.runIf(present || inCi)(
  "skill extraction quality on the shared data sets",
  { timeout: 180_000 },
  () => {
    it("reference data is present", () => {
      expect(present, `reference data missing under ${shared}`).toBe(true);
    });

    it("dotin resumes: skills F1 >= 0.75 at the canonical level", () => {
      const result = evaluateDotin(dotinDir);
      console.info(`dotin skills: ${JSON.stringify(result.skills)} strict: ${JSON.stringify(result.strict)}`);
      expect(result.resumes).toBeGreaterThan(100);
      expect(result.skills.f1).toBeGreaterThanOrEqual(0.75);
      expect(result.goldCoverage).toBeGreaterThan(0.5);
    });

    it("SkillSpan dev: knowledge spans found at the canonical level", () => {
      const result = evaluateSkillSpan(skillspanDev);
      console.info(`skillspan dev: ${JSON.stringify(result.levels)}`);
      expect(result.sentences).toBeGreaterThan(1000);
      expect(result.levels.canonicalKnown.precision).toBeGreaterThan(0.5);
      expect(result.levels.canonicalKnown.recall).toBeGreaterThan(0.5);
    });

    it("whole job postings: canonical precision stays high", () => {
      const result = evaluatePostings(postings);
      console.info(`postings: ${JSON.stringify(result)}`);
      expect(result.canonicalKnown.precision).toBeGreaterThan(0.65);
    });
  },
);
