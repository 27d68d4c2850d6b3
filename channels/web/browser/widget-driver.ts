/**
 * Drives the embedded widget in a real browser like a person would: open it, type,
 * upload, tick a roadmap item. Playwright's CSS locators pierce the open Shadow DOM.
 * Shared by the browser test on the scripted conversation and the one on the real agent.
 */

import type { Page } from "playwright-core";
import { expect } from "vitest";

export const widget = (page: Page) => page.locator("careercraft-widget");

export async function openWidget(page: Page): Promise<void> {
  // The panel reopens by itself after a reload when it was open before.
  await widget(page).locator(".launcher").waitFor({ state: "attached" });
  if (await widget(page).locator(".panel").isHidden()) await widget(page).locator(".launcher").click();
  await widget(page).locator(".panel").waitFor({ state: "visible" });
  // the greeting or restored history is in place once the status line is gone
  await widget(page).locator(".status").waitFor({ state: "hidden" });
}

/** Sends a message and waits for the turn to end; returns how many distinct texts the reply bubble showed. */
export async function sendMessage(
  page: Page,
  text: string,
  timeoutMs = 30_000,
): Promise<{ textSteps: number }> {
  const before = await widget(page).locator(".msg.user").count();
  await page.evaluate(() => {
    const w = window as unknown as { __ccSteps: Set<string>; __ccObserver?: MutationObserver };
    w.__ccObserver?.disconnect();
    w.__ccSteps = new Set();
    const log = document.querySelector("careercraft-widget")!.shadowRoot!.querySelector(".log")!;
    const observer = new MutationObserver(() => {
      const bubbles = log.querySelectorAll(".msg.bot.typing");
      const last = bubbles[bubbles.length - 1];
      if (last?.textContent) w.__ccSteps.add(last.textContent);
    });
    observer.observe(log, { childList: true, subtree: true, characterData: true });
    w.__ccObserver = observer;
  });
  const input = widget(page).locator("textarea");
  await input.fill(text);
  await input.press("Enter");
  // The message is in the log: one more user bubble, or — when the reply erased the conversation
  // ("delete everything" → "yes") before the first look — a shorter log that ends with it.
  await expect
    .poll(async () => {
      const sent = await widget(page).locator(".msg.user").allTextContents();
      return sent.length === before + 1 || (sent.length < before && sent.at(-1)?.trim() === text.trim());
    })
    .toBe(true);
  await waitForTurnEnd(page, timeoutMs);
  const textSteps = await page.evaluate(
    () => (window as unknown as { __ccSteps: Set<string> }).__ccSteps.size,
  );
  return { textSteps };
}

export async function waitForTurnEnd(page: Page, timeoutMs = 30_000): Promise<void> {
  await expect
    .poll(() => widget(page).locator(".root").getAttribute("data-busy"), { timeout: timeoutMs })
    .toBeNull();
}

export async function lastBotText(page: Page): Promise<string> {
  const texts = await widget(page).locator(".msg.bot").allTextContents();
  return texts.at(-1) ?? "";
}
