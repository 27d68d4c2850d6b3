/**
 * The funnel and weekly-volume charts as reply parts: Vega-Lite specs compiled to Vega,
 * rendered to SVG on the server, and rasterised to PNG with resvg for channels that
 * only show images (Slack, Teams, Discord).
 */
import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import * as vega from "vega";
import * as vl from "vega-lite";
import type { ChartPart } from "../../contract/conversation.ts";
import { type ApplicationAnalytics, percent } from "./analytics.ts";

const FONT_FAMILY = "DejaVu Sans";
/** Debian's fonts-dejavu-core; loading one file is much faster than scanning every system font. */
const FONT_FILES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
];
/** Weeks shown in the volume chart; older weeks still count in the numbers. */
export const WEEKS_SHOWN = 26;

const BASE_CONFIG = {
  font: FONT_FAMILY,
  background: "white",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, grid: false },
  title: { fontSize: 14, anchor: "start" },
} as const;

export function funnelSpec(analytics: ApplicationAnalytics): vl.TopLevelSpec {
  const values = analytics.funnel.map((stage, order) => ({
    order,
    stage: stage.label,
    count: stage.count,
    label:
      stage.conversionFromPrevious === null
        ? `${stage.count}`
        : `${stage.count} (${percent(stage.conversionFromPrevious)} of previous)`,
  }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Application funnel",
    width: 420,
    height: { step: 30 },
    data: { values },
    encoding: {
      y: { field: "stage", type: "nominal", sort: values.map((v) => v.stage), title: null },
      x: { field: "count", type: "quantitative", title: "Applications", axis: { tickMinStep: 1 } },
    },
    layer: [
      { mark: { type: "bar", color: "#4c78a8", cornerRadiusEnd: 2 } },
      { mark: { type: "text", align: "left", dx: 4, fontSize: 11 }, encoding: { text: { field: "label" } } },
    ],
    config: BASE_CONFIG,
  } as vl.TopLevelSpec;
}

export function weeklySpec(analytics: ApplicationAnalytics): vl.TopLevelSpec {
  const weeks = analytics.applicationsPerWeek.slice(-WEEKS_SHOWN);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: "Applications per week",
    width: Math.max(240, weeks.length * 22),
    height: 200,
    data: { values: weeks.map((w) => ({ week: w.weekStart, count: w.count })) },
    encoding: {
      x: {
        field: "week",
        type: "ordinal",
        title: "Week starting",
        axis: { labelAngle: -45, labelExpr: "timeFormat(toDate(datum.value + 'T00:00:00'), '%b %d')" },
      },
      y: { field: "count", type: "quantitative", title: "Applications", axis: { tickMinStep: 1 } },
    },
    mark: { type: "bar", color: "#54a24b" },
    config: BASE_CONFIG,
  } as vl.TopLevelSpec;
}

export async function renderSvg(spec: vl.TopLevelSpec): Promise<string> {
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export function svgToPng(svg: string, scale = 2): Uint8Array {
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles, loadSystemFonts: fontFiles.length === 0, defaultFontFamily: FONT_FAMILY },
  });
  return resvg.render().asPng();
}

async function chartPart(title: string, spec: vl.TopLevelSpec, alt: string): Promise<ChartPart> {
  const svg = await renderSvg(spec);
  return { type: "chart", title, svg, pngBase64: Buffer.from(svgToPng(svg)).toString("base64"), alt };
}

/** Both charts, or none while nothing has been sent (an empty funnel says nothing). */
export async function applicationCharts(analytics: ApplicationAnalytics): Promise<ChartPart[]> {
  if (analytics.submitted === 0) return [];
  const funnelAlt = analytics.funnel.map((s) => `${s.label}: ${s.count}`).join(", ");
  const weeks = analytics.applicationsPerWeek.slice(-WEEKS_SHOWN);
  const weeklyAlt =
    `Applications per week over the last ${weeks.length} weeks: ` +
    weeks.map((w) => `${w.weekStart}: ${w.count}`).join(", ");
  return [
    await chartPart("Application funnel", funnelSpec(analytics), `Application funnel. ${funnelAlt}.`),
    await chartPart("Applications per week", weeklySpec(analytics), weeklyAlt),
  ];
}
