import type { Command } from "commander";
import type { CliContext } from "../context.ts";

// main.ts (HTTP channels, agent, queue) loads only when a service command runs: importing
// it at the top cost every other command, even --help, about two seconds of startup.
const service = () => import("../../../main.ts");

/** `serve` (what npm start runs) and `migrate`. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command("serve")
    .description("run the service (HTTP channels, agent, job queue) until SIGTERM/SIGINT")
    .action(async () => {
      const { runUntilSignal } = await service();
      await runUntilSignal(await ctx.config());
    });

  program
    .command("worker")
    .description("run queued jobs only (reminders, long parses) against REDIS_URL; for the scaled-out shape")
    .action(async () => {
      const { runWorkerUntilSignal } = await service();
      await runWorkerUntilSignal(await ctx.config());
    });

  program
    .command("migrate")
    .description("apply database migrations (embedded DATA_DIR or DATABASE_URL); a no-op when up to date")
    .option("--json", "print the result as JSON")
    .action(async (opts: { json?: boolean }) => {
      const { migrateToLatest, openDatabase } = await import("../../../data/db/index.ts");
      const c = await ctx.config();
      const db = await openDatabase({ databaseUrl: c.databaseUrl, dataDir: c.dataDir });
      try {
        const { applied } = await migrateToLatest(db);
        if (opts.json) ctx.printJson({ applied });
        else
          ctx.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "database is up to date\n");
      } finally {
        await db.close();
      }
    });
}
