/**
 * Issue 12 (widget lists): each listed application carries buttons for its next stage and
 * "Rejected", like questions carry "Bookmark" and roadmap items a tick. Pressing one moves
 * that application (by id, through the same applications service) in a real browser on
 * the real conversation, and the list shown next has it at the new stage.
 */
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { sendMessage, waitForTurnEnd, widget } from "./widget-driver.ts";

const unavailable = browserUnavailableReason();

describe.skipIf(Boolean(unavailable))("widget: buttons on listed applications", () => {
  const bed = realAgentWidgetPerSuite();

  it("moves one application to its next stage from the list", { timeout: 180_000 }, async () => {
    const page = bed.page;
    await openWidgetOnHost(bed.app);
    await sendMessage(page, "I applied to Initech yesterday for a data analyst role", 60_000);
    await sendMessage(page, "I applied to Globex today for a QA engineer role");
    await sendMessage(page, "show my applications");
    const list = widget(page).locator(".card.list").last();
    const initech = list.locator("li", { hasText: "Initech" });
    expect(await initech.locator("button.item-action").allTextContents()).toEqual([
      "Next: Phone screen",
      "Rejected",
    ]);
    await initech.locator("button.item-action", { hasText: "Next: Phone screen" }).click();
    await waitForTurnEnd(page);
    await sendMessage(page, "show my applications");
    const after = widget(page).locator(".card.list").last();
    expect(await after.locator("li", { hasText: "Initech" }).textContent()).toMatch(/Phone screen/);
    expect(await after.locator("li", { hasText: "Globex" }).textContent()).toMatch(/Applied/);
    expect(await widget(page).locator(".msg.bot.error").count()).toBe(0);
  });
});
