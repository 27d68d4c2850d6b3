/**
 * Found trying the widget as a new user: attach a resume, type a line about it and press
 * Enter while the resume is read. Enter stopped the turn ("Stopped."), the typed line was
 * lost and the profile stayed empty. Attaching a file and then typing about it is what most
 * people do: the line now waits for the read to finish and goes out after it, in a real
 * browser on the real conversation. The stop button pressed with nothing typed still stops a
 * reply (widget-scripted).
 */
import { describe, expect, it } from "vitest";
import { browserUnavailableReason } from "../../../test-support/browser.ts";
import { openWidgetOnHost, realAgentWidgetPerSuite } from "./real-agent-widget.ts";
import { lastBotText, sendMessage, waitForTurnEnd, widget } from "./widget-driver.ts";

const unavailable = browserUnavailableReason();
// Invented for this test: a short resume of a primary school teacher.
const RESUME = [
  "Marisol Okafor",
  "marisol.okafor@example.com | Leeds, UK",
  "Skills",
  "Lesson planning, classroom management, student assessment, Google Classroom, safeguarding",
  "Experience",
  "Year 4 Teacher, Brookfield Primary School, 2018 - 2024",
  "Planned and taught maths and literacy for a class of 30; ran the after-school reading club",
  "Education",
  "PGCE Primary Education, University of Leeds, 2018",
].join("\n");

/** Types a line and presses Enter in the same moment the widget is still busy; false if it was not. */
function typeWhileBusy(text: string): boolean {
  const root = document.querySelector("careercraft-widget")!.shadowRoot!;
  if (!root.querySelector(".root")!.hasAttribute("data-busy")) return false;
  const input = root.querySelector("textarea")!;
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
  return true;
}

describe.skipIf(Boolean(unavailable))("widget: typing while a resume is read", () => {
  const bed = realAgentWidgetPerSuite();

  it("keeps the read and sends the typed line after it", { timeout: 240_000 }, async () => {
    const page = bed.page;
    await openWidgetOnHost(bed.app);
    await widget(page)
      .locator('input[type="file"]')
      .setInputFiles({ name: "teacher.txt", mimeType: "text/plain", buffer: Buffer.from(RESUME) });
    // The upload turn has started once its bubble names the file; type in that same moment.
    await widget(page).locator(".msg.user", { hasText: "teacher.txt" }).waitFor();
    expect(await page.evaluate(typeWhileBusy, "here's my resume")).toBe(true);

    // The read finishes, then the typed line goes out as a turn of its own.
    await expect
      .poll(() => widget(page).locator(".msg.user:not(.waiting)").allTextContents(), { timeout: 120_000 })
      .toEqual([expect.stringContaining("teacher.txt"), "here's my resume"]);
    await waitForTurnEnd(page, 60_000);
    const log = (await widget(page).locator(".log").textContent()) ?? "";
    expect(log).not.toMatch(/Stopped\./);
    expect(log).toMatch(/teacher\.txt \(Marisol Okafor\)/);
    expect(await widget(page).locator(".msg.bot.error").count()).toBe(0);

    await sendMessage(page, "show my profile");
    const profile = await lastBotText(page);
    expect(profile).not.toMatch(/empty/i);
    expect(profile).toMatch(/Marisol Okafor|Lesson planning|Brookfield/i);
  });
});
