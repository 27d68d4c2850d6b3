/**
 * A new user's dialogue through the widget in a real browser (issue 12, trial12c): two
 * applications logged, a status change said by position, a correction, then "how's … going?"
 * for a tracked company after another topic and for one not tracked. Each reply is the real
 * conversation's. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { lastBotText, sendMessage, widget } from "./widget-driver.ts";

const unavailable = browserUnavailableReason();

describe.skipIf(Boolean(unavailable))("widget: a new user's dialogue about applications", () => {
  const bed = realAgentWidgetPerSuite();

  it("references, a correction and 'how's X going?' reach the right application", {
    timeout: 300_000,
  }, async () => {
    const page = bed.page;
    await openWidgetOnHost(bed.app);
    await sendMessage(page, "I applied to Initech on monday for a data analyst role", 60_000);
    await sendMessage(page, "and Globex, QA engineer");
    await sendMessage(page, "Initech invited me to a phone screen");
    expect(await lastBotText(page)).toMatch(/Initech.*phone screen/i);
    await sendMessage(page, "no wait, I meant Globex");
    const fixed = await lastBotText(page);
    expect(fixed).toMatch(/Globex/);
    await sendMessage(page, "add docker as intermediate");
    await sendMessage(page, "how's Globex going?");
    expect(await lastBotText(page)).toMatch(/QA engineer at Globex — phone screen/i);
    await sendMessage(page, "how's my Umbrella application going?");
    expect(await lastBotText(page)).toMatch(/No application to Umbrella is tracked/);
    expect(await widget(page).locator(".msg.bot.error").count()).toBe(0);
  });
});
