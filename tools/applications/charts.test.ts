import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import type { ApplicationFacts } from "../../data/repositories/application-records.ts";
import { analyticsOfFacts } from "./analytics.ts";
import { applicationCharts } from "./charts.ts";

const facts: ApplicationFacts[] = [
  ...Array.from({ length: 12 }, (_, i) => ({
    id: `a${i}`,
    status: (i < 4 ? "phone_screen" : "applied") as ApplicationFacts["status"],
    appliedOn: `2026-11-${String(2 + i).padStart(2, "0")}`,
    source: null,
    furthestStatus: (i < 4 ? "phone_screen" : "applied") as ApplicationFacts["status"],
    firstResponseOn: i < 4 ? "2026-11-20" : null,
    analysisReadiness: null,
    analysisVerdict: null,
  })),
];

describe("applicationCharts", () => {
  it("renders the funnel and weekly volume as SVG and PNG", async () => {
    const analytics = analyticsOfFacts(facts, { today: "2026-11-22", followUpDays: 7 });
    const charts = await applicationCharts(analytics);
    expect(charts.map((c) => c.title)).toEqual(["Application funnel", "Applications per week"]);
    const [funnel, weekly] = charts;
    expect(funnel.type).toBe("chart");
    expect(funnel.svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    // The stage labels and counts are drawn as text, not just bars.
    expect(funnel.svg).toContain("Phone screen");
    expect(funnel.svg).toContain("4 (33% of previous)");
    expect(weekly.svg).toContain("Nov 02");
    expect(funnel.alt).toContain("Applied: 12");
    for (const chart of charts) {
      const png = Buffer.from(chart.pngBase64!, "base64");
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      // The PNG decodes back to a real, non-trivial image.
      const size = new Resvg(chart.svg!).render();
      expect(size.width).toBeGreaterThan(200);
      expect(png.length).toBeGreaterThan(5_000);
    }
  });

  it("draws nothing while nothing has been sent", async () => {
    const analytics = analyticsOfFacts([], { today: "2026-11-22", followUpDays: 7 });
    expect(await applicationCharts(analytics)).toEqual([]);
  });
});
