/**
 * Issue 12 (chat12t): a job left said in any language ("dejé acme en marzo") is found on the
 * profile by the words said (company or title named as whole words), before the name read from
 * them; a name the profile does not have still changes nothing. Real database; sentences written
 * for this test.
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { saveBackground } from "./background.ts";
import { changeRole } from "./role-change.ts";
import { createProfileService } from "./service.ts";

const NOW = new Date("2026-12-06T12:00:00Z");

describeEachDatabase("a job left, found by the words said", (getDb) => {
  const setup = async () => {
    const db = getDb();
    const repo = createProfileRepository(db);
    const service = createProfileService(repo, getTaxonomy());
    const me = await createUsersRepository(db).createUser({ displayName: "Two jobs" });
    await saveBackground(service, me.id, {
      roles: [
        { title: "Cashier", company: "Acme", start: "2020-01", current: true },
        { title: "Shift Lead", company: "Brightline", start: "2022-01", current: true },
      ],
    });
    return { repo, service, me };
  };

  it("'dejé acme en marzo' ends the Acme job, not the other one held", async () => {
    const { repo, service, me } = await setup();
    const result = await changeRole(service, me.id, { end: "2026-03", said: "dejé acme en marzo" }, NOW);
    expect(result).toMatchObject({ changed: true, company: "Acme", end: "2026-03", current: false });
    const jobs = (await repo.load(me.id)).experience;
    expect(jobs.find((j) => j.company === "Acme")).toMatchObject({ end: "2026-03", current: false });
    expect(jobs.find((j) => j.company === "Brightline")).toMatchObject({ current: true });
  });

  it("a title said in the words finds its role: 'ya no soy shift lead'", async () => {
    const { service, me } = await setup();
    const result = await changeRole(service, me.id, { left: true, said: "ya no soy shift lead" }, NOW);
    expect(result).toMatchObject({ changed: true, company: "Brightline", end: "2026-12" });
  });

  it("an employer the profile does not have changes nothing and lists the roles", async () => {
    const { repo, service, me } = await setup();
    const before = (await repo.load(me.id)).experience;
    const result = await changeRole(
      service,
      me.id,
      { role: "Nortel", end: "2026-03", said: "dejé Nortel en marzo" },
      NOW,
    );
    expect(result).toMatchObject({ changed: false, said: "Nortel" });
    expect((await repo.load(me.id)).experience).toEqual(before);
  });
});
