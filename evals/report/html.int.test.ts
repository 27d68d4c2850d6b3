import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderHtml } from "./html.ts";
import { sampleResults } from "./sample-results.ts";
import { screenshotReport } from "./screenshot.ts";

describe("report.html in headless Chromium", () => {
  it("opens offline, draws its charts and fits the page width", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cc-eval-report-"));
    const file = path.join(dir, "report.html");
    writeFileSync(file, renderHtml(sampleResults()));
    const check = await screenshotReport(file, path.join(dir, "report.png"));
    expect(check).toEqual({
      title: "CareerCraft evaluation — offline",
      sections: 5,
      visibleCharts: 2,
      overflowsHorizontally: false,
    });
  });
});
