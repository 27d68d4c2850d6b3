import { expect, it } from "vitest";
import { describeEachDatabase } from "../../test-support/db.ts";
import { createProfileRepository } from "../repositories/profile.ts";
import { createUsersRepository } from "../repositories/users.ts";
import { migrateToLatest } from "./migrate.ts";

describeEachDatabase("data layer", (getDb, kind) => {
  it("runs migrations a second time as a no-op", async () => {
    const db = getDb();
    expect(db.kind).toBe(kind);
    const again = await migrateToLatest(db);
    expect(again.applied).toEqual([]);
  });

  it("has pgvector with cosine distance", async () => {
    const { rows } = await getDb().query<{ d: number }>(
      `SELECT '[1,0,0]'::vector <=> '[0,1,0]'::vector AS d`,
    );
    expect(rows[0]!.d).toBeCloseTo(1, 5);
  });

  it("rolls a failed transaction back completely", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const user = await users.createUser({ displayName: "Tx" });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`UPDATE users SET display_name = 'changed' WHERE id = $1`, [user.id]);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await users.getUser(user.id))!.displayName).toBe("Tx");
  });

  it("maps a channel identity to one user, stably", async () => {
    const users = createUsersRepository(getDb());
    const a = await users.resolveIdentity({ channel: "slack", externalId: "T1:U1", displayName: "Ana" });
    const b = await users.resolveIdentity({ channel: "slack", externalId: "T1:U1" });
    const c = await users.resolveIdentity({ channel: "discord", externalId: "U1" });
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
    await expect(users.linkIdentity(a.id, { channel: "discord", externalId: "U1" })).rejects.toThrow(
      /already linked/,
    );
    await users.linkIdentity(a.id, { channel: "teams", externalId: "tenant:obj" });
    expect((await users.identitiesOf(a.id)).map((i) => i.channel).sort()).toEqual(["slack", "teams"]);
  });

  it("keeps every profile entry scoped to its owner", async () => {
    const db = getDb();
    const users = createUsersRepository(db);
    const profiles = createProfileRepository(db);
    const ana = await users.createUser({ displayName: "Ana" });
    const bo = await users.createUser({ displayName: "Bo" });
    await profiles.setContactFields(ana.id, { name: "Ana Silva", email: "ana@example.com" }, "manual");
    const eduId = await profiles.addEntry(
      ana.id,
      "education",
      { institution: "State U", level: "bachelor", field: "CS" },
      "resume",
    );
    const expId = await profiles.addEntry(
      ana.id,
      "experience",
      {
        title: "Engineer",
        company: "Acme",
        start: "2020-01",
        current: true,
        bullets: ["Built APIs"],
        skills: ["nodejs"],
      },
      "resume",
    );
    await profiles.upsertSkill(ana.id, {
      skillId: "python",
      name: "Python",
      proficiency: "advanced",
      proficiencyReason: "stated",
      proficiencyStated: true,
      source: "manual",
      evidence: [],
      validated: false,
    });

    // Another user's ids behave exactly like unknown ids and change nothing.
    await expect(profiles.updateEntry(bo.id, "education", eduId, { field: "Art" }, "manual")).rejects.toThrow(
      /No education entry/,
    );
    await expect(profiles.deleteEntry(bo.id, "experience", expId)).rejects.toThrow(/No experience entry/);
    await expect(profiles.deleteEntry(ana.id, "experience", "not-a-uuid")).rejects.toThrow(
      /No experience entry/,
    );
    expect(await profiles.removeSkill(bo.id, "python")).toBe(false);

    const p = await profiles.load(ana.id);
    expect(p.contact).toMatchObject({ name: "Ana Silva", email: "ana@example.com" });
    expect(p.fieldSources).toEqual({ name: "manual", email: "manual" });
    expect(p.education).toEqual([
      { id: eduId, source: "resume", institution: "State U", level: "bachelor", field: "CS" },
    ]);
    expect(p.experience[0]).toMatchObject({
      title: "Engineer",
      current: true,
      bullets: ["Built APIs"],
      skills: ["nodejs"],
    });
    expect(p.skills.map((s) => s.skillId)).toEqual(["python"]);
    const empty = await profiles.load(bo.id);
    expect(empty.education).toEqual([]);
    expect(empty.skills).toEqual([]);

    await profiles.updateEntry(ana.id, "education", eduId, { field: "Computer Science" }, "manual");
    expect((await profiles.load(ana.id)).education[0]).toMatchObject({
      field: "Computer Science",
      source: "manual",
    });
    await users.deleteUser(ana.id);
    expect((await profiles.load(ana.id)).experience).toEqual([]);
  });
});
