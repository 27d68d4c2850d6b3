/**
 * `careercraft applications ...`: track job applications from a terminal or a script.
 * Every subcommand takes --user ID and --json; errors come out as one clear line (or a
 * JSON error object with --json) and a non-zero exit code.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { Db } from "../../../data/db/index.ts";
import { CareerCraftError, isCareerCraftError, validationError } from "../../../data/errors.ts";
import { createJobQueue, type JobQueue } from "../../../data/queue/index.ts";
import { createApplicationStore } from "../../../data/repositories/application-store.ts";
import {
  type ApplicationsContext,
  addApplication,
  applicationCharts,
  applicationStats,
  changeStatus,
  deleteApplication,
  getApplication,
  listApplications,
  queueReminderScheduler,
  type ReminderScheduler,
  STATUSES,
  undoLastStatusChange,
  updateApplication,
} from "../../../tools/applications/index.ts";
import type { CliContext } from "../context.ts";
import {
  formatApplication,
  formatApplicationList,
  formatDetails,
  formatStats,
} from "./applications-format.ts";

interface CommonOptions {
  user: string;
  json?: boolean;
  timeZone?: string;
}

const STATUS_LIST = STATUSES.join(", ");

/** Runs one subcommand with an open database, a context for the user, and error output. */
async function run<T>(
  ctx: CliContext,
  opts: CommonOptions,
  work: (apps: ApplicationsContext) => Promise<T>,
  print: (result: T) => string,
): Promise<void> {
  try {
    const config = ctx.config();
    await ctx.withDb(async (db) => {
      // Opened only when a reminder must be armed; the service's worker runs the job.
      let queue: JobQueue | undefined;
      const scheduler: ReminderScheduler = {
        arm(reminder, now, options) {
          queue ??= createJobQueue(db, { redisUrl: config.redisUrl });
          return queueReminderScheduler(queue).arm(reminder, now, options);
        },
      };
      try {
        const result = await work(applicationsContext(db, opts, config.applications.followUpDays, scheduler));
        if (opts.json) ctx.printJson(result);
        else ctx.stdout.write(`${print(result)}\n`);
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
  db: Db,
  opts: CommonOptions,
  followUpDays: number,
  scheduler: ReminderScheduler,
): ApplicationsContext {
  return {
    store: createApplicationStore(db),
    userId: opts.user,
    followUpDays,
    // A terminal user means their own day by "today"; scripts can pin a zone.
    timeZone: opts.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC",
    scheduler,
  };
}

const common = (command: Command) =>
  command
    .requiredOption("--user <id>", "the user id the applications belong to")
    .option("--time-zone <zone>", "IANA time zone for dates such as 'yesterday' (default: this machine's)")
    .option("--json", "print the result as JSON");

function wholeNumber(name: string) {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw validationError(`--${name} must be a whole number.`);
    return Number(value);
  };
}

export function register(program: Command, ctx: CliContext): void {
  const apps = program
    .command("applications")
    .alias("apps")
    .description("track job applications: add, list, update, status changes, stats and charts");

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
        (c) =>
          addApplication(c, {
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
          }).then((application) => ({ application })),
        ({ application }) => `Added ${formatApplication(application)}`,
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
        (c) =>
          listApplications(c, {
            status: opts.status,
            search: opts.search,
            limit: opts.limit,
            offset: opts.offset,
          }),
        formatApplicationList,
      );
    });

  common(apps.command("show <id>"))
    .description("one application with its status history and reminders")
    .action(async (id: string, opts) => {
      await run(ctx, opts, (c) => getApplication(c, id), formatDetails);
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
        async (c) => {
          if (Object.keys(changes).length === 0)
            throw validationError("Nothing to update: pass at least one field option.");
          return { application: await updateApplication(c, id, changes) };
        },
        ({ application }) => `Updated ${formatApplication(application)}`,
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
        (c) => changeStatus(c, id, status, { note: opts.note, interviewAt: opts.interviewAt }),
        ({ application, event }) =>
          `${event.fromStatus} -> ${event.toStatus}: ${formatApplication(application)}`,
      );
    });

  common(apps.command("undo <id>"))
    .description("undo the latest status change of an application")
    .action(async (id: string, opts) => {
      await run(
        ctx,
        opts,
        (c) => undoLastStatusChange(c, id),
        ({ application, event }) =>
          `Undid ${event.fromStatus} -> ${event.toStatus}: ${formatApplication(application)}`,
      );
    });

  common(apps.command("delete <id>"))
    .description("delete an application with its history and reminders")
    .action(async (id: string, opts) => {
      await run(
        ctx,
        opts,
        async (c) => ({ deleted: await deleteApplication(c, id) }),
        ({ deleted }) => `Deleted ${formatApplication(deleted)}`,
      );
    });

  common(apps.command("stats"))
    .description("response, interview and offer rates, the funnel, weekly volume and what made a difference")
    .option("--charts <dir>", "also write funnel and weekly charts (SVG and PNG) into this folder")
    .action(async (opts) => {
      await run(
        ctx,
        opts,
        async (c) => {
          const stats = await applicationStats(c);
          const charts = opts.charts ? await writeCharts(opts.charts, stats) : undefined;
          return { ...stats, ...(charts ? { chartFiles: charts } : {}) };
        },
        formatStats,
      );
    });
}

async function writeCharts(
  dir: string,
  stats: Awaited<ReturnType<typeof applicationStats>>,
): Promise<string[]> {
  const charts = await applicationCharts(stats);
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
