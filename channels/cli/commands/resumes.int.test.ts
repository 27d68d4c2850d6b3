/**
 * `careercraft resumes forget` on a real PostgreSQL, run as a script would: without --yes it
 * only shows what would go; with it, the resume and what came only from it go; another person's
 * id and a corrupt id are refused with a clear line and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProfileRepository } from "../../../data/repositories/profile.ts";
import { createResumesRepository } from "../../../data/repositories/resumes.ts";
import { createUsersRepository } from "../../../data/repositories/users.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { runCli } from "../../../test-support/cli.ts";
import { POSTGRES_AVAILABLE } from "../../../test-support/db.ts";
import { createPostgresTestDatabase, type ScratchDatabase } from "../../../test-support/postgres-database.ts";
import { importResume } from "../../../tools/profile/resume-import.ts";
import { createProfileService } from "../../../tools/profile/service.ts";
import { parseResume } from "../../../tools/resume/parse.ts";

// A resume written for this test.
const RESUME = `Mira Okafor
mira.okafor@example.org | Leeds

EXPERIENCE
Warehouse Associate, Northgate Logistics, Leeds — 2020 to Present
- Picked and packed orders and ran the forklift

SKILLS
Forklift operation, Inventory management`;

const reader = { read: (_owner: string, bytes: Uint8Array) => parseResume(bytes) };

describe.skipIf(!POSTGRES_AVAILABLE)("careercraft resumes (CLI, PostgreSQL)", { timeout: 240_000 }, () => {
  let scratch: ScratchDatabase;
  beforeAll(async () => {
    scratch = await createPostgresTestDatabase({ prefix: "cc_cli_resumes" });
  });
  afterAll(() => scratch?.drop());
  const cli = (...args: string[]) => runCli(args, { env: { DATABASE_URL: scratch.url }, timeoutMs: 200_000 });

  it("shows, refuses wrong ids, then deletes only with --yes", async () => {
    const { db } = scratch;
    const users = createUsersRepository(db);
    const me = await users.createUser({ displayName: "Mira" });
    const other = await users.createUser({ displayName: "Other" });
    const file = { filename: "mira.txt", mimeType: "text/plain", bytes: new TextEncoder().encode(RESUME) };
    const { resumeId } = await importResume(db, me.id, file, reader);
    await createProfileService(createProfileRepository(db), getTaxonomy()).setSkill(me.id, { name: "Excel" });
    const profile = () => createProfileRepository(db).load(me.id);
    const before = await profile();
    expect(before.experience).toHaveLength(1);

    const listed = await cli("resumes", "list", "--user", me.id);
    expect(listed.stdout).toContain(resumeId);

    const shown = await cli("resumes", "forget", resumeId, "--user", me.id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Would delete resume mira\.txt/);
    expect(shown.stdout).toMatch(/experience: Warehouse Associate at Northgate Logistics/);
    expect(shown.stdout).toMatch(/Nothing was deleted/);

    const theirs = await cli("resumes", "forget", resumeId, "--user", other.id, "--yes");
    expect(theirs.code).not.toBe(0);
    expect(theirs.stderr).toMatch(/No resume of yours has the id/);
    const corrupt = await cli("resumes", "forget", "12; drop table resumes", "--user", me.id, "--yes");
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/is not a resume id/);
    expect(await profile()).toEqual(before);
    expect(await createResumesRepository(db).list(me.id)).toHaveLength(1);

    const done = await cli("resumes", "forget", "--user", me.id, "--yes", "--json");
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toMatchObject({ done: true, resume: { id: resumeId } });
    const after = await profile();
    expect(after.experience).toEqual([]);
    expect(after.skills.map((s) => s.skillId)).toEqual(
      before.skills.filter((s) => s.source !== "resume").map((s) => s.skillId),
    );
    expect(after.skills).toHaveLength(1);
    expect(await createResumesRepository(db).list(me.id)).toEqual([]);
  });
});
