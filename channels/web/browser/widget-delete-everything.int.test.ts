/**
 * Issue 12: after "delete everything" the same widget session keeps working, with a
 * fresh empty profile, and an export afterwards holds nothing of what was there. Before,
 * every later message got 403 "That conversation does not belong to this session": the
 * erase removed the widget's thread and the widget kept sending its id.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { lastBotText, openWidget, sendMessage, widget } from "./widget-driver.ts";

const unavailable = browserUnavailableReason();

describe.skipIf(Boolean(unavailable))("widget: delete everything, then carry on", () => {
  const bed = realAgentWidgetPerSuite({}, { acceptDownloads: true });

  it("keeps the session working with an empty profile, and the export shows nothing left", {
    timeout: 120_000,
  }, async () => {
    const { page } = bed;
    await openWidgetOnHost(bed.app);
    await sendMessage(page, "add Haskell as an expert skill");
    await sendMessage(page, "delete everything");
    expect(await lastBotText(page)).toMatch(/sure|yes/i);
    await sendMessage(page, "yes");
    expect(await lastBotText(page)).toMatch(/deleted/i);

    await sendMessage(page, "show my skills");
    const reply = await lastBotText(page);
    expect(reply).not.toMatch(/does not belong|went wrong/i);
    expect(reply).not.toMatch(/Haskell/);
    expect(await widget(page).locator(".msg.bot.error").count()).toBe(0);

    await sendMessage(page, "export my data");
    const download = page.waitForEvent("download");
    await widget(page).locator("a.file").last().click();
    const exported = JSON.parse(readFileSync((await (await download).path())!, "utf8")) as {
      data: Record<string, unknown[]>;
    };
    expect(JSON.stringify(exported)).not.toMatch(/haskell/i);
    for (const table of ["user_skills", "analyses", "applications", "bookmarks", "resumes"])
      expect(exported.data[table] ?? []).toEqual([]);

    // A reload finds the same working session, without the erased conversation.
    await page.reload();
    await openWidget(page);
    expect(await widget(page).locator(".msg.user").allTextContents()).not.toContain(
      "add Haskell as an expert skill",
    );
    await sendMessage(page, "hi");
    expect(await widget(page).locator(".msg.bot.error").count()).toBe(0);
  });
});
