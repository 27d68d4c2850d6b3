/**
 * "Delete my resume" (trial18 §5): one resume forgotten with what came only from it, on
 * PGlite and PostgreSQL. Before, the only deletion was of everything, and entries did not
 * know which resume they came from.
 */
import { expect, it } from "vitest";
import type { Db } from "../../data/db/types.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { createResumesRepository } from "../../data/repositories/resumes.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeEachDatabase } from "../../test-support/db.ts";
import { docxFrom } from "../../test-support/fixtures/resume/index.ts";
import { parseResume } from "../resume/parse.ts";
import { forgetResume } from "./forget-resume.ts";
import { importResume } from "./resume-import.ts";
import { createProfileService } from "./service.ts";

const now = new Date("2026-06-01T00:00:00Z");
const reader = { read: (_owner: string, bytes: Uint8Array) => parseResume(bytes, { now }) };
const file = (name: string, lines: string[]) => ({
  filename: name,
  bytes: docxFrom(lines),
  mimeType: "application/octet-stream",
});

const analystResume = file("analyst.docx", [
  "Nadia Okonkwo",
  "nadia.okonkwo@example.de · Dresden",
  "EXPERIENCE",
  "Data Analyst, Falkenberg Analytik, Dresden, 03/2019 – present",
  "• Built dashboards in Tableau and wrote SQL reports for the sales team",
  "EDUCATION",
  "MSc Data Science, TU Dresden, 2018",
]);
const baristaResume = file("barista.docx", [
  "Nadia Okonkwo",
  "nadia.okonkwo@example.de · Dresden",
  "EXPERIENCE",
  "Data Analyst, Falkenberg Analytik, Dresden, 03/2019 – present",
  "• Wrote SQL reports for the sales team",
  "Barista, Elbe Rösterei, Dresden, 01/2015 – 02/2019",
  "• Kept stock lists in Excel",
]);

async function personWithTwoResumes(db: Db) {
  const users = createUsersRepository(db);
  const me = await users.createUser({ displayName: "Nadia" });
  const analyst = await importResume(db, me.id, analystResume, reader);
  const barista = await importResume(db, me.id, baristaResume, reader);
  const service = createProfileService(createProfileRepository(db), getTaxonomy());
  // Said by the person in chat: stays whatever resume goes.
  await service.setSkill(me.id, { name: "Python", proficiency: "intermediate" });
  await service.addEntry(me.id, "experience", { title: "Volunteer tutor", company: "Stadtbibliothek" });
  return { me, analyst: analyst.resumeId, barista: barista.resumeId };
}

const summary = async (db: Db, userId: string) => {
  const p = await createProfileRepository(db).load(userId);
  return {
    jobs: p.experience.map((e) => e.company).sort(),
    schools: p.education.map((e) => e.institution),
    skills: p.skills.map((s) => s.skillId),
    email: p.contact.email,
    resumes: (await createResumesRepository(db).list(userId)).map((r) => r.filename).sort(),
  };
};

