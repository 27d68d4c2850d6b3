/**
 * Charts as inline SVG strings, so report.html is one self-contained file that opens
 * anywhere (no script, no network). Every chart carries a <title> for screen readers.
 */
import type { BarChart, ReliabilityChart } from "../core/types.ts";

export const PALETTE = ["#2563eb", "#f59e0b", "#10b981", "#8b5cf6", "#ef4444", "#0891b2"];

export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

const num = (x: number, unit?: string) =>
  `${unit === "ms" ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : Math.abs(x) <= 1 ? x.toFixed(2) : x.toFixed(1)}${unit ? ` ${unit}` : ""}`;

/** The smallest 1, 2, 2.5 or 5 x 10^k at or above x, so axis ticks read as round numbers. */
export function niceMax(x: number): number {
  if (!(x > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(x));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= x) return step * power;
  return 10 * power;
}

/** Horizontal grouped bars: one row per group (e.g. a resume field), one bar per series. */
export function barChartSvg(chart: BarChart): string {
  const values = chart.groups.flatMap((g) => g.values.filter((v) => Number.isFinite(v)));
  // Counts (turns, cases) read as whole numbers, on whole-number ticks.
  const integers =
    chart.unit === undefined && chart.max === undefined && values.every((v) => Number.isInteger(v));
  const longest = Math.max(...chart.groups.map((g) => g.label.length), 4);
  const labelWidth = Math.min(280, Math.max(120, Math.round(longest * 6.8) + 16));
  const plotWidth = 380;
  const valueWidth = 70;
  const barHeight = 12;
  const groupGap = 10;
  const legendHeight = 26;
  const groupHeight = chart.series.length * barHeight + groupGap;
  const max = chart.max ?? niceMax(Math.max(0, ...values));
  const ticks = integers && max <= 10 ? max : 4;
  const label = (v: number) => (integers ? String(v) : num(v, chart.unit));
  const height = legendHeight + chart.groups.length * groupHeight + 24;
  const width = labelWidth + plotWidth + valueWidth;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif" font-size="12">`,
    `<title>${escapeXml(chart.title)}</title>`,
  );
  chart.series.forEach((s, i) => {
    const x = labelWidth + i * 110;
    parts.push(
      `<rect x="${x}" y="6" width="12" height="12" fill="${PALETTE[i % PALETTE.length]}"/>`,
      `<text x="${x + 17}" y="16">${escapeXml(s)}</text>`,
    );
  });
  for (let t = 0; t <= ticks; t++) {
    const x = labelWidth + (plotWidth * t) / ticks;
    parts.push(
      `<line x1="${x}" y1="${legendHeight}" x2="${x}" y2="${height - 20}" stroke="#e5e7eb"/>`,
      `<text x="${x}" y="${height - 6}" text-anchor="middle" fill="#6b7280">${label((max * t) / ticks)}</text>`,
    );
  }
  chart.groups.forEach((group, gi) => {
    const y0 = legendHeight + gi * groupHeight;
    const mid = y0 + (chart.series.length * barHeight) / 2 + 4;
    parts.push(`<text x="${labelWidth - 8}" y="${mid}" text-anchor="end">${escapeXml(group.label)}</text>`);
    group.values.forEach((v, si) => {
      const y = y0 + si * barHeight;
      const value = Number.isFinite(v) ? v : 0;
      const w = Math.max(0, Math.min(1, value / max)) * plotWidth;
      parts.push(
        `<rect x="${labelWidth}" y="${y}" width="${w.toFixed(1)}" height="${barHeight - 2}" fill="${PALETTE[si % PALETTE.length]}"><title>${escapeXml(`${group.label} ${chart.series[si]}: ${label(value)}`)}</title></rect>`,
        `<text x="${labelWidth + w + 4}" y="${y + barHeight - 3}" font-size="10" fill="#374151">${Number.isFinite(v) ? label(v) : "n/a"}</text>`,
      );
    });
  });
  parts.push("</svg>");
  return parts.join("");
}

/**
 * Reliability diagram: for each confidence bin, a bar of the observed accuracy; the
 * dashed diagonal is perfect calibration. Bars under the diagonal mean overconfidence.
 */
export function reliabilitySvg(chart: ReliabilityChart): string {
  const size = 300;
  const left = 48;
  const top = 16;
  const bottom = 44;
  const width = left + size + 24;
  const height = top + size + bottom;
  const x = (v: number) => left + v * size;
  const y = (v: number) => top + (1 - v) * size;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" font-family="system-ui, sans-serif" font-size="11">`,
    `<title>${escapeXml(`${chart.title} (ECE ${chart.ece.toFixed(3)})`)}</title>`,
    `<rect x="${left}" y="${top}" width="${size}" height="${size}" fill="#f9fafb" stroke="#d1d5db"/>`,
  ];
  for (let t = 0; t <= 5; t++) {
    const v = t / 5;
    parts.push(
      `<line x1="${x(v)}" y1="${top}" x2="${x(v)}" y2="${top + size}" stroke="#eef0f3"/>`,
      `<line x1="${left}" y1="${y(v)}" x2="${left + size}" y2="${y(v)}" stroke="#eef0f3"/>`,
      `<text x="${x(v)}" y="${top + size + 14}" text-anchor="middle" fill="#6b7280">${v.toFixed(1)}</text>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#6b7280">${v.toFixed(1)}</text>`,
    );
  }
  const maxCount = Math.max(1, ...chart.bins.map((b) => b.count));
  for (const bin of chart.bins) {
    if (bin.count === 0) continue;
    const bx = x(bin.lower) + 2;
    const bw = (bin.upper - bin.lower) * size - 4;
    const opacity = 0.35 + 0.65 * (bin.count / maxCount);
    parts.push(
      `<rect x="${bx}" y="${y(bin.accuracy)}" width="${bw}" height="${y(0) - y(bin.accuracy)}" fill="#2563eb" fill-opacity="${opacity.toFixed(2)}"><title>${escapeXml(`confidence ${bin.lower.toFixed(1)}-${bin.upper.toFixed(1)}: ${bin.count} pairs, accuracy ${bin.accuracy.toFixed(2)}, mean confidence ${bin.meanConfidence.toFixed(2)}`)}</title></rect>`,
      `<circle cx="${x(bin.meanConfidence)}" cy="${y(bin.meanConfidence)}" r="3" fill="#f59e0b"/>`,
      `<text x="${bx + bw / 2}" y="${Math.max(top + 10, y(bin.accuracy) - 4)}" text-anchor="middle" font-size="10">n=${bin.count}</text>`,
    );
  }
  parts.push(
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#111827" stroke-dasharray="5 4"/>`,
    `<text x="${left + size / 2}" y="${height - 12}" text-anchor="middle">confidence (bins) — dashed: perfect calibration</text>`,
    `<text transform="translate(12 ${top + size / 2}) rotate(-90)" text-anchor="middle">observed accuracy</text>`,
    "</svg>",
  );
  return parts.join("");
}
