/**
 * Issue 12 (chat15u, trial14 §4): the person's name corrected in chat goes to the profile through
 * the profile service; a name read in capitals is written with capital initials; what is no name
 * is refused and nothing changes. And an employer corrected on a role goes in the employer, never
 * the title (the trial's "change the employer of my … role to …" replaced the title). Real
 * database; names and roles written for this test.
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { correctEntry } from "./entry-correction.ts";
import { correctName } from "./name-correction.ts";
import { createProfileService } from "./service.ts";

describeEachDatabase("the name and a role's employer corrected", (getDb) => {
  const setup = async () => {
    const db = getDb();
    const repo = createProfileRepository(db);
    const service = createProfileService(repo, getTaxonomy());
    const me = await createUsersRepository(db).createUser({ displayName: "Renamed" });
    await service.updateContact(me.id, { name: "DANA OKAFOR" });
    return { repo, service, me };
  };

  it("a name said in chat replaces the one read in capitals", async () => {
    const { repo, service, me } = await setup();
    const result = await correctName(service, me.id, { name: "Dana Okafor" });
    expect(result).toEqual({ name: "Dana Okafor", before: "DANA OKAFOR", changed: true });
    expect((await repo.load(me.id)).contact.name).toBe("Dana Okafor");
  });

  it("a name typed in small letters gets capital initials; accents and hyphens stay", async () => {
    const { repo, service, me } = await setup();
    await correctName(service, me.id, { name: "inés garcía-lópez" });
    expect((await repo.load(me.id)).contact.name).toBe("Inés García-López");
  });

  it("what is no name is refused and the stored name stays", async () => {
    const { repo, service, me } = await setup();
    await expect(correctName(service, me.id, { name: "call 555 0199" })).rejects.toThrow(
      /doesn't look like a name/,
    );
    expect((await repo.load(me.id)).contact.name).toBe("DANA OKAFOR");
  });

  it("an employer set on a role named by its title changes the employer, not the title", async () => {
    const { repo, service, me } = await setup();
    await service.addEntry(me.id, "experience", {
      title: "Field Sales Lead",
      company: "Northwind Mid-Market",
    });
    await service.addEntry(me.id, "experience", { title: "Inside Sales Rep", company: "Contoso" });
    const result = await correctEntry(service, me.id, {
      action: "edit",
      kind: "experience",
      which: "Field Sales Lead",
      set: { company: "Northwind Logistics" },
    });
    expect(result).toMatchObject({ changed: true });
    const jobs = (await repo.load(me.id)).experience;
    expect(jobs.find((j) => j.title === "Field Sales Lead")?.company).toBe("Northwind Logistics");
    expect(jobs.find((j) => j.title === "Inside Sales Rep")?.company).toBe("Contoso");
  });
});
