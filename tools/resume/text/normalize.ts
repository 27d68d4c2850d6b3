/**
 * Turns extracted text into logical lines. Real resumes arrive in two shapes: with line
 * breaks (PDF/DOCX text layers), and as one long line where the breaks were lost when
 * the text was copied out of a PDF or web form. In the second shape the breaks survive
 * only as runs of 2+ spaces and as bullet glyphs, so those become line breaks again.
 */

import { BULLET_CLASS } from "./bullets.ts";
import { splitFieldGaps } from "./field-gaps.ts";
import { type KnownNameAcross, splitAtLostBreaks } from "./lost-breaks.ts";

export { BULLET_RE, stripBullet } from "./bullets.ts";

/**
 * Some exports carry UTF-8 bytes written out as literal "\xe2\x80\xa2" escapes. Decode
 * runs of them back to characters so bullets and accents are recognised.
 */
export function decodeByteEscapes(text: string): string {
  if (!text.includes("\\x")) return text;
  return text.replace(/(?:\\x[0-9a-fA-F]{2})+/g, (run) => {
    const bytes = Buffer.from(run.replace(/\\x/g, ""), "hex");
    const decoded = bytes.toString("utf8");
    // Lone control bytes or invalid UTF-8 carry no meaning: keep them as a separator.
    return decoded.includes("\ufffd") || /^[\x00-\x1f]+$/.test(decoded) ? " • " : decoded;
  });
}

const HTML_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

function decodeEntities(text: string): string {
  let out = text;
  // Doubly escaped "&amp;amp;" appears in real exports; two passes undo it.
  for (let i = 0; i < 2; i++) {
    out = out.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, n: string) => HTML_ENTITIES[n] ?? _);
    out = out.replace(/&#(\d{1,6});/g, (_, d: string) => safeCodePoint(Number(d)));
  }
  return out;
}

function safeCodePoint(n: number): string {
  return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : " ";
}

/**
 * "20132015" and "2016present": the dash between years is often lost in extraction.
 * Put it back when the pair reads as a range.
 */
export function repairGluedDates(text: string): string {
  return text
    .replace(/\b((?:19|20)\d{2})((?:19|20)\d{2})\b/g, (m, a: string, b: string) =>
      Number(b) >= Number(a) && Number(b) - Number(a) < 50 ? `${a}-${b}` : m,
    )
    .replace(/\b((?:19|20)\d{2})(present|current|now|till date)\b/gi, "$1-$2");
}

/** Whether the text lost its line breaks: long lines whose structure lives in double spaces. */
export function isFlattened(text: string): boolean {
  // Only double spaces inside the long lines count: a long line without them (a pasted
  // keyword list) says nothing about the other lines, and must not get them split.
  let doubleSpaces = 0;
  for (const line of text.split("\n"))
    if (line.length > 250) doubleSpaces += (line.match(/\S {2,}\S/g) ?? []).length;
  return doubleSpaces >= 5;
}

export interface NormalizedText {
  text: string;
  lines: string[];
  flattened: boolean;
}

export interface NormalizeOptions {
  /** Whether a known name runs across a double space (then it is no lost break). */
  knownNameAcross?: KnownNameAcross;
}

export function normalizeResumeText(raw: string, options: NormalizeOptions = {}): NormalizedText {
  let text = decodeEntities(decodeByteEscapes(raw))
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, "")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    // A tab lays out fields as a gap does (field-gaps.ts).
    .replace(/\t/g, "   ")
    .replace(/[\u2028\u2029\f\v]/g, "\n")
    .replace(/[\x00-\x08\x0e-\x1f\x7f]/g, " • ");
  // Exports wrap the whole resume in quotes; they are not part of the first or last line.
  text = text.trim().replace(/^"/, "").replace(/"$/, "");
  text = repairGluedDates(text);
  const flattened = isFlattened(text);
  const out: string[] = [];
  for (const rawLine of text.split("\n")) {
    const pieces =
      flattened || rawLine.length > 300
        ? splitAtLostBreaks(rawLine, options.knownNameAcross)
        : splitFieldGaps(rawLine, options.knownNameAcross);
    for (const piece of pieces) {
      for (const part of splitBullets(piece)) {
        const line = part.replace(/ {2,}/g, " ").trim();
        if (line.length > 0 && !/^[•\-–—_=*~.|:;,]+$/.test(line)) out.push(line);
      }
    }
  }
  return { text: out.join("\n"), lines: out, flattened };
}

/** "A • B ▪ C" -> ["A", "• B", "• C"]: each bullet starts a new logical line. */
function splitBullets(line: string): string[] {
  const re = new RegExp(`\\s*${BULLET_CLASS}\\s*`, "g");
  if (!re.test(line)) return [line];
  const parts = line.split(new RegExp(`\\s*(?=${BULLET_CLASS})`));
  return parts.map((p) => p.replace(new RegExp(`^${BULLET_CLASS}+\\s*`), "• "));
}
