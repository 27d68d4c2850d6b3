import { describe, expect, it } from "vitest";
import { renderHtml } from "./html.ts";
import { renderMarkdown } from "./markdown.ts";
import { sampleResults } from "./sample-results.ts";

describe("reports", () => {
  const results = sampleResults();

  it("renders a self-contained HTML page with every chart kind and status", () => {
    const html = renderHtml(results);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link |src="http|href="http/);
    expect(html.match(/<svg /g)).toHaveLength(2);
    expect(html).toContain('class="confusion"');
    expect(html).toContain("not available");
    expect(html).toContain("below threshold");
    expect(html).toContain("fit-01 &lt;b&gt;");
  });

  it("renders Markdown with the summary, thresholds with reasons, confusion and reliability tables", () => {
    const md = renderMarkdown(results);
    expect(md).toContain("| resume-parsing | passed | email.f1 0.990 |");
    expect(md).toContain("Issue floor.");
    expect(md).toContain("| analyze_fit | 1 | 1 | · |");
    expect(md).toContain("| 0.8–0.9 | 2 |");
    expect(md).toContain("> Not built yet.");
  });
});
