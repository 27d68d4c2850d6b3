/**
 * "EHR (Epic)" in a skills message keeps the product: Epic is saved (a child of Electronic
 * Health Records, so it still meets an EHR ask), and a described family nurse practitioner's
 * "Medical software (such as MEDITECH, Epic)" is met by it instead of planning MEDITECH (a new
 * user's trial, issue 13, F1.3).
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { gapDeps, profile } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { describeDreamRole } from "../jobs/dream-role.ts";
import { loadRoleFinder } from "../jobs/target.ts";
import { createProfileService } from "./service.ts";

describeEachDatabase("a kind of tool with its product in brackets", (getDb) => {
  it("saves the product, which meets an ask naming it and one for the kind", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "Nurse" });
    const repo = createProfileRepository(db);
    const service = createProfileService(repo, getTaxonomy());
    const added = await service.setSkill(me.id, { name: "EHR (Epic)" });
    expect(added.skill.skillId).toBe("epic-ehr");
    // A bracket that is no product of the kind changes nothing.
    expect((await service.setSkill(me.id, { name: "Python (advanced)" })).skill.skillId).toBe("python");

    const deps = gapDeps();
    const nurse = profile({ skills: (await repo.listSkills(me.id)).filter((s) => s.skillId === "epic-ehr") });
    const role = describeDreamRole("family nurse practitioner", await loadRoleFinder(), deps.graph);
    const analysis = analyze(nurse, role, deps);
    const medical = analysis.gaps.find((g) => /Medical software/.test(g.skill));
    expect(medical?.skillId ?? "met").not.toBe("meditech");
  });
});
