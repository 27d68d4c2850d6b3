/**
 * Reminders over REST, through the same requests the chat tools make
 * (tools/applications/reminder-requests.ts): the pending ones, an application's follow-up
 * moved to a day the person names (read in X-Time-Zone), and an application's reminders
 * stopped — stopped stays stopped when the application is edited later.
 */
import { z } from "zod";
import { remindOn, stopReminders, upcomingReminders } from "../../../tools/applications/index.ts";
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

export const reminderRoutes: AnyRoute[] = [
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
