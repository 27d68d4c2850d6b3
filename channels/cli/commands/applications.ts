/**
 * `careercraft applications ...`: track job applications from a terminal or a script.
 * Every subcommand takes --user ID and --json; errors come out as one clear line (or a
 * JSON error object with --json) and a non-zero exit code.
 */

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { CareerCraftError, isCareerCraftError, validationError } from "../../../data/errors.ts";
import type { JobQueue } from "../../../data/queue/index.ts";
import type { ApplicationsContext, ReminderScheduler } from "../../../tools/applications/index.ts";
import { STATUSES } from "../../../tools/applications/status.ts";
import type { CliContext } from "../context.ts";
import { cliUserId } from "./cli-user.ts";
import { terminalTimeZone } from "./terminal-time-zone.ts";

// The tracking service, the queue, the repositories and the formatters (which pull in
// date parsing) load when a subcommand runs, so `careercraft --help` and every other
// command do not pay for them at startup.
async function loadModules() {
  const [tools, format, queue, store] = await Promise.all([
    import("../../../tools/applications/index.ts"),
    import("./applications-format.ts"),
    import("../../../data/queue/index.ts"),
    import("../../../data/repositories/application-store.ts"),
  ]);
  return { tools, format, queue, store };
}
type Tools = Awaited<ReturnType<typeof loadModules>>["tools"];
type Format = Awaited<ReturnType<typeof loadModules>>["format"];

interface CommonOptions {
  user: string;
  json?: boolean;
  timeZone?: string;
}

const STATUS_LIST = STATUSES.join(", ");

/** Runs one subcommand with an open database, a context for the user, and error output (reminders.ts too). */
export async function run<T>(
  ctx: CliContext,
  opts: CommonOptions,
  work: (apps: ApplicationsContext, tools: Tools) => Promise<T>,
  print: (result: T, format: Format) => string,
): Promise<void> {
  try {
    const config = await ctx.config();
    const modules = await loadModules();
    const { tools, format } = modules;
    await ctx.withDb(async (db) => {
      opts.user = await cliUserId(db, opts.user);
      // Opened only when a reminder must be armed; the service's worker runs the job.
      let queue: JobQueue | undefined;
      const scheduler: ReminderScheduler = {
        async arm(reminder, now, options) {
          queue ??= await modules.queue.createJobQueue(db, { redisUrl: config.redisUrl });
          return tools.queueReminderScheduler(queue).arm(reminder, now, options);
        },
      };
      try {
        const apps = applicationsContext(
          modules.store.createApplicationStore(db),
          opts,
          config.applications.followUpDays,
          scheduler,
        );
        const result = await work(apps, tools);
        if (opts.json) ctx.printJson(result);
        else ctx.stdout.write(`${print(result, format)}\n`);
      } finally {
        await queue?.close(2_000);
      }
    });
  } catch (error) {
    if (!opts.json || !isCareerCraftError(error)) throw error;
    ctx.printJson({ error: { code: error.code, message: error.userMessage } });
    process.exitCode = error.code === "validation" ? 2 : 1;
  }
}

function applicationsContext(
  store: ApplicationsContext["store"],
  opts: CommonOptions,
  followUpDays: number,
  scheduler: ReminderScheduler,
): ApplicationsContext {
  return {
    store,
    userId: opts.user,
    followUpDays,
    // A terminal user means their own day by "today"; scripts can pin a zone.
    timeZone: terminalTimeZone(opts.timeZone),
    scheduler,
  };
}

export const common = (command: Command) =>
  command
    .requiredOption(
      "--user <id>",
      "whose applications: a user id, or the name you chat with (chat --user <name>)",
    )
    .option("--time-zone <zone>", "IANA time zone for dates such as 'yesterday' (default: this machine's)")
    .option("--json", "print the result as JSON");

export function wholeNumber(name: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw validationError(`--${name} must be a whole number.`);
    return Number(value);
  };
}

