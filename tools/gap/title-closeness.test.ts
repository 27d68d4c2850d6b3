import { describe, expect, it } from "vitest";
import { shippedEmbedder } from "./evidence.ts";
import { titleCloseness, titleWordCoverage } from "./title-closeness.ts";

describe("title closeness", () => {
  it("reads a shared trade as close and a shared rank word as not", () => {
    expect(titleWordCoverage("QA Engineer", "Senior QA Manager")).toBeGreaterThan(0.7);
    expect(titleWordCoverage("Quality Assurance Analyst", "QA Manager")).toBeGreaterThan(0.7);
    expect(titleWordCoverage("Network Manager", "QA Manager")).toBe(0);
    expect(titleWordCoverage("Operations Manager", "Operations Center Shift Manager")).toBeGreaterThan(0.85);
    // The job title as a phrase of the held title beats its words scattered through it.
    expect(titleWordCoverage("Project Manager", "Operations Project Manager")).toBe(1);
    expect(titleWordCoverage("Operations Manager", "Operations Project Manager")).toBeLessThan(1);
  });

  it("ranks the trade the person held above a title that only shares 'manager'", () => {
    // The embedder alone put "Network Manager" closer to "QA Manager" than any QA title.
    const embedder = shippedEmbedder();
    const qa = titleCloseness(embedder, ["Software Tester", "QA Engineer"], ["Test Manager", "QA Manager"]);
    const network = titleCloseness(embedder, ["Network Administrator", "Network Manager"], ["QA Manager"]);
    expect(qa).toBeGreaterThan(network);
  });

  it("is 0 without a title on either side", () => {
    expect(titleCloseness(shippedEmbedder(), [], ["Teacher"])).toBe(0);
    expect(titleCloseness(shippedEmbedder(), ["Teacher"], [])).toBe(0);
  });
});
