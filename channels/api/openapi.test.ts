/**
 * The OpenAPI document: valid OpenAPI 3.1 (checked by a validator package), and complete —
 * every route the express router serves is in it, with the same method and path.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import type express from "express";
import { describe, expect, it } from "vitest";
import type { ApiContext } from "./context.ts";
import { buildOpenApiDocument } from "./openapi.ts";
import { type AnyRoute, expressPath } from "./route.ts";
import { buildRouter } from "./router.ts";
import { apiRoutes } from "./routes/index.ts";

/** Method + path of every route registered on an express router (walks nested routers). */
function servedRoutes(router: express.Router): string[] {
  const out: string[] = [];
  for (const layer of (
    router as unknown as { stack: { route?: { path: string; methods: Record<string, boolean> } }[] }
  ).stack) {
    if (!layer.route) continue;
    for (const method of Object.keys(layer.route.methods)) out.push(`${method} ${layer.route.path}`);
  }
  return out;
}

describe("the OpenAPI document", () => {
  const document = buildOpenApiDocument(apiRoutes, "test");

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("documents every route the server serves", () => {
    const ctx = {
      config: { api: { rateLimitPerMinute: 10, loginRateLimitPerMinute: 10 } },
      logger: console,
    } as unknown as ApiContext;
    const served = servedRoutes(buildRouter(ctx, apiRoutes));
    const documented = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {}).map((method) => `${method} ${expressPath(path)}`),
    );
    const missing = served.filter((r) => !documented.includes(r));
    expect(missing).toEqual([]);
    expect(served.length).toBeGreaterThan(50);
  });

  it("fails the check when a route is added without going through the table", () => {
    const ctx = {
      config: { api: { rateLimitPerMinute: 10, loginRateLimitPerMinute: 10 } },
      logger: console,
    } as unknown as ApiContext;
    const router = buildRouter(ctx, apiRoutes);
    router.get("/api/undocumented/", (_req, res) => res.end());
    const documented = new Set(
      Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
        Object.keys(item ?? {}).map((m) => `${m} ${expressPath(path)}`),
      ),
    );
    expect(servedRoutes(router).filter((r) => !documented.has(r))).toEqual(["get /api/undocumented/"]);
  });

  it("keeps the seed's paths, with a trailing slash, and marks which need a token", () => {
    for (const path of [
      "/api/users/register/",
      "/api/users/login/",
      "/api/users/refresh/",
      "/api/users/profile/",
      "/api/jobs/eligibility/analyze/",
      "/api/jobs/eligibility/stream-analyze/",
      "/api/jobs/eligibility/chat/",
      "/api/jobs/eligibility/reanalyze/",
      "/api/jobs/eligibility/",
      "/api/jobs/eligibility/{id}/",
      "/api/profiles/",
      "/api/profiles/upload-resume/",
      "/api/profiles/corrections/",
      "/api/profiles/education/",
      "/api/profiles/experience/{id}/",
      "/api/profiles/projects/",
      "/api/profiles/certifications/{id}/",
      "/api/skills/",
      "/api/skills/user/",
      "/api/skills/user/{id}/",
      "/api/users/me/export",
      "/api/users/me",
    ])
      expect(document.paths?.[path], path).toBeDefined();
    const open = apiRoutes.filter((r: AnyRoute) => r.auth === false).map((r) => r.path);
    expect(open.sort()).toEqual(["/api/users/login/", "/api/users/refresh/", "/api/users/register/"]);
    expect(document.paths?.["/api/users/profile/"]?.get?.security).toEqual([{ bearerAuth: [] }]);
  });
});
