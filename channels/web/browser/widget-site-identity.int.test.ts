/**
 * A career-center portal that knows its student passes a signed identity in
 * `data-identity`: the widget then acts as that student, so the same conversation
 * shows up on their laptop and their phone (two separate browser profiles).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../data/db/index.ts";
import { browserUnavailableReason, launchBrowser } from "../../../test-support/browser.ts";
import { createPgliteTestDatabase } from "../../../test-support/db.ts";
import { type HostPage, startHostPage } from "../../../test-support/host-page.ts";
import { createScriptedConverse } from "../../../test-support/scripted-converse.ts";
import { startWebTestServer, type WebTestServer } from "../../../test-support/web-app.ts";
import { signSiteIdentity } from "../session/site-identity.ts";
import { lastBotText, openWidget, sendMessage, widget } from "./widget-driver.ts";

const SITE_SECRET = "portal-shared-secret-for-tests";
const unavailable = browserUnavailableReason();

describe.skipIf(Boolean(unavailable))("widget with a site-signed identity", () => {
  let browser: Browser;
  let db: Db;
  let server: WebTestServer;
  let host: HostPage;
  const scripted = createScriptedConverse({ deltaDelayMs: 1 });

  beforeAll(async () => {
    db = await createPgliteTestDatabase();
    const identity = signSiteIdentity(SITE_SECRET, {
      sub: "student-7",
      name: "Sam",
      org: "state-u",
      exp: Math.floor(Date.now() / 1000) + 3600,
    });
    let serverOrigin = "";
    host = await startHostPage(() => serverOrigin, { "data-identity": identity });
    server = await startWebTestServer({
      converse: scripted.converse,
      db,
      web: { corsOrigins: [host.origin], siteIdentitySecret: SITE_SECRET },
    });
    serverOrigin = server.url;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await host?.close();
    await db?.close();
  });

  it("acts as the portal's user and shows the same conversation on another device", async () => {
    const laptop = await (await browser.newContext()).newPage();
    await laptop.goto(host.url);
    await openWidget(laptop);
    await sendMessage(laptop, "hello from my laptop");
    expect(scripted.log.turns.at(-1)!.identity).toMatchObject({
      externalId: "site:state-u:student-7",
      displayName: "Sam",
    });

    const phone = await (
      await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })
    ).newPage();
    await phone.goto(host.url);
    await openWidget(phone);
    await expect
      .poll(() => widget(phone).locator(".msg.user").allTextContents())
      .toContain("hello from my laptop");
    expect(await lastBotText(phone)).toContain("I can read your resume");
  });
});
