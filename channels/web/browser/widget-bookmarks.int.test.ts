/**
 * Issue 12 (left from the last session): in the widget a person could bookmark a
 * question and list bookmarks but not remove one (REST and the CLI could). Now "remove
 * the first one from my bookmarks" goes through the same bookmarks service, in a real
 * browser on the real conversation.
 */
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { lastBotText, sendMessage, widget } from "./widget-driver.ts";

const unavailable = browserUnavailableReason();

describe.skipIf(Boolean(unavailable))("widget: bookmarks can be removed", () => {
  const bed = realAgentWidgetPerSuite();

  it("bookmarks two questions, removes one, and the list shows the other", { timeout: 240_000 }, async () => {
    const page = bed.page;
    await openWidgetOnHost(bed.app);
    // The first search loads the question bank and its embedder: room on a busy machine.
    await sendMessage(page, "show me SQL interview questions", 90_000);
    await sendMessage(page, "bookmark that one");
    await sendMessage(page, "bookmark the 2nd");
    await sendMessage(page, "show my bookmarks");
    expect(await lastBotText(page)).toMatch(/2 bookmarked questions/);
    const listed = await widget(page).locator(".card.list").last().locator("li").allTextContents();
    expect(listed).toHaveLength(2);

    await sendMessage(page, "remove the first one from my bookmarks");
    expect(await lastBotText(page)).toMatch(/Removed from your bookmarks/);
    await sendMessage(page, "show my bookmarks");
    expect(await lastBotText(page)).toMatch(/1 bookmarked question\b/);
    const left = await widget(page).locator(".card.list").last().locator("li").allTextContents();
    expect(left).toEqual([listed[1]]);
    expect(await widget(page).locator(".msg.bot.error").count()).toBe(0);
  });
});
