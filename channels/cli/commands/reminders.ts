/**
 * `careercraft reminders ...`: everything the person will be reminded of, and their own
 * reminders ("update my portfolio" on friday) set and cancelled from a terminal — the same
 * service as the chat and REST (tools/reminders). Application follow-ups are moved and
 * stopped with `careercraft applications remind|stop-reminders`.
 */
import type { Command } from "commander";
import type { CliContext } from "../context.ts";
import { common, run, wholeNumber } from "./applications.ts";

const reminderTools = () => import("../../../tools/reminders/index.ts");

export function register(program: Command, ctx: CliContext): void {
  const reminders = program
    .command("reminders")
    .description("your reminders: follow-ups, interviews and your own tasks (list, add, cancel)");

  common(reminders.command("list"))
    .description("every pending reminder, soonest first: follow-ups, the day before an interview, your own")
    .option("--within-days <n>", "only those due within this many days", wholeNumber("within-days"))
    .action(async (opts) => {
      await run(
        ctx,
        opts,
        async (c) => ({
          reminders: await (await reminderTools()).allUpcomingReminders(
            c,
            opts.withinDays ? { withinDays: opts.withinDays } : {},
          ),
        }),
        ({ reminders: items }) =>
          items.length === 0
            ? "No reminders pending."
            : items
                .map((r) =>
                  r.kind === "personal"
                    ? `${r.dueAt.toISOString()}  personal   ${r.task} (id ${r.id})`
                    : `${r.dueAt.toISOString()}  ${(r.kind === "interview" ? "interview" : "follow-up").padEnd(9)}  ${r.application.position} at ${r.application.company} (application ${r.application.id})`,
                )
                .join("\n"),
      );
    });

  common(reminders.command("add <task> <when>"))
    .description("remind you of your own task: add 'update my portfolio' friday, 'call Ana' 'lunes a las 10'")
    .action(async (task: string, when: string, opts) => {
      await run(
        ctx,
        opts,
        async (c) => (await reminderTools()).setPersonalReminder(c, { task, when }),
        (r) => `Reminder "${r.task}" on ${r.dueAt.toISOString()} (id ${r.id})`,
      );
    });

  common(reminders.command("cancel [reminder]"))
    .description("cancel one of your own reminders: its id or words of its task (your only one when omitted)")
    .action(async (reminder: string | undefined, opts) => {
      await run(
        ctx,
        opts,
        async (c) => (await reminderTools()).cancelPersonalReminder(c, reminder),
        (r) => `Cancelled the reminder "${r.task}" (was due ${r.dueAt.toISOString()})`,
      );
    });
}
