/**
 * GET /widget.js: the bundled widget, built in memory on first need and rebuilt when a
 * source file changes (outside production), sent gzipped when the browser accepts it.
 * Script tags need no CORS, so any site can embed it; the API decides who may talk.
 */
import { createHash } from "node:crypto";
import type { Request, Response } from "express";
import type { BaseLogger } from "pino";
import { buildWidget, newestSourceTime, type WidgetBundle } from "../widget/build.ts";

export interface WidgetAsset {
  get(): Promise<WidgetBundle & { etag: string }>;
}

export function widgetAsset(options: { watch: boolean; logger: BaseLogger }): WidgetAsset {
  let current: Promise<WidgetBundle & { etag: string }> | undefined;
  let lastCheck = 0;
  const rebuild = () => {
    const started = Date.now();
    current = buildWidget().then((bundle) => {
      options.logger.debug(
        { ms: Date.now() - started, bytes: bundle.code.length, gzipped: bundle.gzipped.length },
        "widget built",
      );
      return {
        ...bundle,
        etag: `"${createHash("sha256").update(bundle.code).digest("base64url").slice(0, 22)}"`,
      };
    });
    current.catch(() => {
      current = undefined;
    });
    return current;
  };
  return {
    async get() {
      if (!current) return rebuild();
      if (options.watch && Date.now() - lastCheck > 1000) {
        lastCheck = Date.now();
        const bundle = await current;
        if (newestSourceTime() > bundle.builtAt) return rebuild();
      }
      return current;
    },
  };
}

export function widgetRoute(asset: WidgetAsset) {
  return async (req: Request, res: Response) => {
    const bundle = await asset.get();
    res.setHeader("Content-Type", "text/javascript; charset=utf-8");
    res.setHeader("Cache-Control", "public, max-age=300");
    res.setHeader("ETag", bundle.etag);
    res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    res.vary("Accept-Encoding");
    if (req.get("if-none-match") === bundle.etag) {
      res.status(304).end();
      return;
    }
    if (req.acceptsEncodings("gzip") === "gzip") {
      res.setHeader("Content-Encoding", "gzip");
      res.send(bundle.gzipped);
      return;
    }
    res.send(bundle.code);
  };
}
