/**
 * Application tracking speed: analytics over 1,000 applications with their status
 * histories, 3,000 more of other people in the same tables (target p50 <= 20 ms) on embedded PGlite and on PostgreSQL, plus the
 * everyday writes and the chart rendering.
 */
import { type Db, migrateToLatest, openDatabase } from "../data/db/index.ts";
import { createApplicationStore } from "../data/repositories/application-store.ts";
import { createUsersRepository } from "../data/repositories/users.ts";
import { seedApplicationHistory } from "../test-support/application-history.ts";
import { scratchPostgresForBench } from "../test-support/postgres-database.ts";
import { applicationCharts } from "../tools/applications/charts.ts";
import type { ApplicationsContext } from "../tools/applications/context.ts";
import { addApplication, listApplications } from "../tools/applications/service.ts";
import { applicationStats } from "../tools/applications/stats.ts";
import { changeStatus } from "../tools/applications/workflow.ts";
import { type BenchContext, percentiles } from "./harness.ts";

const APPLICATIONS = 1_000;
const TODAY = "2026-11-22";
const NOW = new Date(`${TODAY}T12:00:00Z`);

async function benchOn(ctx: BenchContext, db: Db, label: string): Promise<void> {
  const users = createUsersRepository(db);
  const userId = (await users.createUser({ displayName: "bench" })).id;
  // Other people's applications share the tables, as in production.
  for (let i = 0; i < 3; i++) {
    await seedApplicationHistory(db, (await users.createUser({})).id, {
      count: APPLICATIONS,
      today: TODAY,
      seed: i,
    });
  }
  await seedApplicationHistory(db, userId, { count: APPLICATIONS, today: TODAY });
  await db.query("ANALYZE");
  const apps: ApplicationsContext = {
    store: createApplicationStore(db),
    userId,
    followUpDays: 7,
    now: () => NOW,
  };

  const stats = await applicationStats(apps);
  if (stats.total !== APPLICATIONS)
    throw new Error(`expected ${APPLICATIONS} applications, saw ${stats.total}`);
  await ctx.measure(`applications analytics, 1,000 apps [${label}]`, () => applicationStats(apps), {
    iterations: 100,
  });
  await recordCpu(
    ctx,
    `applications analytics, 1,000 apps, CPU time [${label}]`,
    () => applicationStats(apps),
    100,
  );
  await ctx.measure(`applications list 50 [${label}]`, () => listApplications(apps, { limit: 50 }), {
    iterations: 100,
  });
  let n = 0;
  await ctx.measure(
    `applications add + status change [${label}]`,
    async () => {
      const app = await addApplication(apps, { company: `New ${n++}`, position: "Dev", source: "LinkedIn" });
      await changeStatus(apps, app.id, "phone_screen", { interviewAt: "2026-11-25T15:00:00Z" });
    },
    { iterations: 50 },
  );
  if (label === "pglite") {
    await ctx.measure("applications charts, funnel + weekly, SVG + PNG", () => applicationCharts(stats), {
      iterations: 20,
      warmup: 2,
    });
  }
}

/**
 * Process CPU time per call: on a busy shared machine wall time mostly measures waiting
 * for a core, CPU time what the call itself costs (PGlite runs in this process; for
 * PostgreSQL it is only the client side).
 */
async function recordCpu(ctx: BenchContext, name: string, fn: () => Promise<unknown>, iterations: number) {
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  ctx.record({ name, unit: "ms", ...percentiles(samples), n: iterations });
}

export default async function (ctx: BenchContext): Promise<void> {
  const pglite = await openDatabase({ memory: true });
  try {
    await migrateToLatest(pglite);
    await benchOn(ctx, pglite, "pglite");
  } finally {
    await pglite.close();
  }
  const scratch = await scratchPostgresForBench("applications bench", { maxConnections: 4 });
  if (!scratch) return;
  try {
    await benchOn(ctx, scratch.db, "postgres");
  } finally {
    await scratch.drop();
  }
}
