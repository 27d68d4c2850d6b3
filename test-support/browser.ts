/**
 * Headless Debian chromium driven by playwright-core (no browser download: the system
 * package is used). Tests call `browserAvailable()` to skip with a clear reason on a
 * machine without chromium; under CI=true a missing browser is a failure instead.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

let checked: { reason: string | undefined } | undefined;

/**
 * Undefined when chromium is there and runs (a binary missing its libraries counts as
 * absent); otherwise one line on how to get it. Under CI=true a missing browser throws.
 */
export function browserUnavailableReason(): string | undefined {
  checked ??= { reason: whyNoBrowser() };
  if (checked.reason && process.env.CI === "true")
    throw new Error(`CI requires a browser: ${checked.reason}`);
  return checked.reason;
}

function whyNoBrowser(): string | undefined {
  const install = "apt-get install -y chromium, or set CHROMIUM_PATH";
  if (!existsSync(CHROMIUM_PATH)) return `chromium not found at ${CHROMIUM_PATH} (${install})`;
  try {
    execFileSync(CHROMIUM_PATH, ["--version"], { timeout: 15_000, stdio: "pipe" });
    return undefined;
  } catch (error) {
    const detail = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message)
      .trim()
      .split("\n")[0];
    return `chromium at ${CHROMIUM_PATH} does not run (${detail}); ${install}`;
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
