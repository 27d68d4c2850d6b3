import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createProfileService } from "./service.ts";

describeEachDatabase("profile service", (getDb) => {
  const setup = async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const repo = createProfileRepository(db);
    const service = createProfileService(repo, getTaxonomy());
    const me = await users.createUser({ displayName: "Me" });
    const other = await users.createUser({ displayName: "Other" });
    return { repo, service, me, other };
  };

  it("adds a skill by any of its names, then changes and removes it", async () => {
    const { service, me, repo } = await setup();
    const added = await service.setSkill(me.id, { name: "k8s", proficiency: "beginner" });
    expect(added).toMatchObject({
      action: "added",
      skill: { skillId: "kubernetes", proficiency: "beginner", proficiencyStated: true },
    });
    const changed = await service.setSkill(me.id, { name: "Kubernetes", proficiency: "advanced" });
    expect(changed).toMatchObject({
      action: "updated",
      previous: "beginner",
      skill: { proficiency: "advanced" },
    });
    expect((await repo.listSkills(me.id)).map((s) => [s.skillId, s.proficiency])).toEqual([
      ["kubernetes", "advanced"],
    ]);
    await service.removeSkill(me.id, "K8S");
    expect(await repo.listSkills(me.id)).toEqual([]);
  });

  it("refuses bad input with a clear message and saves nothing", async () => {
    const { service, me, repo } = await setup();
    await expect(service.setSkill(me.id, { name: "florbnitz wrangling" })).rejects.toThrow(
      /I don't know a skill called/,
    );
    await expect(service.setSkill(me.id, { name: "Python", proficiency: "godlike" })).rejects.toThrow(
      /skill is not valid \(proficiency\)/,
    );
    await expect(service.updateContact(me.id, { email: "not an email" })).rejects.toThrow(
      /must be an email address/,
    );
    await expect(service.updateContact(me.id, { isAdmin: true })).rejects.toThrow(/not valid/);
    await expect(
      service.addEntry(me.id, "experience", { title: "Dev", start: "2022-05", end: "2021-01" }),
    ).rejects.toThrow(/end date is before the start date/);
    await expect(service.addEntry(me.id, "education", { gpa: "3.9" })).rejects.toThrow(
      /needs at least an institution/,
    );
    await expect(service.removeSkill(me.id, "Python")).rejects.toThrow(/not in your skills/);
    const profile = await repo.load(me.id);
    expect(profile.skills).toEqual([]);
    expect(profile.experience).toEqual([]);
    expect(profile.education).toEqual([]);
    expect(profile.contact.email).toBeUndefined();
  });

  it("edits only the fields given and never another person's entries", async () => {
    const { service, me, other, repo } = await setup();
    const { id } = await service.addEntry(me.id, "experience", {
      title: "Data Analyst",
      company: "Acme",
      start: "2021-03",
      bullets: ["Built dashboards in Tableau"],
    });
    await service.updateEntry(me.id, "experience", id, { title: "Senior Data Analyst" });
    const [exp] = (await repo.load(me.id)).experience;
    expect(exp).toMatchObject({
      title: "Senior Data Analyst",
      company: "Acme",
      bullets: ["Built dashboards in Tableau"],
      source: "manual",
    });
    await expect(service.updateEntry(other.id, "experience", id, { title: "Hijacked" })).rejects.toThrow(
      /No experience entry/,
    );
    await expect(service.removeEntry(other.id, "experience", id)).rejects.toThrow(/No experience entry/);
    expect((await repo.load(me.id)).experience[0]!.title).toBe("Senior Data Analyst");
  });
});

describeEachDatabase("profile preferences", (getDb) => {
  it("merges preference changes, keeps values unique, and refuses bad ones saving nothing", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "Me" });
    const other = await createUsersRepository(db).createUser({ displayName: "Other" });
    const repo = createProfileRepository(db);
    const service = createProfileService(repo, getTaxonomy());

    await service.setPreferences(me.id, { salaryMin: 90000, salaryCurrency: "eur", salaryPeriod: "year" });
    await service.setPreferences(me.id, { remote: "remote", values: ["Mentoring", "work-life balance"] });
    const result = await service.setPreferences(me.id, { values: ["mentoring", "small team"] });
    expect(result.changed).toEqual(["values"]);
    expect((await repo.load(me.id)).preferences).toEqual({
      salaryMin: 90000,
      salaryCurrency: "EUR",
      salaryPeriod: "year",
      remote: "remote",
      values: ["mentoring", "work-life balance", "small team"],
    });

    await expect(service.setPreferences(me.id, { salaryCurrency: "euros" })).rejects.toThrow(
      /3-letter currency code/,
    );
    await expect(service.setPreferences(me.id, { salaryMin: 100, salaryMax: 50 })).rejects.toThrow(
      /lowest salary must not be above the highest/,
    );
    await expect(service.setPreferences(me.id, { isAdmin: true })).rejects.toThrow(/not valid/);
    await expect(service.setPreferences(me.id, {})).rejects.toThrow(/which preference/);
    expect((await repo.load(me.id)).preferences.salaryCurrency).toBe("EUR");
    expect((await repo.load(other.id)).preferences).toEqual({});
  });

  it("a pay target and a minimum replace each other; a described role's source is not settable", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "Me" });
    const repo = createProfileRepository(db);
    const service = createProfileService(repo, getTaxonomy());
    await service.setPreferences(me.id, { salaryMin: 90000, salaryMax: 100000, salaryCurrency: "USD" });
    await service.setPreferences(me.id, { salaryTarget: 120000 });
    expect((await repo.load(me.id)).preferences).toEqual({ salaryTarget: 120000, salaryCurrency: "USD" });
    await service.setPreferences(me.id, { salaryMin: 110000 });
    expect((await repo.load(me.id)).preferences).toEqual({ salaryMin: 110000, salaryCurrency: "USD" });
    await expect(service.setPreferences(me.id, { fromDescribedRole: ["salary"] })).rejects.toThrow(
      /not valid/,
    );
  });
});
