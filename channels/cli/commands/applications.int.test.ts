/**
 * The applications commands as a script runs them: a real process, a real database,
 * JSON on stdout and exit codes.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateToLatest, openDatabase } from "../../../data/db/index.ts";
import { createUsersRepository } from "../../../data/repositories/users.ts";
import { createPostgresTestDatabase, POSTGRES_AVAILABLE } from "../../../test-support/db.ts";

const run = promisify(execFile);
const MAIN = path.resolve(import.meta.dirname, "..", "main.ts");

describe("careercraft applications (CLI)", () => {
  let env: NodeJS.ProcessEnv;
  let me: string;
  let them: string;
  let cleanup: () => Promise<void>;
  const workDir = mkdtempSync(path.join(tmpdir(), "cc-cli-apps-"));

  beforeAll(async () => {
    // PostgreSQL when there is one (much faster to open per process), else an embedded folder.
    const base = { ...process.env, REDIS_URL: "", TZ: "UTC" };
    if (POSTGRES_AVAILABLE) {
      const created = await createPostgresTestDatabase();
      env = { ...base, DATABASE_URL: created.url };
      const users = createUsersRepository(created.db);
      me = (await users.createUser({})).id;
      them = (await users.createUser({})).id;
      cleanup = created.drop;
    } else {
      const dataDir = path.join(workDir, "data");
      const db = await openDatabase({ dataDir });
      await migrateToLatest(db);
      const users = createUsersRepository(db);
      me = (await users.createUser({})).id;
      them = (await users.createUser({})).id;
      await db.close();
      env = { ...base, DATABASE_URL: "", DATA_DIR: dataDir };
      cleanup = async () => undefined;
    }
  });

  afterAll(async () => {
    await cleanup();
    rmSync(workDir, { recursive: true, force: true });
  });

  // biome-ignore lint/suspicious/noExplicitAny: JSON printed by another process; the assertions check its shape.
  async function cli(...args: string[]): Promise<{ code: number; json: any; stderr: string }> {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ["--import", "tsx", MAIN, "applications", ...args],
        { env },
      );
      return { code: 0, json: stdout.trim().startsWith("{") ? JSON.parse(stdout) : stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return {
        code: e.code,
        json: e.stdout.trim().startsWith("{") ? JSON.parse(e.stdout) : e.stdout,
        stderr: e.stderr,
      };
    }
  }

  it("adds, lists, moves, reports and deletes, with --json and exit codes", async () => {
    const added = await cli(
      "add",
      "--user",
      me,
      "--company",
      "Acme",
      "--position",
      "Dev",
      "--applied-on",
      "2026-11-02",
      "--json",
    );
    expect(added.code).toBe(0);
    const id = added.json.application.id;
    expect(added.json.application).toMatchObject({
      company: "Acme",
      status: "applied",
      appliedOn: "2026-11-02",
    });

    const refused = await cli("status", id, "accepted", "--user", me, "--json");
    expect(refused.code).toBe(2);
    expect(refused.json.error).toEqual({
      code: "validation",
      message: "You can only accept an offer: mark the application as offer first.",
    });

    const moved = await cli("status", id, "phone_screen", "--user", me, "--json");
    expect(moved.code).toBe(0);
    expect(moved.json.event).toMatchObject({ fromStatus: "applied", toStatus: "phone_screen" });

    const list = await cli("list", "--user", me, "--json");
    expect(list.json.total).toBe(1);
    expect(list.json.items[0].status).toBe("phone_screen");

    const stats = await cli("stats", "--user", me, "--json", "--charts", path.join(workDir, "charts"));
    expect(stats.json).toMatchObject({ submitted: 1, responded: 1, responseRate: 1, interviewRate: 1 });
    expect(readFileSync(path.join(workDir, "charts", "application-funnel.svg"), "utf8")).toMatch(/^<svg/);

    const foreign = await cli("delete", id, "--user", them);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/was not found/);

    expect((await cli("delete", id, "--user", me, "--json")).json.deleted.id).toBe(id);
    expect((await cli("list", "--user", me, "--json")).json.total).toBe(0);
  }, 240_000);

  // lang12 (issue 12): the skills round is named for the role, as in the chat — a cook's is a
  // practical interview, a nurse's an interview; the status token stays technical_interview.
  it("lists the interview stage by the role's field", async () => {
    const ids: string[] = [];
    for (const position of ["Line Cook", "Registered Nurse", "Backend Engineer"]) {
      const added = await cli(
        "add",
        "--user",
        them,
        "--company",
        `Co ${position}`,
        "--position",
        position,
        "--json",
      );
      ids.push(added.json.application.id);
      await cli("status", added.json.application.id, "phone_screen", "--user", them, "--json");
      await cli("status", added.json.application.id, "technical_interview", "--user", them, "--json");
    }
    const listed = await cli("list", "--user", them);
    const line = (id: string) =>
      String(listed.json)
        .split("\n")
        .find((l) => l.startsWith(id)) ?? "";
    expect(line(ids[0]!)).toMatch(/ Practical interview /);
    expect(line(ids[1]!)).toMatch(/ Interview /);
    expect(line(ids[2]!)).toMatch(/ Technical interview /);
    const json = await cli("list", "--user", them, "--json");
    expect(json.json.items.map((a: { status: string }) => a.status)).toEqual(
      Array(3).fill("technical_interview"),
    );
    for (const id of ids) await cli("delete", id, "--user", them, "--json");
  }, 240_000);

  // Trial: after `careercraft chat --user priya`, `careercraft apps add --user priya ...` answered
  // "No user with id priya". A name is the same person on every command.
  it("takes the name a person chats with as --user, the same person as chat --user <name>", async () => {
    const name = `priya-${Date.now()}`;
    const added = await cli(
      "add",
      "--user",
      name,
      "--company",
      "Larkfield",
      "--position",
      "UX Researcher",
      "--json",
    );
    expect(added.code).toBe(0);
    const again = await cli("list", "--user", name, "--json");
    expect(again.json.total).toBe(1);
    expect(again.json.applications?.[0]?.company ?? JSON.stringify(again.json)).toContain("Larkfield");
  }, 150_000);

  it("refuses an unknown user and a bad status with a clear line", async () => {
    const unknown = await cli("list", "--user", "00000000-0000-4000-8000-000000000000");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No user with id/);
    const bad = await cli("add", "--user", me, "--company", "A", "--position", "P", "--status", "hired");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"hired" is not an application status/);
    expect((await cli("list", "--user", me, "--json")).json.total).toBe(0);
  }, 150_000);

  it("lists, moves and stops reminders with the chat's service; another person's id is refused", async () => {
    const added = await cli(
      "add",
      "--user",
      me,
      "--company",
      "Gusto",
      "--position",
      "SDR",
      "--applied-on",
      "yesterday",
      "--json",
    );
    const id = added.json.application.id;
    const listed = await cli("reminders", "--user", me);
    expect(listed.json).toMatch(/follow-up\s+SDR at Gusto/);
    expect((await cli("reminders", "--user", me, "--within-days", "1")).json).toMatch(
      /No reminders due in the next 1 day/,
    );

    const moved = await cli("remind", id, "in 3 days", "--user", me, "--json");
    expect(moved.code).toBe(0);
    const due = new Date(moved.json.dueAt).getTime();
    expect(due - Date.now()).toBeGreaterThan(2 * 86_400_000);
    expect(due - Date.now()).toBeLessThan(4 * 86_400_000);
    expect((await cli("remind", id, "someday maybe", "--user", me)).code).toBe(2);

    const foreign = await cli("stop-reminders", id, "--user", them);
    expect(foreign.code).not.toBe(0);
    expect(foreign.stderr).toMatch(/application/i);
    expect((await cli("reminders", "--user", me, "--json")).json.reminders).toHaveLength(1);

    expect((await cli("stop-reminders", id, "--user", me)).json).toMatch(
      /Stopped 1 reminder for SDR at Gusto/,
    );
    await cli("update", id, "--user", me, "--notes", "recruiter: Dana");
    expect((await cli("reminders", "--user", me, "--json")).json.reminders).toEqual([]);
    await cli("delete", id, "--user", me);
  }, 240_000);
});
