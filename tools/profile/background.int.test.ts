/**
 * A background told in chat by someone without a resume (issue 12, blind3 trial items 11 and
 * 16: nothing was saved): roles, skills and certificates saved in one step, nothing saved when
 * any part is bad, and nothing doubled when said again.
 */
import { expect, it } from "vitest";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { saveBackground } from "./background.ts";
import { createProfileService } from "./service.ts";

describeEachDatabase("a described background", (getDb) => {
  const setup = async () => {
    const db = getDb();
    const repo = createProfileRepository(db);
    const service = createProfileService(repo, getTaxonomy());
    const me = await createUsersRepository(db).createUser({ displayName: "Cook" });
    return { repo, service, me };
  };

  it("saves the role with its start, the skills at the level said and the certificate", async () => {
    const { repo, service, me } = await setup();
    const saved = await saveBackground(service, me.id, {
      roles: [{ title: "Line Cook", start: "2022-01", current: true }],
      skills: [
        { name: "grilling", proficiency: "intermediate" },
        { name: "Excel", proficiency: "beginner" },
      ],
      certifications: ["Food handler card"],
    });
    expect(saved.roles).toEqual([
      { title: "Line Cook", start: "2022-01", current: true, alreadyThere: false },
    ]);
    expect(saved.skills.map((s) => [s.name, s.proficiency, s.recognised])).toEqual([
      ["grilling", "intermediate", false],
      ["Microsoft Excel", "beginner", true],
    ]);
    const profile = await repo.load(me.id);
    expect(profile.experience).toMatchObject([
      { title: "Line Cook", start: "2022-01", current: true, source: "chat", skills: ["grilling", "Excel"] },
    ]);
    expect(profile.certifications.map((c) => c.name)).toEqual(["Food handler card"]);
    expect(profile.skills.map((s) => s.name).sort()).toEqual(["Microsoft Excel", "grilling"]);
  });

  it("backs the skills named with the job by that job, with its years (trial 2026-12-06: SQL only listed)", async () => {
    const { repo, service, me } = await setup();
    const twoYearsAgo = new Date();
    twoYearsAgo.setUTCMonth(twoYearsAgo.getUTCMonth() - 24);
    const start = twoYearsAgo.toISOString().slice(0, 7);
    await saveBackground(service, me.id, {
      roles: [{ title: "Data Analyst", start, current: true }],
      skills: [{ name: "SQL" }, { name: "Tableau" }],
    });
    const skills = (await repo.load(me.id)).skills;
    expect(skills.map((s) => [s.name, s.validated, s.years])).toEqual(
      expect.arrayContaining([
        ["SQL", true, 2],
        ["Tableau", true, 2],
      ]),
    );
    // Skills said with no job behind them stay listed only.
    const other = await createUsersRepository(getDb()).createUser({ displayName: "Listed" });
    await saveBackground(service, other.id, { skills: [{ name: "SQL" }] });
    expect((await repo.load(other.id)).skills.map((s) => [s.validated, s.years])).toEqual([
      [false, undefined],
    ]);
  });

  it("saves nothing when one part is bad, and says what was wrong", async () => {
    const { repo, service, me } = await setup();
    await expect(
      saveBackground(service, me.id, {
        roles: [{ title: "Electrician Apprentice", start: "2024-13" }],
        skills: [{ name: "conduit bending" }],
      }),
    ).rejects.toThrow(/background is not valid/);
    await expect(
      saveBackground(service, me.id, {
        roles: [{ title: "Electrician Apprentice" }],
        skills: [{ name: "<script>" }],
      }),
    ).rejects.toThrow(/not valid/);
    await expect(saveBackground(service, me.id, { roles: [], skills: [] })).rejects.toThrow(
      /names no role, skill, certificate or degree/,
    );
    const profile = await repo.load(me.id);
    expect(profile.experience).toEqual([]);
    expect(profile.skills).toEqual([]);
  });

  it("does not add the same role or certificate twice when told again", async () => {
    const { repo, service, me } = await setup();
    const told = { roles: [{ title: "Cook" }], certifications: ["Food handler card"] };
    await saveBackground(service, me.id, told);
    const again = await saveBackground(service, me.id, told);
    expect(again.roles[0]!.alreadyThere).toBe(true);
    expect(again.certifications[0]!.alreadyThere).toBe(true);
    const profile = await repo.load(me.id);
    expect(profile.experience).toHaveLength(1);
    expect(profile.certifications).toHaveLength(1);
  });
});
