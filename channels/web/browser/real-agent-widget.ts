/**
 * A host page on another origin embedding the widget, talking to the web channel on the
 * real conversation (LangGraph graph, offline planner) over a fresh embedded database,
 * and a headless chromium page to drive it. Shared by the widget tests on the real agent.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { createConversation } from "../../../agent/conversation/converse.ts";
import { loadConfig } from "../../../config.ts";
import type { Db } from "../../../data/db/index.ts";
import { launchBrowser } from "../../../test-support/browser.ts";
import { createPgliteTestDatabase } from "../../../test-support/db.ts";
import { type HostPage, startHostPage } from "../../../test-support/host-page.ts";
import { startWebTestServer, type WebTestServer } from "../../../test-support/web-app.ts";
import { openWidget } from "./widget-driver.ts";

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

/**
 * One real-agent widget for the surrounding describe block: started in its beforeAll and
 * closed in its afterAll. Read `app` and `page` inside the tests (they exist from then on).
 */
export function realAgentWidgetPerSuite(
  hostAttributes: Record<string, string> = {},
  contextOptions: BrowserContextOptions = {},
  before?: () => void,
): { readonly app: RealAgentWidget; readonly page: Page } {
  let started: RealAgentWidget | undefined;
  beforeAll(async () => {
    before?.();
    started = await startRealAgentWidget(hostAttributes, contextOptions);
  });
  afterAll(() => started?.close());
  const app = () => {
    if (!started) throw new Error("realAgentWidgetPerSuite: the widget starts in beforeAll");
    return started;
  };
  return {
    get app() {
      return app();
    },
    get page() {
      return app().page;
    },
  };
}

/** The host page loaded and the widget opened on it: where every widget journey starts. */
export async function openWidgetOnHost(app: RealAgentWidget): Promise<void> {
  await app.page.goto(app.host.url);
  await openWidget(app.page);
}
