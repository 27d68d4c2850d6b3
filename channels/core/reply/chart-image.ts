/** A chart part as the PNG file chat platforms show inline. */
import type { ChartPart } from "../../../contract/conversation.ts";
import type { OutboundFile } from "../adapter.ts";

export async function chartImage(part: ChartPart): Promise<OutboundFile> {
  let bytes: Uint8Array;
  if (part.pngBase64) bytes = new Uint8Array(Buffer.from(part.pngBase64, "base64"));
  else if (part.svg) {
    // Rasterising needs the chart renderer; load it only for charts that came as SVG alone.
    const { svgToPng } = await import("../../../tools/applications/charts.ts");
    bytes = svgToPng(part.svg);
  } else throw new Error(`chart "${part.title}" has neither PNG nor SVG`);
  const name =
    part.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "chart";
  return { filename: `${name}.png`, mimeType: "image/png", bytes, title: part.title, alt: part.alt };
}
