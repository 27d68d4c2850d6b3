/**
 * The widget in headless chromium against the web channel with a scripted conversation:
 * the host page is on another origin (CORS), its CSS is hostile (Shadow DOM), and the
 * person chats, uploads a PDF, sees the 11-score card, ticks a roadmap item and reloads.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../../data/db/index.ts";
import { browserUnavailableReason, launchBrowser } from "../../../test-support/browser.ts";
import { createPgliteTestDatabase } from "../../../test-support/db.ts";
import { type HostPage, startHostPage } from "../../../test-support/host-page.ts";
import { createScriptedConverse } from "../../../test-support/scripted-converse.ts";
import { textPdf } from "../../../test-support/text-pdf.ts";
import { startWebTestServer, type WebTestServer } from "../../../test-support/web-app.ts";
import { lastBotText, openWidget, sendMessage, waitForTurnEnd, widget } from "./widget-driver.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/web");
const unavailable = browserUnavailableReason();
if (unavailable) console.warn(`skipping widget browser test: ${unavailable}`);

describe.skipIf(Boolean(unavailable))("widget in a real browser (scripted conversation)", () => {
  let browser: Browser;
  let db: Db;
  let server: WebTestServer;
  let host: HostPage;
  let context: BrowserContext;
  let page: Page;
  const scripted = createScriptedConverse({ deltaDelayMs: 25 });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    db = await createPgliteTestDatabase();
    let serverOrigin = "";
    host = await startHostPage(() => serverOrigin);
    server = await startWebTestServer({
      converse: scripted.converse,
      db,
      web: { corsOrigins: [host.origin] },
    });
    serverOrigin = server.url;
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    page = await context.newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await host?.close();
    await db?.close();
  });

  it("loads from another origin, inside a Shadow DOM the host CSS cannot reach", async () => {
    await page.goto(host.url);
    await openWidget(page);
    expect(new URL(host.url).origin).not.toBe(new URL(server.url).origin);
    const launcherBg = await widget(page)
      .locator(".launcher")
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(launcherBg).toBe("rgb(15, 118, 110)"); // data-accent, not the host's hotpink
    await expect.poll(() => lastBotText(page)).toMatch(/career coach/i);
  });

  it("streams a typed message's reply in pieces", async () => {
    const { textSteps } = await sendMessage(page, "hello there");
    expect(textSteps).toBeGreaterThan(2);
    expect(await lastBotText(page)).toContain("I can read your resume");
  });

  it("uploads a resume PDF with progress and shows the parse summary", async () => {
    const pdf = textPdf(["Jordan Rivera", "Python, SQL, Docker"]);
    await widget(page)
      .locator('input[type="file"]')
      .setInputFiles({ name: "jordan.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await expect.poll(() => widget(page).locator(".msg.user").last().textContent()).toContain("jordan.pdf");
    await waitForTurnEnd(page);
    expect(await lastBotText(page)).toMatch(/I read jordan\.pdf \(\d+ bytes, application\/pdf\)/);
  });

  it("renders charts, lists and files, and never runs markup from a reply", async () => {
    await sendMessage(page, "show me a chart of my applications");
    const chart = widget(page).locator(".chart img").last();
    expect(await chart.getAttribute("alt")).toBe("Applied 12, interviews 3, offers 1");
    await expect.poll(() => chart.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(200);
    expect(await widget(page).locator(".card.list a").last().getAttribute("href")).toBe(
      "https://example.com/jobs/1",
    );
    expect(await lastBotText(page)).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await widget(page).locator(".msg.bot a[href^='javascript']").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      widget(page).locator("a.file").last().click(),
    ]);
    expect(download.suggestedFilename()).toBe("careercraft-export.json");
  });

  it("explains a refused upload: too large before sending, wrong type from the server", async () => {
    const input = widget(page).locator('input[type="file"]');
    const before = await widget(page).locator(".msg.user").count();
    await input.setInputFiles({
      name: "huge.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(6 * 1024 * 1024, 32),
    });
    await expect
      .poll(() => widget(page).locator(".msg.error").last().textContent())
      .toMatch(/huge\.pdf is larger than 5 MB/);
    const program = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    await input.setInputFiles({ name: "resume.pdf", mimeType: "application/pdf", buffer: program });
    await expect
      .poll(() => widget(page).locator(".msg.error").last().textContent())
      .toMatch(/a program or script/);
    expect(await widget(page).locator(".msg.user").count()).toBe(before);
  });

  it("sets a job and renders the score card with 11 labelled scores and coloured gaps", async () => {
    await sendMessage(page, "Compare me with this job: backend engineer");
    const card = widget(page).locator(".score-card").last();
    await expect.poll(() => card.locator(".score").count()).toBe(11);
    expect(await card.locator(".badge").textContent()).toBe("FIT");
    expect(await card.locator('[role="meter"]').first().getAttribute("aria-valuenow")).toBe("72");
    expect(await card.locator(".score-label").allTextContents()).toContain("Domain knowledge");
    const severities = await widget(page).locator(".gaps .sev").allTextContents();
    expect(severities).toEqual(["critical", "high", "low"]);
    expect(await widget(page).locator(".chip").count()).toBe(2);
  });

  it("sends ids, not sentences: a quick reply by its id, a roadmap tick by roadmap and item id", async () => {
    await widget(page).locator(".chip", { hasText: "Make a roadmap" }).click();
    await waitForTurnEnd(page);
    expect(scripted.log.turns.at(-1)!.inbound.action).toEqual({
      type: "quick_reply",
      replyId: "make-roadmap",
      text: "Make me a roadmap",
    });
    const box = widget(page).locator('.roadmap input[data-item="w1a"]').last();
    await box.check();
    await expect
      .poll(() => widget(page).locator(".msg.user").last().textContent())
      .toBe("✓ Docker fundamentals course");
    await waitForTurnEnd(page);
    await widget(page).locator(".roadmap").last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "scripted-roadmap.png") });
    expect(scripted.log.turns.at(-1)!.inbound.action).toEqual({
      type: "roadmap_item",
      roadmapId: "rm_1",
      itemId: "w1a",
      done: true,
    });
    expect(await lastBotText(page)).toBe('Nice work! Marked "Docker fundamentals course" as done.');
    expect(
      await widget(page)
        .locator('.roadmap input[data-item="w1a"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked)),
    ).toEqual([true, true]);
  });

  it("bookmarks a question by its id from the question list's button", async () => {
    await sendMessage(page, "give me interview questions");
    await widget(page).locator(".card.list li", { hasText: "How do you test" }).locator("button").click();
    await waitForTurnEnd(page);
    expect(scripted.log.turns.at(-1)!.inbound.action).toEqual({
      type: "bookmark_question",
      questionId: "q_2",
    });
    expect(await lastBotText(page)).toBe("Saved question q_2 to your bookmarks.");
  });

  it("restores the conversation after a reload, with the panel still open", async () => {
    await page.reload();
    await widget(page).locator(".panel").waitFor({ state: "visible" });
    await openWidget(page);
    await expect.poll(() => widget(page).locator(".score-card .score").count()).toBe(11);
    expect(await widget(page).locator(".msg.user").allTextContents()).toContain("hello there");
    expect(await widget(page).locator('.roadmap input[data-item="w1a"]').last().isChecked()).toBe(true);
  });

  it("looks right in light and dark, desktop and phone width (screenshots)", {
    timeout: 90_000,
  }, async () => {
    await widget(page).locator(".score-card").last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "scripted-desktop-light.png") });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => widget(page).locator(".root").getAttribute("class")).toContain("dark");
    await page.screenshot({ path: path.join(ARTIFACTS, "scripted-desktop-dark.png") });
    const storageState = await context.storageState();
    for (const scheme of ["light", "dark"] as const) {
      const phone = await browser.newContext({
        storageState,
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        colorScheme: scheme,
      });
      const phonePage = await phone.newPage();
      await phonePage.goto(host.url);
      await openWidget(phonePage);
      const panel = await widget(phonePage).locator(".panel").boundingBox();
      expect(panel).toMatchObject({ x: 0, y: 0, width: 390, height: 844 });
      await widget(phonePage).locator(".score-card").last().scrollIntoViewIfNeeded();
      await phonePage.screenshot({ path: path.join(ARTIFACTS, `scripted-phone-${scheme}.png`) });
      await phone.close();
    }
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("stops a reply when the person presses stop, which stops the generation on the server", async () => {
    const before = scripted.log.aborted;
    const input = widget(page).locator("textarea");
    await input.fill("slow please");
    await input.press("Enter");
    await expect.poll(() => widget(page).locator(".msg.bot.typing").count()).toBe(1);
    expect(await widget(page).locator("button.send").getAttribute("aria-label")).toBe("Stop answering");
    await widget(page).locator("button.send").click();
    await waitForTurnEnd(page);
    await expect.poll(() => scripted.log.aborted).toBe(before + 1);
    expect(await widget(page).locator(".note").last().textContent()).toBe("Stopped.");
    expect(await widget(page).locator("button.send").getAttribute("aria-label")).toBe("Send message");
  });

  it("serves a demo page at / that explains CareerCraft and embeds the widget from its own origin", async () => {
    const demo = await context.newPage();
    await demo.goto(`${server.url}/`);
    expect(await demo.locator("h1").textContent()).toBe("CareerCraft");
    expect(await demo.locator("pre code").textContent()).toContain(`${server.url}/widget.js`);
    await openWidget(demo);
    await expect.poll(() => lastBotText(demo)).toMatch(/career coach|FIT/i);
    await demo.screenshot({ path: path.join(ARTIFACTS, "demo-page.png") });
    await demo.close();
  });

  it("still works and keeps its look on a host page with a strict Content-Security-Policy", async () => {
    const strict = await context.newPage();
    await strict.goto(`${host.origin}/strict`);
    await openWidget(strict);
    // the host's own inline <style> is refused under this policy; the widget's sheet is not
    expect(await strict.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      "rgb(253, 246, 227)",
    );
    expect(
      await widget(strict)
        .locator(".launcher")
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe("rgb(15, 118, 110)");
    await expect.poll(() => widget(strict).locator(".score-card .score").count()).toBe(11);
    const width = await widget(strict)
      .locator(".score-card .fill")
      .first()
      .evaluate((el) => (el as HTMLElement).style.width);
    expect(width).toBe("72%");
    await sendMessage(strict, "hello again");
    await strict.close();
  });

  it("is keyboard operable: Escape closes and gives focus back to the launcher", async () => {
    await widget(page).locator("textarea").focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => widget(page).locator(".panel").isHidden()).toBe(true);
    expect(
      await page.evaluate(
        () => document.querySelector("careercraft-widget")!.shadowRoot!.activeElement?.className,
      ),
    ).toBe("launcher");
    await page.keyboard.press("Enter");
    await expect.poll(() => widget(page).locator(".panel").isVisible()).toBe(true);
  });
});
