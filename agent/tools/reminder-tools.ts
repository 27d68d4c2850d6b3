/**
 * Reminders from chat: "any reminders?" / "what's due this week" lists the pending ones,
 * "remind me to follow up with Gusto on friday" moves that application's follow-up to
 * the day said (in the person's time zone), "stop reminding me about Acme" cancels an
 * application's reminders. All through the applications service the tracker, the CLI
 * and the worker share (tools/applications/reminder-requests.ts).
 */
import type { ListPart, ReplyPart } from "../../contract/conversation.ts";
import { validationError } from "../../data/errors.ts";
import { formatInstant, remindOn, STATUS_LABELS, stopReminders } from "../../tools/applications/index.ts";
import { stageNames } from "../../tools/applications/interview-kind.ts";
import {
  allUpcomingReminders,
  cancelPersonalReminder,
  isPersonal,
  type ListedReminder,
  setPersonalReminder,
} from "../../tools/reminders/index.ts";
import { appsContext, resolveApplication } from "./application-tools.ts";
import { firstPage, PAGE_SIZES, withMoreReplies } from "./list-pages.ts";
import { defineTool, type ToolContext } from "./types.ts";

/**
 * The reminders card: `items` are the ones shown (a page). An interview reminder comes the day
 * before, so the interview's own day is shown beside the reminder's: "Interview tomorrow … Mon,
 * Dec 7 at 15:00" read as the interview's day for an interview on Tue, Dec 8 (trial F14.2). The
 * stage is named for the role ("Interview" for a coordinator, not "Technical interview", F3.6).
 */
export async function reminderList(
  items: ListedReminder[],
  ctx: ToolContext,
  title = "Upcoming reminders",
): Promise<ListPart> {
  const stages = await stageNames(items.flatMap((r) => (isPersonal(r) ? [] : [r.application])));
  return {
    type: "list",
    title,
    items: items.map((r) => {
      // The person's own task: what to do and when.
      if (isPersonal(r))
        return { id: r.id, text: `Reminder: ${r.task}`, detail: formatInstant(r.dueAt, ctx.timeZone) };
      const stage = stages.get(r.application.id) ?? STATUS_LABELS[r.application.status];
      const interview = r.kind === "interview" ? interviewOf(r, ctx) : undefined;
      return {
        id: r.id,
        text: `${interview ? "Interview" : "Follow up"}: ${r.application.position} — ${r.application.company}`,
        detail: interview
          ? `interview ${interview}; reminder ${formatInstant(r.dueAt, ctx.timeZone)} (${stage})`
          : `${formatInstant(r.dueAt, ctx.timeZone)} (${stage})`,
      };
    }),
  };
}

/** The interview an interview reminder is for, as the person reads it. */
const interviewOf = (r: ListedReminder, ctx: ToolContext) =>
  !isPersonal(r) && r.application.interviewAt
    ? formatInstant(r.application.interviewAt, ctx.timeZone)
    : undefined;

/** The reminder a page shows, as the model and the templates read it. */
export const reminderBrief = (r: ListedReminder, ctx: ToolContext) => {
  if (isPersonal(r))
    return { kind: r.kind, id: r.id, due: formatInstant(r.dueAt, ctx.timeZone), task: r.task };
  const interview = r.kind === "interview" ? interviewOf(r, ctx) : undefined;
  return {
    kind: r.kind,
    due: formatInstant(r.dueAt, ctx.timeZone),
    company: r.application.company,
    position: r.application.position,
    ...(interview ? { interview } : {}),
  };
};

async function reminderParts(items: ListedReminder[], ctx: ToolContext): Promise<ReplyPart[]> {
  const first = items.find((r) => !isPersonal(r));
  if (!first || isPersonal(first)) {
    // Only the person's own reminders (or none): cancelling one is said in words ("cancel the rent reminder").
    if (items.length > 0) return [await reminderList(items, ctx), SEE_APPLICATIONS];
    return [SEE_APPLICATIONS];
  }
  const company = first.application.company;
  // Offer a day it is not already on ("Move Gusto reminder to friday" under a reminder due Friday).
  // No possessive: a name ending in s read "Rapid City Area Schools's".
  const dueDay = new Intl.DateTimeFormat("en-US", { weekday: "long", timeZone: ctx.timeZone }).format(
    first.dueAt,
  );
  const day = dueDay === "Friday" ? "monday" : "friday";
  return [
    await reminderList(items, ctx),
    {
      type: "quickReplies",
      options: [
        {
          id: "move",
          label: `Move ${company} reminder to ${day}`,
          text: `remind me about ${company} on ${day}`,
        },
        { id: "stop", label: `Stop ${company} reminder`, text: `stop reminding me about ${company}` },
      ],
    },
  ];
}

