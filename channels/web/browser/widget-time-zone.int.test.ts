/**
 * Trial13 §9: the widget never said the person's time zone, so on the web "remind me tomorrow at
 * 6pm" was set for 18:00 UTC and shown in UTC (noon for someone in Chicago, an interview hour
 * five hours wrong). The widget now sends the browser's zone with every call (X-Time-Zone, allowed
 * through CORS for a host page on another origin) and the conversation reads and shows times in it.
 */
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { lastBotText, sendMessage } from "./widget-driver.ts";

const unavailable = browserUnavailableReason();

describe.skipIf(Boolean(unavailable))("widget: times are the person's own", () => {
  const bed = realAgentWidgetPerSuite({}, { timezoneId: "America/Chicago" });

  it("a reminder at 6pm is 18:00 in the browser's zone, said with that zone", {
    timeout: 120_000,
  }, async () => {
    await openWidgetOnHost(bed.app);
    await sendMessage(bed.page, "remind me tomorrow at 6pm to send my portfolio to the agency");
    const reply = await lastBotText(bed.page);
    expect(reply).toMatch(/18:00 \(America\/Chicago\)/);
    expect(reply).not.toMatch(/\(UTC\)/);
  });
});