export function register(program: Command, ctx: CliContext): void {
  const apps = program
    .command("applications")
    .alias("apps")
    .description("track job applications: add, list, update, status changes, reminders, stats and charts");

  common(apps.command("add"))
    .description("add an application (applied today unless --applied-on or --status saved)")
    .requiredOption("--company <name>", "company")
    .requiredOption("--position <title>", "position / job title")
    .option("--status <status>", `starting status: ${STATUS_LIST}`, "applied")
    .option("--applied-on <date>", "when you applied: 2026-05-04, yesterday, last Monday")
    .option("--location <text>", "location")
    .option("--salary <text>", "salary or range, as written")
    .option("--link <url>", "link to the job posting")
    .option("--source <text>", "where you found it (LinkedIn, referral, career fair...)")
    .option("--notes <text>", "notes")
    .option("--job-description <text>", "the job description text")
    .option("--interview-at <when>", "next interview, e.g. 'Thursday 2pm' (for the day-before reminder)")
    .action(async (opts) => {
      await run(
        ctx,
        opts,
        (c, t) =>
          t
            .addApplication(c, {
              company: opts.company,
              position: opts.position,
              status: opts.status,
              appliedOn: opts.appliedOn,
              location: opts.location,
              salary: opts.salary,
              link: opts.link,
              source: opts.source,
              notes: opts.notes,
              jobDescription: opts.jobDescription,
              interviewAt: opts.interviewAt,
            })
            .then((application) => ({ application })),
        ({ application }, f) => `Added ${f.formatApplication(application)}`,
      );
    });

  common(apps.command("list"))
    .description("list applications, newest first")
    .option("--status <status>", `only these statuses (comma-separated): ${STATUS_LIST}`)
    .option("--search <text>", "only companies or positions containing this text")
    .option("--limit <n>", "at most this many (1-500)", wholeNumber("limit"), 50)
    .option("--offset <n>", "skip this many", wholeNumber("offset"), 0)
    .action(async (opts) => {
      await run(
        ctx,
        opts,
        async (c, t) => {
          const list = await t.listApplications(c, {
            status: opts.status,
            search: opts.search,
            limit: opts.limit,
            offset: opts.offset,
          });
          // Each stage named for its role ("Practical interview" for a cook), as the chat names it.
          const { stageNames } = await import("../../../tools/applications/interview-kind.ts");
          return { ...list, stages: Object.fromEntries(await stageNames(list.items)) };
        },
        (list, f) => f.formatApplicationList(list),
      );
    });

  common(apps.command("show <id>"))
    .description("one application with its status history and reminders")
    .action(async (id: string, opts) => {
      await run(
        ctx,
        opts,
        (c, t) => t.getApplication(c, id),
        (details, f) => f.formatDetails(details),
      );
    });

  common(apps.command("update <id>"))
    .description("change fields of an application (an empty value clears an optional field)")
    .option("--company <name>", "company")
    .option("--position <title>", "position")
    .option("--applied-on <date>", "when you applied")
    .option("--location <text>", "location")
    .option("--salary <text>", "salary")
    .option("--link <url>", "link")
    .option("--source <text>", "source")
    .option("--notes <text>", "notes")
    .option("--job-description <text>", "job description")
    .option("--interview-at <when>", "next interview time ('' clears it)")
    .action(async (id: string, opts) => {
      const fields = [
        "company",
        "position",
        "appliedOn",
        "location",
        "salary",
        "link",
        "source",
        "notes",
        "jobDescription",
        "interviewAt",
      ];
      const changes = Object.fromEntries(
        fields.filter((f) => opts[f] !== undefined).map((f) => [f, opts[f]]),
      );
      await run(
        ctx,
        opts,
        async (c, t) => {
          if (Object.keys(changes).length === 0)
            throw validationError("Nothing to update: pass at least one field option.");
          return { application: await t.updateApplication(c, id, changes) };
        },
        ({ application }, f) => `Updated ${f.formatApplication(application)}`,
      );
    });

  common(apps.command("status <id> <status>"))
    .description(`move an application to a new status: ${STATUS_LIST}`)
    .option("--note <text>", "a note for the history (who called, what was said)")
    .option("--interview-at <when>", "when the interview of this stage is, e.g. 'Thursday 2pm'")
    .action(async (id: string, status: string, opts) => {
      await run(
        ctx,
        opts,
        (c, t) => t.changeStatus(c, id, status, { note: opts.note, interviewAt: opts.interviewAt }),
        ({ application, event }, f) =>
          `${event.fromStatus} -> ${event.toStatus}: ${f.formatApplication(application)}`,
      );
    });

  common(apps.command("undo <id>"))
    .description("undo the latest status change of an application")
    .action(async (id: string, opts) => {
      await run(
        ctx,
        opts,
        (c, t) => t.undoLastStatusChange(c, id),
        ({ application, event }, f) =>
          `Undid ${event.fromStatus} -> ${event.toStatus}: ${f.formatApplication(application)}`,
      );
    });

  common(apps.command("delete <id>"))
    .description("delete an application with its history and reminders")
    .action(async (id: string, opts) => {
      await run(
        ctx,
        opts,
        async (c, t) => ({ deleted: await t.deleteApplication(c, id) }),
        ({ deleted }, f) => `Deleted ${f.formatApplication(deleted)}`,
      );
    });

  common(apps.command("reminders"))
    .description("pending reminders, soonest first: follow-ups and the day before an interview")
    .option("--within-days <n>", "only those due within this many days", wholeNumber("within-days"))
    .action(async (opts) => {
      await run(
        ctx,
        opts,
        async (c, t) => ({
          reminders: await t.upcomingReminders(c, opts.withinDays ? { withinDays: opts.withinDays } : {}),
        }),
        ({ reminders }, f) => f.formatReminders(reminders, opts.withinDays),
      );
    });

  common(apps.command("remind <id> <when>"))
    .description("move an application's follow-up reminder to a day: friday, 'in 3 days', 2026-12-10")
    .action(async (id: string, when: string, opts) => {
      await run(
        ctx,
        opts,
        (c, t) => t.remindOn(c, id, when),
        ({ application, dueAt }, f) =>
          `Follow-up reminder for ${f.formatApplication(application)} on ${dueAt.toISOString()}`,
      );
    });

  common(apps.command("stop-reminders <id>"))
    .description("stop an application's pending reminders (editing it later does not bring them back)")
    .action(async (id: string, opts) => {
      await run(
        ctx,
        opts,
        (c, t) => t.stopReminders(c, id),
        ({ application, stopped }, f) =>
          stopped === 0
            ? `No reminder was pending for ${f.formatApplication(application)}`
            : `Stopped ${stopped} reminder${stopped === 1 ? "" : "s"} for ${f.formatApplication(application)}`,
      );
    });

  common(apps.command("stats"))
    .description("response, interview and offer rates, the funnel, weekly volume and what made a difference")
    .option("--charts <dir>", "also write funnel and weekly charts (SVG and PNG) into this folder")
    .action(async (opts) => {
      await run(
        ctx,
        opts,
        async (c, t) => {
          const stats = await t.applicationStats(c);
          const charts = opts.charts ? await writeCharts(t, opts.charts, stats) : undefined;
          return { ...stats, ...(charts ? { chartFiles: charts } : {}) };
        },
        (stats, f) => f.formatStats(stats),
      );
    });
}

async function writeCharts(
  tools: Tools,
  dir: string,
  stats: Awaited<ReturnType<Tools["applicationStats"]>>,
): Promise<string[]> {
  const charts = await tools.applicationCharts(stats);
  if (charts.length === 0) return [];
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CareerCraftError("validation", `Cannot create the folder ${dir}: ${(error as Error).message}`);
  }
  const files: string[] = [];
  for (const chart of charts) {
    const base = path.join(dir, chart.title.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
    writeFileSync(`${base}.svg`, chart.svg!);
    writeFileSync(`${base}.png`, Buffer.from(chart.pngBase64!, "base64"));
    files.push(`${base}.svg`, `${base}.png`);
  }
  return files;
}
