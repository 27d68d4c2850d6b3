/**
 * GET /openapi.json (the generated document, built once) and GET /docs: Swagger UI from
 * the swagger-ui-dist npm package, served by this server (no CDN), started by a script
 * file rather than an inline one so the page works under the strict Content-Security-Policy.
 */
import { createRequire } from "node:module";
import express, { type Router } from "express";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CareerCraft API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

const INIT = `window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout",
});
`;

export function docsRouter(document: () => Promise<unknown>): Router {
  const router = express.Router();
  let json: Promise<string> | undefined;
  router.get("/openapi.json", async (_req, res) => {
    json ??= document().then((d) => JSON.stringify(d));
    json.catch(() => {
      json = undefined;
    });
    res.type("application/json").send(await json);
  });
  // Resolved on first request: start-up does not pay for locating the package.
  let assets: express.Handler | undefined;
  router.use("/docs/assets", (req, res, next) => {
    assets ??= express.static(
      (
        createRequire(import.meta.url)("swagger-ui-dist") as { getAbsoluteFSPath(): string }
      ).getAbsoluteFSPath(),
      { index: false, maxAge: "1h" },
    );
    assets(req, res, next);
  });
  router.get("/docs/init.js", (_req, res) => {
    res.type("application/javascript").send(INIT);
  });
  router.get("/docs", (_req, res) => {
    res.type("html").send(PAGE);
  });
  return router;
}
