/**
 * The REST API under 100 concurrent clients, on the embedded database and on PostgreSQL:
 * each client is a registered account that, in a loop, reads its profile, searches the
 * skill taxonomy, runs an analysis, lists its analyses, tracks an application and lists
 * its applications. p50/p95 per endpoint; the load runs in this process beside the
 * server, so the numbers include the client's own share of the CPU.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Db, migrateToLatest, openDatabase } from "../data/db/index.ts";
import { syncSkillsTable } from "../data/repositories/skills.ts";
import { ApiClient, startApiTestServer } from "../test-support/api-app.ts";
import { scratchPostgresForBench } from "../test-support/postgres-database.ts";
import { type BenchContext, percentiles } from "./harness.ts";

const CLIENTS = Number(process.env.API_BENCH_CLIENTS ?? 100);
const ROUNDS = Number(process.env.API_BENCH_ROUNDS ?? 3);

const STEPS: [string, (c: ApiClient, round: number) => Promise<{ status: number }>][] = [
  ["GET /api/users/profile/", (c) => c.call("GET", "/api/users/profile/")],
  ["GET /api/skills/?q=", (c) => c.call("GET", "/api/skills/?q=data&limit=20")],
  [
    "POST /api/jobs/eligibility/analyze/",
    (c) => c.call("POST", "/api/jobs/eligibility/analyze/", { role: "data analyst" }),
  ],
  ["GET /api/jobs/eligibility/", (c) => c.call("GET", "/api/jobs/eligibility/")],
  [
    "POST /api/applications/",
    (c, r) => c.call("POST", "/api/applications/", { company: `Acme ${r}`, position: "Analyst" }),
  ],
  ["GET /api/applications/", (c) => c.call("GET", "/api/applications/")],
];

async function loadOn(ctx: BenchContext, label: string, db: Db): Promise<void> {
  await syncSkillsTable(db);
  const server = await startApiTestServer({ db });
  try {
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const c = new ApiClient(server.url);
        const t0 = performance.now();
        await c.register(`bench-${i}@example.org`);
        const registerMs = performance.now() - t0;
        await c.call("POST", "/api/skills/user/", { name: "SQL", proficiency: "advanced" });
        await c.call("POST", "/api/skills/user/", { name: "Excel" });
        return { c, registerMs };
      }),
    );
    ctx.record({
      name: `api ${label}: POST /api/users/register/ (argon2, ${CLIENTS} at once)`,
      unit: "ms",
      ...percentiles(clients.map((x) => x.registerMs)),
      n: CLIENTS,
    });
    const samples = new Map<string, number[]>(STEPS.map(([name]) => [name, []]));
    let errors = 0;
    const t0 = performance.now();
    await Promise.all(
      clients.map(async ({ c }) => {
        for (let round = 0; round < ROUNDS; round++) {
          for (const [name, step] of STEPS) {
            const s = performance.now();
            const r = await step(c, round);
            samples.get(name)!.push(performance.now() - s);
            if (r.status >= 400) errors++;
          }
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    for (const [name, values] of samples)
      ctx.record({
        name: `api ${label}: ${name}`,
        unit: "ms",
        ...percentiles(values),
        n: values.length,
        errors,
      });
    ctx.record({
      name: `api ${label}: requests per second (${CLIENTS} clients)`,
      unit: "req/s",
      p50: (CLIENTS * ROUNDS * STEPS.length) / seconds,
      p95: (CLIENTS * ROUNDS * STEPS.length) / seconds,
      n: CLIENTS * ROUNDS * STEPS.length,
      errors,
    });
  } finally {
    await server.close();
  }
}

export default async function apiLoad(ctx: BenchContext): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cc-api-bench-"));
  const embedded = await openDatabase({ dataDir: dir });
  try {
    await migrateToLatest(embedded);
    await loadOn(ctx, "embedded", embedded);
  } finally {
    await embedded.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const pg = await scratchPostgresForBench("api.bench", { maxConnections: 10 });
  if (!pg) return;
  try {
    await loadOn(ctx, "PostgreSQL", pg.db);
  } finally {
    await pg.drop();
  }
}
