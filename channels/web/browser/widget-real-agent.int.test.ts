/**
 * The whole product path in a real browser: a host page on another origin embeds
 * widget.js; the widget talks to the web channel, which runs the real conversation
 * (LangGraph graph, offline planner, resume reader, gap analysis, roadmap) on a real
 * database. The person says hello, uploads a resume PDF, sets a job, gets the 11-score
 * card, ticks a roadmap item and reloads to find everything still there.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { textPdf } from "../../../test-support/text-pdf.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { lastBotText, openWidget, sendMessage, waitForTurnEnd, widget } from "./widget-driver.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/web");
const unavailable = browserUnavailableReason();
// Invented for this test: a short resume of a backend developer.
const RESUME = [
  "Priya Natarajan",
  "priya.natarajan@example.com | Pune, India",
  "Skills",
  "Python, Django, PostgreSQL, Docker, Git, REST APIs, Linux",
  "Experience",
  "Backend Developer, Lotus Payments, 2020 - 2024",
  "Built payment APIs in Python and Django; ran services in Docker on AWS",
  "Education",
  "B.E. Computer Engineering, Pune University, 2020",
];

describe.skipIf(Boolean(unavailable))("widget in a real browser on the real conversation", () => {
  const bed = realAgentWidgetPerSuite(
    { "data-title": "State U career coach" },
    { viewport: { width: 1280, height: 900 } },
    () => mkdirSync(ARTIFACTS, { recursive: true }),
  );

  // One long journey on the real agent: give it room on a busy CI machine.
  it("chats, reads a resume, scores a job, plans and tracks a roadmap, and survives a reload", {
    timeout: 180_000,
  }, async () => {
    const { app, page } = bed;
    await openWidgetOnHost(app);

    await sendMessage(page, "hi! what can you do?");
    expect(await lastBotText(page)).toMatch(/resume/i);
    // Paragraphs stay apart in the bubble's text too ("start?\nI'm", never "start?I'm").
    expect(await lastBotText(page)).not.toMatch(/[a-z)"][.!?][A-Z][a-z]/);

    const pdf = textPdf(RESUME);
    await widget(page)
      .locator('input[type="file"]')
      .setInputFiles({ name: "priya.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await expect.poll(() => widget(page).locator(".msg.user").last().textContent()).toContain("priya.pdf");
    await waitForTurnEnd(page, 60_000);
    // The parse summary names the file and the person, in varied wording.
    expect(await lastBotText(page)).toMatch(/priya\.pdf \(Priya Natarajan\)/);
    expect(await widget(page).locator(".card.list").last().textContent()).toMatch(/Python/);

    await sendMessage(
      page,
      "I want to be a backend engineer working with Python, Django, Kubernetes and AWS",
    );
    await sendMessage(page, "am I a fit?");
    const card = widget(page).locator(".score-card").last();
    await expect.poll(() => card.locator(".score").count()).toBe(11);
    expect(await card.locator(".badge").textContent()).toMatch(/^(FIT|UNFIT)$/);
    expect(await card.locator('[role="meter"]').count()).toBe(11);
    expect(await widget(page).locator(".gaps .sev").count()).toBeGreaterThan(0);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "real-agent-score-card.png") });

    await sendMessage(page, "make me a roadmap, 6 weeks, 5 hours a week");
    const roadmap = widget(page).locator(".roadmap").last();
    const first = roadmap.locator('input[type="checkbox"]').first();
    const itemId = await first.getAttribute("data-item");
    const itemText = (await roadmap.locator(".items label span").first().textContent()) ?? "";
    await first.check();
    await expect.poll(() => widget(page).locator(".msg.user").last().textContent()).toBe(`✓ ${itemText}`);
    await waitForTurnEnd(page);
    expect(await lastBotText(page)).toMatch(/done/i);
    await widget(page).locator(".roadmap").last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "real-agent-roadmap.png") });

    await page.reload();
    await openWidget(page);
    await expect.poll(() => widget(page).locator(".score-card").last().locator(".score").count()).toBe(11);
    const boxes = widget(page).locator(`.roadmap input[data-item="${itemId}"]`);
    expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).not.toContain(
      false,
    );
    expect(await widget(page).locator(".msg.user").allTextContents()).toContain("am I a fit?");
  });
});
