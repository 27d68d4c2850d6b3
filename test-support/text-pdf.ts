/**
 * A one-page PDF holding the given lines of 11-point Helvetica, for tests that upload
 * or parse a real PDF. Lines starting with `tinyMarker` are set in 1-point type (present
 * in the text layer, invisible to a reader), as keyword stuffers do.
 */
import { buildPdf, PAGE_HEIGHT } from "./fixtures/resume/pdf-writer.ts";

export function textPdf(lines: string[], options: { tinyMarker?: string } = {}): Uint8Array {
  const marker = options.tinyMarker;
  const texts = lines.map((line, i) => {
    const tiny = marker !== undefined && line.startsWith(marker);
    return {
      x: 56,
      y: PAGE_HEIGHT - 52 - i * 14,
      size: tiny ? 1 : 11,
      text: tiny ? line.slice(marker.length) : line,
    };
  });
  return new Uint8Array(buildPdf([{ texts }]));
}
