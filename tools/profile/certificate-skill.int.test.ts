/**
 * New-user trial 2026-12-06: a nurse said "BLS and ACLS" and "I have my PMP"-style
 * certificates in chat; they were saved as skills only, so the ad's "BLS and ACLS
 * certification" stayed a gap. A certificate the taxonomy knows, added as a skill, is held as a
 * certification too (once), and the ad's ask reads it. The ad is made up for this test.
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { analyze } from "../gap/analyze.ts";
import { parseJobPosting } from "../jobs/parse.ts";
import { extractSkills } from "../skills/extract.ts";
import { createProfileService } from "./service.ts";

const AD = [
  "Staff Nurse, Step-Down Unit",
  "Requirements:",
  "- Current ACLS certification",
  "- Excellent patient communication",
].join("\n");

describeEachDatabase("a certificate named as a skill", (getDb) => {
  it("is held as a certification once, and meets the ad's certification ask", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "Nurse" });
    const repo = createProfileRepository(db);
    const service = createProfileService(repo, getTaxonomy());
    expect((await service.setSkill(me.id, { name: "ACLS" }, "chat")).certificate).toBe("added");
    expect(
      (await service.setSkill(me.id, { name: "advanced cardiac life support" }, "chat")).certificate,
    ).toBe("held");
    // A skill that is no certificate adds none.
    expect((await service.setSkill(me.id, { name: "SQL" }, "chat")).certificate).toBeUndefined();
    const stored = await repo.load(me.id);
    expect(stored.certifications.map((c) => c.name)).toEqual(["ACLS"]);

    const job = parseJobPosting(AD, (t) => extractSkills(t, { section: "job ad" }));
    const analysis = analyze(stored, job, gapDeps());
    expect(analysis.gaps.map((g) => g.skill).join(" | ")).not.toMatch(/ACLS/i);
  });
});
