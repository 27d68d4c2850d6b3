/**
 * History, comparison and reanalysis over the real repositories, on PGlite and on
 * PostgreSQL: analyses are stored per user, listed, compared, and reanalysis updates the
 * profile first and says what changed.
 */
import { expect, it } from "vitest";
import { isCareerCraftError } from "../../data/errors.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { gapDeps, job, requirement, skill } from "../../test-support/gap-fixtures.ts";
import { extractSkills } from "../skills/extract.ts";
import { compareStored, listHistory, parseContext, reanalyze, runAndStore } from "./history.ts";
import type { AnalysisStore } from "./ports.ts";
import { profilePortFromRepository } from "./profile-port.ts";

const deps = { ...gapDeps(), extract: (t: string) => extractSkills(t, { section: "chat" }) };
const target = job({
  title: "Platform Engineer",
  skills: [
    requirement("java", "required", { critical: true }),
    requirement("kubernetes", "required", { critical: true }),
  ],
  experience: [],
  education: undefined,
});

it("reads skills, years and levels from a chat message", () => {
  expect(
    parseContext("I also have 2 years of Kubernetes and I'm an expert in Terraform.", deps.extract),
  ).toEqual([
    expect.objectContaining({
      skillId: "kubernetes",
      years: 2,
      proficiency: "intermediate",
      proficiencyStated: true,
    }),
    expect.objectContaining({ skillId: "terraform", proficiency: "expert" }),
  ]);
});

describeEachDatabase("gap analysis history", (getDb) => {
  it("stores, lists, reanalyses with new context and compares, per user", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const profiles = createProfileRepository(db);
    const store = createAnalysesRepository(db) as unknown as AnalysisStore;
    const ports = { store, profile: profilePortFromRepository(profiles) };
    const me = await users.createUser({ displayName: "me" });
    const other = await users.createUser({ displayName: "other" });
    await profiles.upsertSkill(me.id, skill("java", "advanced", { years: 5 }));

    const first = await runAndStore(ports, deps, me.id, { posting: target, text: "platform engineer ad" });
    expect(first.analysis.verdict).toBe("UNFIT");
    expect(first.analysis.gaps[0]).toMatchObject({ skillId: "kubernetes", severity: "critical" });

    const again = await reanalyze(ports, deps, me.id, first.stored.id, "I also have 3 years of Kubernetes");
    expect(again.added.map((a) => a.skillId)).toEqual(["kubernetes"]);
    expect((await ports.profile.snapshot(me.id)).skills.map((s) => s.skillId).sort()).toEqual([
      "java",
      "kubernetes",
    ]);
    expect(again.analysis.verdict).toBe("FIT");
    expect(again.comparison.verdict).toEqual({ before: "UNFIT", after: "FIT", changed: true });
    expect(again.comparison.closedGaps).toContain("Kubernetes");
    expect(again.comparison.summary).toMatch(/UNFIT to FIT/);

    const history = await listHistory(store, me.id);
    expect(history.map((h) => h.id)).toEqual(expect.arrayContaining([first.stored.id, again.stored.id]));
    expect(history[0]).toMatchObject({ jobTitle: "Platform Engineer" });
    const compared = await compareStored(store, me.id, first.stored.id, again.stored.id);
    expect(compared.scores.readiness.delta).toBeGreaterThan(0);

    // Another user's analysis is invisible, and nothing is changed by trying.
    await expect(compareStored(store, other.id, first.stored.id, again.stored.id)).rejects.toSatisfy(
      (e) => isCareerCraftError(e) && e.code === "not_found",
    );
    await expect(reanalyze(ports, deps, other.id, first.stored.id, "I know Go")).rejects.toSatisfy(
      isCareerCraftError,
    );
    expect(await listHistory(store, other.id)).toEqual([]);

    // A message with no skill in it is a clear error and adds nothing.
    await expect(reanalyze(ports, deps, me.id, again.stored.id, "hello there")).rejects.toSatisfy(
      (e) => isCareerCraftError(e) && e.code === "validation",
    );
    expect((await listHistory(store, me.id)).length).toBe(2);
  });
});