describeEachDatabase("forgetting one resume", (getDb) => {
  it("previews, then deletes only what came from that resume alone; the person's own words stay", async () => {
    const db = getDb();
    const { me, analyst } = await personWithTwoResumes(db);
    const before = await summary(db, me.id);
    expect(before.jobs).toEqual(["Elbe Rösterei", "Falkenberg Analytik", "Stadtbibliothek"]);
    expect(before.skills).toEqual(expect.arrayContaining(["tableau", "sql", "excel", "python"]));

    const preview = await forgetResume(db, me.id, { resumeId: analyst, confirm: false });
    expect(preview.done).toBe(false);
    expect(preview.resume.filename).toBe("analyst.docx");
    const removed = preview.removes.map((r) => `${r.kind}:${r.label}`);
    expect(removed).toEqual(expect.arrayContaining(["skills:Tableau"]));
    expect(removed.some((r) => r.startsWith("education:"))).toBe(true);
    expect(preview.keeps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "experience", because: "in_other_resume" }),
        expect.objectContaining({ kind: "skills", id: "sql", because: "in_other_resume" }),
      ]),
    );
    expect(preview.otherResumes.map((r) => r.filename)).toEqual(["barista.docx"]);
    expect(await summary(db, me.id)).toEqual(before); // a preview changes nothing

    const done = await forgetResume(db, me.id, { resumeId: analyst, confirm: true });
    expect(done.done).toBe(true);
    const after = await summary(db, me.id);
    expect(after.resumes).toEqual(["barista.docx"]);
    expect(after.jobs).toEqual(["Elbe Rösterei", "Falkenberg Analytik", "Stadtbibliothek"]);
    expect(after.schools).toEqual([]);
    expect(after.skills).not.toContain("tableau");
    expect(after.skills).toEqual(expect.arrayContaining(["sql", "excel", "python"]));
    expect(after.email).toBe("nadia.okonkwo@example.de"); // another resume is left: contact kept
  });

  it("forgetting the last resume takes its entries and contact details, never what the person said", async () => {
    const db = getDb();
    const { me, analyst, barista } = await personWithTwoResumes(db);
    await forgetResume(db, me.id, { resumeId: analyst, confirm: true });
    const done = await forgetResume(db, me.id, { confirm: true }); // "my resume": the one left
    expect(done.resume.id).toBe(barista);
    expect(done.clears).toEqual(expect.arrayContaining(["email", "name"]));
    const after = await summary(db, me.id);
    expect(after).toMatchObject({ jobs: ["Stadtbibliothek"], schools: [], skills: ["python"], resumes: [] });
    expect(after.email).toBeUndefined();
  });

  it("another person's resume id, a corrupt id and an unknown id change nothing, with a clear message", async () => {
    const db = getDb();
    const { me, analyst } = await personWithTwoResumes(db);
    const other = await createUsersRepository(db).createUser({ displayName: "Other" });
    await importResume(db, other.id, baristaResume, reader);
    const mine = await summary(db, me.id);
    const theirs = await summary(db, other.id);
    await expect(forgetResume(db, other.id, { resumeId: analyst, confirm: true })).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringMatching(/No resume of yours.*Nothing was deleted/),
    });
    await expect(forgetResume(db, me.id, { resumeId: "cv-1; drop", confirm: true })).rejects.toMatchObject({
      code: "validation",
      message: expect.stringMatching(/is not a resume id.*Nothing was deleted/),
    });
    await expect(
      forgetResume(db, me.id, { resumeId: "00000000-0000-4000-8000-000000000000", confirm: true }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await summary(db, me.id)).toEqual(mine);
    expect(await summary(db, other.id)).toEqual(theirs);
  });

  it("a person with no resume is told there is nothing to delete", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "New" });
    await expect(forgetResume(db, me.id, { confirm: false })).rejects.toMatchObject({
      code: "not_found",
      message: expect.stringContaining("no resume stored"),
    });
  });

  it("entries stored before resumes were linked go with the only resume (the migration's back-fill case)", async () => {
    const db = getDb();
    const me = await createUsersRepository(db).createUser({ displayName: "Old" });
    const repo = createProfileRepository(db);
    await createResumesRepository(db).create(me.id, {
      filename: "old.pdf",
      mime: "application/pdf",
      bytes: new Uint8Array([1, 2, 3]),
    });
    await repo.addEntry(me.id, "experience", { title: "Cook", company: "Nopa" }, "resume");
    await repo.addEntry(me.id, "experience", { title: "Server", company: "Zuni" }, "manual");
    const preview = await forgetResume(db, me.id, { confirm: false });
    expect(preview.removes.map((r) => r.label)).toEqual(["Cook at Nopa"]);
    await forgetResume(db, me.id, { confirm: true });
    expect((await repo.load(me.id)).experience.map((e) => e.company)).toEqual(["Zuni"]);
  });
});
