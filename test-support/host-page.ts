/**
 * A stand-in for a customer's web site: a page on its own origin (localhost:<port>)
 * that embeds widget.js from the CareerCraft server with one script tag. Its CSS is
 * deliberately hostile, to prove the widget's Shadow DOM keeps it out.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface HostPage {
  url: string;
  origin: string;
  close(): Promise<void>;
}

/** `widgetOrigin` is read per request, so the page can start before the server it embeds. */
export async function startHostPage(
  widgetOrigin: () => string,
  attributes: Record<string, string> = {},
): Promise<HostPage> {
  // GET /strict serves the same page under a strict Content-Security-Policy: only the
  // widget's origin may serve scripts and be called, and no inline styles are allowed.
  const csp = () =>
    `default-src 'self'; script-src ${widgetOrigin()}; connect-src ${widgetOrigin()}; style-src 'self'; img-src data:`;
  const attrs = Object.entries({ "data-title": "Career coach", "data-accent": "#0f766e", ...attributes })
    .map(([k, v]) => `${k}="${v.replace(/"/g, "&quot;")}"`)
    .join(" ");
  const html = () => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>State University Career Center</title>
<style>
  body { font-family: Georgia, serif; margin: 0; padding: 32px; background: #fdf6e3; color: #333; }
  * { letter-spacing: 0.2em !important; }
  button { background: hotpink !important; border: 5px solid lime !important; }
  div { border: 1px dashed red; }
</style></head>
<body><h1>State University Career Center</h1><p>Book an advising slot, browse job fairs, or ask our career coach.</p>
<script src="${widgetOrigin()}/widget.js" ${attrs} async></script></body></html>`;
  const server = createServer((req, res) => {
    res.writeHead(200, {
      "content-type": "text/html; charset=utf-8",
      ...(req.url === "/strict" ? { "content-security-policy": csp() } : {}),
    });
    res.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
