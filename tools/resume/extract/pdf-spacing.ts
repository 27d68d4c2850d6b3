/**
 * The spaces a PDF really draws. pdfjs's text content folds any run of space glyphs that
 * is narrower than about 0.6 em into one space, so a resume written as one paragraph
 * with its fields separated by two spaces ("Jane Doe  Data Analyst  Acme Corp") reads
 * back as one undivided run of words. The operator list still holds every glyph the
 * page draws, spaces included: it is walked beside the text items, and where the page
 * drew two or more space glyphs, the item gets two spaces — the mark the text reader
 * takes for a lost line break, exactly as in the same resume's plain text.
 */

/** pdfjs operator codes that draw text (OPS.showText, OPS.showSpacedText). */
const SHOW_TEXT_OPS = new Set([44, 45]);

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

interface Glyph {
  unicode?: string;
}

const isSpace = (c: string) => c === " " || c === "\t" || c === "\u00a0" || c === "\n" || c === "\r";

/**
 * The characters every text operator draws, in content order, each glyph normalised as
 * pdfjs normalises text content (NFKC: a ligature glyph reads as its letters).
 */
export function drawnText(ops: OperatorList): string {
  const parts: string[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    if (!SHOW_TEXT_OPS.has(ops.fnArray[i]!)) continue;
    const glyphs = (ops.argsArray[i] as unknown[] | undefined)?.[0];
    if (!Array.isArray(glyphs)) continue;
    for (const g of glyphs) {
      const u = (g as Glyph | null)?.unicode;
      if (typeof u === "string") parts.push(u.normalize("NFKC"));
    }
  }
  return parts.join("");
}

const LOOKAHEAD = 3;

function nextMatch(drawn: string, from: number, c: string): number | undefined {
  for (let k = from; k <= from + LOOKAHEAD && k < drawn.length; k++) {
    if (drawn.startsWith(c, k)) return k;
    if (isSpace(drawn[k]!)) return undefined;
  }
  return undefined;
}

/**
 * The item strings with every single space that stands for two or more drawn spaces
 * written as two. Returns undefined when the items and the drawn text do not line up
 * (a font without a Unicode map, reordered right-to-left text): then the caller keeps
 * pdfjs's strings, which is never worse than before.
 */
export function restoreSpaces(items: string[], drawn: string): string[] | undefined {
  let j = 0;
  const out: string[] = [];
  for (const str of items) {
    let text = "";
    let pendingSpace = false;
    let begun = false;
    for (const c of str) {
      if (isSpace(c)) {
        // Leading spaces of an item stay as they are; inner ones are decided below.
        if (begun) pendingSpace = true;
        else text += c;
        continue;
      }
      let spaces = 0;
      while (j < drawn.length && isSpace(drawn[j]!)) {
        spaces++;
        j++;
      }
      // Text content leaves out a few glyphs the page draws (invisible format marks):
      // look a few characters ahead before giving up.
      const at = nextMatch(drawn, j, c);
      if (at === undefined) return undefined;
      j = at + c.length;
      if (pendingSpace) text += spaces >= 2 ? "  " : " ";
      // Two spaces drawn before an item's first word (often at the end of the line above,
      // where a wrapped paragraph broke) separate it from what came before, too.
      else if (!begun && spaces >= 2 && out.length > 0) text += "  ";
      pendingSpace = false;
      begun = true;
      text += c;
    }
    if (pendingSpace) text += " ";
    out.push(text);
  }
  return out;
}
