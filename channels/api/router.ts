/**
 * Turns the route table into an express Router: per route, the rate limits of its
 * class, the caller's access token, zod validation of params, query and body (a clear
 * 400 naming the first bad field), then the handler. JSON bodies are capped at 256 KB;
 * a body that is not JSON where JSON is expected gets 415.
 */
import express, { type Request, type Response, type Router } from "express";
import type { z } from "zod";
import { CareerCraftError } from "../../data/errors.ts";
import { bearerToken, clientAddress } from "../web/http/auth.ts";
import { errorHandler, parseBody } from "../web/http/errors.ts";
import { type RateCounter, RateLimiter } from "../web/rate-limit.ts";
import type { ApiContext } from "./context.ts";
import { type AnyRoute, expressPath, type LimitClass } from "./route.ts";

export const JSON_BODY_LIMIT = "256kb";

interface Limiters {
  address: Record<LimitClass, RateLimiter>;
  person: Record<Exclude<LimitClass, "auth">, RateLimiter>;
}

function limiters(ctx: ApiContext, counter?: RateCounter): Limiters {
  const perMinute = ctx.config.api.rateLimitPerMinute;
  const rule = (limit: number) => ({ limit: Math.max(1, Math.round(limit)), windowMs: 60_000 });
  return {
    address: {
      // Logins are guessed from one address: few per minute, on top of per-account lockout.
      auth: new RateLimiter(rule(ctx.config.api.loginRateLimitPerMinute), counter),
      standard: new RateLimiter(rule(perMinute * 10), counter),
      heavy: new RateLimiter(rule(perMinute * 10), counter),
    },
    person: {
      standard: new RateLimiter(rule(perMinute), counter),
      heavy: new RateLimiter(rule(perMinute / 4), counter),
    },
  };
}

function parseWith<T>(schema: z.ZodType<T> | undefined, value: unknown): T {
  return (schema ? parseBody(schema, value) : value) as T;
}

function hasBody(req: Request): boolean {
  return Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
}

export function buildRouter(ctx: ApiContext, routes: AnyRoute[], counter?: RateCounter): Router {
  const limits = limiters(ctx, counter);
  const router = express.Router();
  const json = express.json({ limit: JSON_BODY_LIMIT });

  for (const spec of routes) {
    const path = expressPath(spec.path);
    const kind = spec.limit ?? "standard";
    router[spec.method](path, async (req: Request, res: Response) => {
      res.locals.route = spec.path;
      await limits.address[kind].hit(`api:${kind}:ip:${clientAddress(req)}`, "address");
      const caller = spec.auth === false ? undefined : await ctx.accounts.authenticate(bearerToken(req));
      if (caller && kind !== "auth")
        await limits.person[kind].hit(`api:${kind}:user:${caller.userId}`, "account");
      if (spec.body && !spec.multipart && hasBody(req)) {
        if (!req.is("application/json"))
          throw new CareerCraftError(
            "unsupported_type",
            "Send the request body as JSON (Content-Type: application/json).",
          );
        await new Promise<void>((resolve, reject) =>
          json(req, res, (error) => (error ? reject(error) : resolve())),
        );
      }
      const result = await spec.handler(ctx, {
        params: parseWith(spec.params, req.params),
        query: parseWith(spec.query, req.query),
        body: spec.multipart ? undefined : parseWith(spec.body, req.body),
        caller: caller!,
        req,
        res,
      });
      if (result === undefined || res.headersSent) return;
      res.status(result.status ?? 200).json(result.body);
    });
  }
  router.use(errorHandler(ctx.logger));
  return router;
}
