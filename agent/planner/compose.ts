/**
 * How the planner's reply pieces become one reply, and how a reply is cut into the
 * pieces it streams as. Templates are written one per request or tool result; joining
 * them here (and only here) keeps every reply's spacing the same: one blank line between
 * blocks, one space between sentences, never "start?I'm" or "role.. Ask".
 */

/** Fixes the seams templates leave: doubled stops, a stop glued to the next sentence, stray spaces. */
export function tidy(text: string): string {
  return (
    text
      // "typical for the role.." (a listed phrase ending in a stop, then the template's stop)
      .replace(/(?<!\.)\.\.(?!\.)/g, ".")
      .replace(/([!?])\.(?!\.)/g, "$1")
      // "start?I'm" / "done!Next": a sentence glued to the one before it
      .replace(/([a-z)][!?])(?=[A-Z])/g, "$1 ")
      // "the role.Ask": only after a lower-case word, so "ASP.NET" and "a.txt" stay as written
      .replace(/(\b[a-z]{2,}\.)(?=[A-Z][a-z]+\s)/g, "$1 ")
      .replace(/[ \t]+([.,;:!?])(?=\s|$)/g, "$1")
      .replace(/[ \t]{2,}/g, " ")
      .replace(/[ \t]+\n/g, "\n")
      .trim()
  );
}

/** Blocks of a reply (one per request or tool result), tidied, empties dropped, a blank line apart. */
export function joinReply(blocks: readonly string[]): string {
  return blocks
    .map(tidy)
    .filter((b) => b.length > 0)
    .join("\n\n");
}

/**
 * A reply cut where a reader would pause: after a sentence, a colon or semicolon, a dash
 * clause or a line. The pieces keep their trailing whitespace, so joined they are the reply.
 */
export function replyPieces(text: string): string[] {
  const pieces = text.match(/[^\n]*?(?:[.!?:;](?=\s)|\s—(?=\s)|(?=\n)|$)\s*/g) ?? [];
  return pieces.filter((p) => p.length > 0);
}
