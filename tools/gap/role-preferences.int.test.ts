/**
 * The analysis service every front end shares (CLI `analyze --role`, REST, chat): a described
 * role's pay and place fill the empty preferences through the profile service; a forced
 * posting stores nothing. Real service on PGlite and PostgreSQL.
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createProfileService } from "../profile/service.ts";
import { createAnalysisService } from "./service.ts";

describeEachDatabase("a described role's preferences through the analysis service", (getDb) => {
  it("a role read as a role stores its pay and place; the same words read as a posting store nothing", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const service = createAnalysisService(db);
    const text = "I want to become a registered nurse in Halifax, around 85k CAD";

    const asRole = await users.createUser({ displayName: "role" });
    const set = await service.setTarget(asRole.id, text, "role");
    expect(set.preferences?.noted.sort()).toEqual(
      ["desiredLocation", "salaryCurrency", "salaryTarget", "salaryPeriod"].sort(),
    );
    // "around 85k" is a target, not a floor.
    expect((await createProfileRepository(db).load(asRole.id)).preferences).toEqual({
      salaryTarget: 85000,
      salaryCurrency: "CAD",
      salaryPeriod: "year",
      desiredLocation: "Halifax",
      fromDescribedRole: ["desiredLocation", "salary"],
    });

    const asPosting = await users.createUser({ displayName: "posting" });
    expect((await service.setTarget(asPosting.id, text, "posting")).preferences).toBeUndefined();
    expect((await createProfileRepository(db).load(asPosting.id)).preferences).toEqual({});
  });

  it("a later described role replaces what an earlier one set, never what the person stated", async () => {
    const db = getDb();
    const service = createAnalysisService(db);
    const profiles = createProfileRepository(db);
    const user = await createUsersRepository(db).createUser({ displayName: "two roles" });

    await service.setTarget(
      user.id,
      "I want to become a registered nurse in Halifax, around 85k CAD",
      "role",
    );
    const second = await service.setTarget(
      user.id,
      "I want to be a data analyst in Toronto, 95k CAD",
      "role",
    );
    expect(second.preferences?.kept).toEqual([]);
    expect((await profiles.load(user.id)).preferences).toEqual({
      salaryMin: 95000,
      salaryCurrency: "CAD",
      salaryPeriod: "year",
      desiredLocation: "Toronto",
      fromDescribedRole: ["desiredLocation", "salary"],
    });

    // Said by the person: no described role replaces it, while the place still follows the roles.
    await createProfileService(profiles, getTaxonomy()).setPreferences(user.id, {
      salaryMin: 100000,
      salaryCurrency: "CAD",
    });
    const third = await service.setTarget(user.id, "I want to be a paramedic in Ottawa, 70k CAD", "role");
    expect(third.preferences?.kept).toEqual(["salaryMin"]);
    expect((await profiles.load(user.id)).preferences).toMatchObject({
      salaryMin: 100000,
      desiredLocation: "Ottawa",
      fromDescribedRole: ["desiredLocation"],
    });
  });
});