export const listRemindersTool = defineTool({
  name: "list_reminders",
  description:
    "The person's upcoming reminders (follow-ups on applications without an answer, the day before an interview, and their own tasks), optionally only those due within N days.",
  async run(args, ctx) {
    const items = await allUpcomingReminders(
      appsContext(ctx),
      args.withinDays ? { withinDays: args.withinDays } : {},
    );
    const shown = items.slice(0, PAGE_SIZES.reminders);
    const page = firstPage(
      {
        kind: "reminders",
        title: "Upcoming reminders",
        total: items.length,
        ...(args.withinDays ? { withinDays: args.withinDays } : {}),
      },
      shown.length,
    );
    return {
      result: {
        count: items.length,
        shown: shown.length,
        withinDays: args.withinDays ?? null,
        reminders: shown.map((r) => reminderBrief(r, ctx)),
      },
      parts: withMoreReplies(await reminderParts(shown, ctx), shown.length, items.length, "reminders"),
      focus: { page },
    };
  },
});

/** The application a reminder request names, with the service context to act on it. */
async function namedApplication(ctx: ToolContext, ref: string) {
  const actx = appsContext(ctx);
  return { actx, app: await resolveApplication(actx, ref) };
}

const SEE_APPLICATIONS: ReplyPart = {
  type: "quickReplies",
  options: [{ id: "applications", label: "My applications", text: "show my applications" }],
};

const SEE_REMINDERS: ReplyPart = {
  type: "quickReplies",
  options: [{ id: "reminders", label: "My reminders", text: "show my reminders" }],
};

export const setReminderTool = defineTool({
  name: "set_reminder",
  description:
    "Remind the person to follow up on an application (by id or company name), or of their own task (`task`, no application), at a time they name ('friday', 'in 3 days', 'next week').",
  async run(args, ctx) {
    if (args.task !== undefined) {
      const set = await setPersonalReminder(appsContext(ctx), { task: args.task, when: args.when });
      return {
        result: {
          personal: true as const,
          id: set.id,
          task: set.task,
          due: formatInstant(set.dueAt, ctx.timeZone),
        },
        parts: [SEE_REMINDERS],
      };
    }
    if (!args.application) {
      throw validationError("Say which application to follow up on, or what to remind you of.", {
        field: "application",
      });
    }
    const { actx, app } = await namedApplication(ctx, args.application);
    const set = await remindOn(actx, app.id, args.when);
    const due = formatInstant(set.dueAt, ctx.timeZone);
    // "remind me the day before": the interview it is the day before of, named in the reply.
    const interview = set.interviewAt
      ? { interview: formatInstant(set.interviewAt, ctx.timeZone), before: set.lead?.words ?? "a day" }
      : {};
    return {
      result: { company: app.company, position: app.position, due, ...interview },
      parts: [SEE_REMINDERS],
    };
  },
});

export const cancelReminderTool = defineTool({
  name: "cancel_reminder",
  description:
    "Stop the pending reminders of one application (by id or company name), or one of the person's own reminders (`reminder`: its id or words of its task).",
  async run(args, ctx) {
    if (!args.application) {
      const stopped = await cancelPersonalReminder(appsContext(ctx), args.reminder);
      return {
        result: {
          personal: true as const,
          task: stopped.task,
          due: formatInstant(stopped.dueAt, ctx.timeZone),
        },
        parts: [SEE_REMINDERS],
      };
    }
    const { actx, app } = await namedApplication(ctx, args.application);
    const { stopped } = await stopReminders(actx, app.id);
    return { result: { company: app.company, position: app.position, stopped }, parts: [SEE_REMINDERS] };
  },
});
