import { describe, expect, it } from "vitest";
import { calibration } from "../metrics/calibration.ts";
import { barChartSvg, escapeXml, niceMax, reliabilitySvg } from "./svg.ts";

describe("svg charts", () => {
  it("draws one bar per group and series with escaped labels", () => {
    const svg = barChartSvg({
      kind: "bars",
      title: "Per field <F1>",
      series: ["precision", "recall"],
      groups: [
        { label: "email & phone", values: [1, 0.5] },
        { label: "name", values: [0.9, Number.NaN] },
      ],
      max: 1,
    });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("email &amp; phone");
    expect(svg).toContain("Per field &lt;F1&gt;");
    expect(svg.match(/<rect x="120" y="\d+" width="[\d.]+" height="10"/g)).toHaveLength(4);
    expect(svg).toContain(">n/a<");
  });

  it("widens the label column for long labels and draws counts on whole-number ticks", () => {
    const svg = barChartSvg({
      kind: "bars",
      title: "Turns",
      series: ["passed", "turns"],
      groups: [{ label: "11-delete-data-confirmation", values: [2, 5] }],
    });
    expect(svg).toContain('<rect x="200"');
    expect(
      svg
        .match(/text-anchor="middle" fill="#6b7280">(\d+)</g)
        ?.map((t) => t.slice(t.lastIndexOf(">") + 1, -1)),
    ).toEqual(["0", "1", "2", "3", "4", "5"]);
  });

  it("draws a bar per non-empty reliability bin and the diagonal", () => {
    const c = calibration([
      { confidence: 0.9, correct: true },
      { confidence: 0.35, correct: false },
    ]);
    const svg = reliabilitySvg({ kind: "reliability", title: "FIT confidence", bins: c.bins, ece: c.ece });
    expect(svg.match(/<circle/g)).toHaveLength(2);
    expect(svg).toContain("stroke-dasharray");
    expect(svg).toContain("ECE 0.225");
  });

  it("escapes every XML special character", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});

describe("niceMax", () => {
  it("rounds an axis maximum up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceMax(100.2)).toBe(200);
    expect(niceMax(46)).toBe(50);
    expect(niceMax(0.7)).toBe(1);
    expect(niceMax(2.2)).toBe(2.5);
    expect(niceMax(0)).toBe(1);
  });
});
