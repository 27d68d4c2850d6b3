/**
 * Turns anything thrown in a web route into `{ error: { code, message } }` with the
 * right status. Only CareerCraftError messages reach the person; anything else is
 * logged and answered with a generic 500 so no internals leak.
 */
import type { ErrorRequestHandler, Response } from "express";
import type { BaseLogger } from "pino";
import { z } from "zod";
import { CareerCraftError, isCareerCraftError } from "../../../data/errors.ts";

export function sendError(res: Response, error: CareerCraftError): void {
  const retryAfter = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  // Rate limits and account lockouts both say when to come back.
  if (retryAfter) res.setHeader("Retry-After", String(retryAfter));
  res.status(error.status).json({ error: { code: error.code, message: error.userMessage } });
}

/** Express body-parser errors carry a `type`; map them to what the person should fix. */
export function toCareerCraftError(error: unknown): CareerCraftError | undefined {
  if (isCareerCraftError(error)) return error;
  if (error instanceof z.ZodError) return fromZod(error);
  const type = (error as { type?: string } | null)?.type;
  if (type === "entity.parse.failed")
    return new CareerCraftError("validation", "The request body is not valid JSON.");
  if (type === "entity.too.large") return new CareerCraftError("too_large", "The request body is too large.");
  if (type === "encoding.unsupported" || type === "charset.unsupported") {
    return new CareerCraftError("unsupported_type", "Send the request body as UTF-8 JSON.");
  }
  return undefined;
}

export function fromZod(error: z.ZodError): CareerCraftError {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return new CareerCraftError(
    "validation",
    `Invalid request. ${where}${issue?.message ?? "check the fields"}.`,
    {
      details: error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    },
  );
}

export function errorHandler(logger: BaseLogger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = toCareerCraftError(error);
    if (res.headersSent) {
      res.end();
      return;
    }
    if (known) {
      if (known.status >= 500) logger.error({ err: error, path: req.path }, "web request failed");
      sendError(res, known);
      return;
    }
    logger.error({ err: error, path: req.path }, "web request failed unexpectedly");
    sendError(res, new CareerCraftError("internal", "Something went wrong on our side. Please try again."));
  };
}

/** Parses with a zod schema and throws a 400 CareerCraftError naming the first bad field. */
export function parseBody<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw fromZod(result.error);
  return result.data;
}
