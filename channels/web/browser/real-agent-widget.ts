/**
 * A host page on another origin embedding the widget, talking to the web channel on the
 * real conversation (LangGraph graph, offline planner) over a fresh embedded database,
 * and a headless chromium page to drive it. Shared by the widget tests on the real agent.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { createConversation } from "../../../agent/conversation/converse.ts";
import { loadConfig } from "../../../config.ts";
import type { Db } from "../../../data/db/index.ts";
import { launchBrowser } from "../../../test-support/browser.ts";
import { createPgliteTestDatabase } from "../../../test-support/db.ts";
import { type HostPage, startHostPage } from "../../../test-support/host-page.ts";
import { startWebTestServer, type WebTestServer } from "../../../test-support/web-app.ts";

export interface RealAgentWidget {
  page: Page;
  host: HostPage;
  server: WebTestServer;
  db: Db;
  close(): Promise<void>;
}

export async function startRealAgentWidget(
  hostAttributes: Record<string, string> = {},
  contextOptions: BrowserContextOptions = {},
): Promise<RealAgentWidget> {
  const db = await createPgliteTestDatabase();
  const conversation = await createConversation({
    db,
    config: loadConfig({ MODEL_PROVIDER: "offline", LOG_LEVEL: "silent" }),
  });
  let serverOrigin = "";
  const host = await startHostPage(() => serverOrigin, hostAttributes);
  const server = await startWebTestServer({
    converse: conversation.converse,
    db,
    web: { corsOrigins: [host.origin] },
  });
  serverOrigin = server.url;
  const browser: Browser = await launchBrowser();
  const page = await (await browser.newContext(contextOptions)).newPage();
  page.on("pageerror", (error) => {
    throw error;
  });
  return {
    page,
    host,
    server,
    db,
    async close() {
      await browser.close();
      await server.close();
      await host.close();
      await db.close();
    },
  };
}
