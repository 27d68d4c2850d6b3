/**
 * Salary, location and culture fit stop being n/a once the person says what they want
 * (issue 13, item 5): the reanalysis reads the preference from the message, stores it with
 * the profile service, and the same job scores it. A message with neither a skill nor a
 * preference is refused and changes nothing. Real analysis service on PGlite and PostgreSQL.
 */
import { expect, it } from "vitest";
import { isCareerCraftError } from "../../data/errors.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { SAMPLE_AD, skill } from "../../test-support/gap-fixtures.ts";
import { createAnalysisService } from "./service.ts";
import { preferencesIn } from "./stated-preferences.ts";

it("reads pay, work mode, relocation and values from a message", () => {
  expect(preferencesIn("I expect at least 60,000 EUR a year")).toEqual({
    salaryMin: 60_000,
    salaryCurrency: "EUR",
    salaryPeriod: "year",
  });
  expect(preferencesIn("I prefer remote work")).toEqual({ remote: "remote" });
  expect(preferencesIn("I would rather not relocate")).toEqual({ relocate: false });
  expect(preferencesIn("I'm open to relocating")).toEqual({ relocate: true });
  expect(preferencesIn("I care about autonomy and work-life balance")).toEqual({
    values: ["autonomy", "work-life balance"],
  });
  expect(preferencesIn("I also have 3 years of Spark and Airflow")).toEqual({});
});

describeEachDatabase("preferences through reanalysis", (getDb) => {
  it("a stated pay expectation turns salary from 'not said' into a score", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "pay" });
    const profiles = createProfileRepository(db);
    await profiles.upsertSkill(me.id, skill("java", "advanced", { years: 5 }));
    const service = createAnalysisService(db, { now: () => new Date("2026-12-02T00:00:00Z") });
    const first = await service.analyzeText(me.id, { text: SAMPLE_AD, kind: "posting" });
    if (!first.ok) throw new Error("analysis needs a job and a profile");
    expect(first.analysis.scores.salary).toBeNull();
    expect(first.analysis.scoreDetails.salary.needs).toBe("salary");

    await expect(service.reanalyze(me.id, first.stored.id, "hello there")).rejects.toSatisfy(
      (e) => isCareerCraftError(e) && e.code === "validation",
    );
    expect((await profiles.load(me.id)).preferences).toEqual({});

    const again = await service.reanalyze(me.id, first.stored.id, "I expect at least 60,000 EUR a year");
    expect(again.preferences).toMatchObject({ salaryMin: 60_000, salaryCurrency: "EUR" });
    expect((await profiles.load(me.id)).preferences).toMatchObject({ salaryMin: 60_000 });
    expect(again.analysis.scores.salary).toBe(100);
    expect(again.analysis.scoreDetails.salary.needs).toBeUndefined();
  });
});
