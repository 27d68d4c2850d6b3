/**
 * Opens a report.html in headless Chromium (the system's /usr/bin/chromium through
 * playwright-core) and saves a full-page screenshot, so a person or CI can check the
 * report renders: `node --import tsx evals/report/screenshot.ts REPORT.html OUT.png`.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface RenderCheck {
  title: string;
  sections: number;
  /** Rendered SVG charts with a non-zero box. */
  visibleCharts: number;
  /** Page wider than the viewport means a table or chart spills out. */
  overflowsHorizontally: boolean;
}

export async function screenshotReport(htmlFile: string, pngFile?: string): Promise<RenderCheck> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}; install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // The report must need nothing from the network: block every non-file request.
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(pathToFileURL(path.resolve(htmlFile)).href);
    const check = await page.evaluate(() => ({
      title: document.title,
      sections: document.querySelectorAll("section").length,
      visibleCharts: [...document.querySelectorAll("svg")].filter((s) => {
        const r = s.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      }).length,
      overflowsHorizontally: document.documentElement.scrollWidth > window.innerWidth,
    }));
    if (pngFile) {
      mkdirSync(path.dirname(path.resolve(pngFile)), { recursive: true });
      await page.screenshot({ path: pngFile, fullPage: true });
    }
    return check;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [html, png] = process.argv.slice(2);
  if (!html) {
    process.stderr.write("usage: node --import tsx evals/report/screenshot.ts REPORT.html [OUT.png]\n");
    process.exit(2);
  }
  const check = await screenshotReport(html, png);
  process.stdout.write(`${JSON.stringify(check)}\n`);
}
