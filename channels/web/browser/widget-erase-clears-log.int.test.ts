/**
 * Found trying the widget as a new user: after "delete everything" → "yes", the log still
 * showed the deleted application with its status buttons and the roadmap with its
 * checkboxes. Pressing one answered 'Application "430ff14a-…" was not found.' The turn
 * that erases the conversation now clears what the log showed before it.
 */
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { lastBotText, sendMessage, widget } from "./widget-driver.ts";

const unavailable = browserUnavailableReason();

describe.skipIf(Boolean(unavailable))("widget: the log after delete everything", () => {
  const bed = realAgentWidgetPerSuite();

  it("shows nothing of the erased conversation, so no stale button acts on deleted data", {
    timeout: 120_000,
  }, async () => {
    const { page } = bed;
    await openWidgetOnHost(bed.app);
    await sendMessage(page, "I applied to Acme Corp for a data analyst role yesterday");
    await sendMessage(page, "show my applications");
    expect(await widget(page).locator(".card.list button").count()).toBeGreaterThan(0);

    await sendMessage(page, "delete everything");
    await sendMessage(page, "yes");
    expect(await lastBotText(page)).toMatch(/deleted/i);
    expect(await widget(page).locator(".card.list").count()).toBe(0);
    expect(await widget(page).locator(".msg.user").allTextContents()).toEqual(["yes"]);

    // The session carries on in the fresh conversation.
    await sendMessage(page, "show my applications");
    expect(await lastBotText(page)).toMatch(/no applications/i);
    expect(await widget(page).locator(".msg.bot.error").count()).toBe(0);
  });
});
