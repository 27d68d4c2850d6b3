/**
 * CORS for the API: a browser on an allowed origin (the app's own, or one listed in
 * CORS_ORIGINS) gets the headers it needs; any other origin is refused with 403 before
 * a route runs, so a page we do not know cannot drive someone's session. Requests
 * without an Origin (curl, server-to-server) are not a browser's and pass on to the
 * token check.
 */
import type { RequestHandler } from "express";
import { CareerCraftError } from "../../../data/errors.ts";
import { sendError } from "./errors.ts";

export function normalizeOrigin(origin: string): string | undefined {
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export function corsGuard(allowedOrigins: string[]): RequestHandler {
  const allowAny = allowedOrigins.includes("*");
  const allowed = new Set(allowedOrigins.map(normalizeOrigin).filter((o): o is string => Boolean(o)));
  return (req, res, next) => {
    const origin = req.get("origin");
    res.vary("Origin");
    if (!origin) return next();
    const normalized = normalizeOrigin(origin);
    const sameOrigin = normalized !== undefined && new URL(normalized).host === req.get("host");
    if (!normalized || !(allowAny || sameOrigin || allowed.has(normalized))) {
      sendError(
        res,
        new CareerCraftError(
          "forbidden",
          `The site ${origin} is not allowed to use this CareerCraft server. Its operator can add it to CORS_ORIGINS.`,
        ),
      );
      return;
    }
    res.setHeader("Access-Control-Allow-Origin", normalized);
    res.setHeader("Access-Control-Expose-Headers", "Retry-After, X-CareerCraft-Thread");
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
      res.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Time-Zone");
      res.setHeader("Access-Control-Max-Age", "600");
      res.status(204).end();
      return;
    }
    next();
  };
}
