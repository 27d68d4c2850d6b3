/**
 * Reminders over REST, through the same requests the chat tools make
 * (tools/applications/reminder-requests.ts): the pending ones, an application's follow-up
 * moved to a day the person names (read in X-Time-Zone), and an application's reminders
 * stopped — stopped stays stopped when the application is edited later.
 */
import { z } from "zod";
import { remindOn, stopReminders, upcomingReminders } from "../../../tools/applications/index.ts";
import {
  cancelPersonalReminder,
  personalReminders,
  setPersonalReminder,
} from "../../../tools/reminders/index.ts";
import { type AnyRoute, route } from "../route.ts";
import { idParams } from "../schemas.ts";
import { application, appsCtx } from "./applications.ts";

const TAG = "Applications";

const reminder = z.object({
  id: z.string(),
  kind: z.enum(["follow_up", "interview"]),
  dueAt: z.string().meta({ description: "ISO time" }),
  application: z.object({ id: z.string(), company: z.string(), position: z.string(), status: z.string() }),
});

const upcomingQuery = z.object({
  withinDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(365)
    .optional()
    .meta({ description: "Only those due within this many days" }),
});

const remindBody = z
  .object({
    when: z.string().min(1).max(100).meta({
      description: 'The day: "friday", "in 3 days", "2026-12-10" (09:00 local unless a time is said)',
    }),
  })
  .strict();

const personal = z.object({
  id: z.string(),
  task: z.string(),
  dueAt: z.string().meta({ description: "ISO time" }),
});

const personalBody = z
  .object({
    task: z.string().min(1).max(300).meta({ description: 'What to remind you of: "update my portfolio"' }),
    when: z.string().min(1).max(100).meta({
      description:
        'When: "friday", "lunes a las 10", "in 3 days", an ISO time (09:00 local unless a time is said)',
    }),
  })
  .strict();

/** Your own reminders (no application): the same service as the chat and the CLI (tools/reminders). */
const personalRoutes: AnyRoute[] = [
  route({
    method: "get",
    path: "/api/reminders/personal/",
    tag: TAG,
    summary: "Your own pending reminders (not about an application), soonest first",
    query: upcomingQuery,
    responses: { 200: { description: "The reminders", schema: z.object({ items: z.array(personal) }) } },
    async handler(ctx, { caller, query, req }) {
      const options = query.withinDays ? { withinDays: query.withinDays } : {};
      return { body: { items: await personalReminders(appsCtx(ctx, caller.userId, req), options) } };
    },
  }),
  route({
    method: "post",
    path: "/api/reminders/personal/",
    tag: TAG,
    summary: "Remind you of your own task at the time you name (read in X-Time-Zone)",
    description:
      "400 with the reason when the text is empty or too long, or the time unreadable or past; nothing stored.",
    body: personalBody,
    responses: { 200: { description: "The reminder stored", schema: personal } },
    async handler(ctx, { caller, body, req }) {
      return { body: await setPersonalReminder(appsCtx(ctx, caller.userId, req), body) };
    },
  }),
  route({
    method: "delete",
    path: "/api/reminders/personal/{id}",
    tag: TAG,
    summary: "Cancel one of your own pending reminders",
    description:
      "404 when you have no pending reminder with that id (another person's id included); nothing changed.",
    params: idParams,
    responses: { 200: { description: "The reminder cancelled", schema: personal } },
    async handler(ctx, { caller, params, req }) {
      return { body: await cancelPersonalReminder(appsCtx(ctx, caller.userId, req), params.id) };
    },
  }),
];

export const reminderRoutes: AnyRoute[] = [
  ...personalRoutes,
  route({
    method: "get",
    path: "/api/reminders/",
    tag: TAG,
    summary: "Your pending reminders, soonest first: follow-ups and the day before an interview",
    query: upcomingQuery,
    responses: { 200: { description: "The reminders", schema: z.object({ items: z.array(reminder) }) } },
    async handler(ctx, { caller, query, req }) {
      const options = query.withinDays ? { withinDays: query.withinDays } : {};
      return { body: { items: await upcomingReminders(appsCtx(ctx, caller.userId, req), options) } };
    },
  }),
  route({
    method: "post",
    path: "/api/applications/{id}/reminders/",
    tag: TAG,
    summary: "Move the application's follow-up reminder to the day you name",
    description:
      "Only for an application waiting for an answer; otherwise 400 with the reason. A stopped follow-up comes back.",
    params: idParams,
    body: remindBody,
    responses: {
      200: {
        description: "The application and when the follow-up is due",
        schema: z.object({ application, dueAt: z.string() }),
      },
    },
    async handler(ctx, { caller, params, body, req }) {
      return { body: await remindOn(appsCtx(ctx, caller.userId, req), params.id, body.when) };
    },
  }),
  route({
    method: "delete",
    path: "/api/applications/{id}/reminders/",
    tag: TAG,
    summary: "Stop the application's pending reminders (editing it later does not bring them back)",
    params: idParams,
    responses: {
      200: {
        description: "How many were stopped",
        schema: z.object({ application, stopped: z.number().int() }),
      },
    },
    async handler(ctx, { caller, params, req }) {
      return { body: await stopReminders(appsCtx(ctx, caller.userId, req), params.id) };
    },
  }),
];
