/** Foundation numbers: embedded start-up cost, query round trips, queue enqueue. */
import { performance } from "node:perf_hooks";
import { migrateToLatest, openDatabase } from "../data/db/index.ts";
import { createEmbeddedQueue } from "../data/queue/index.ts";
import type { BenchContext } from "./harness.ts";

export default async function (ctx: BenchContext): Promise<void> {
  const t0 = performance.now();
  const db = await openDatabase({ memory: true });
  const opened = performance.now() - t0;
  await migrateToLatest(db);
  const migrated = performance.now() - t0;
  ctx.record({ name: "pglite open (memory)", unit: "ms", p50: opened, p95: opened, n: 1 });
  ctx.record({ name: "pglite open + migrate (memory)", unit: "ms", p50: migrated, p95: migrated, n: 1 });
  await ctx.measure("pglite SELECT 1", () => db.query("SELECT 1"), { iterations: 500, unit: "us" });
  const queue = createEmbeddedQueue(db);
  queue.register("noop", async () => {});
  await ctx.measure("embedded queue enqueue", () => queue.enqueue("noop", { x: 1 }), { iterations: 200 });
  await queue.close();
  await db.close();

  const url = process.env.DATABASE_URL;
  if (url) {
    const pgdb = await openDatabase({ databaseUrl: url });
    await ctx.measure("postgres SELECT 1", () => pgdb.query("SELECT 1"), { iterations: 500, unit: "us" });
    await pgdb.close();
  }
}
