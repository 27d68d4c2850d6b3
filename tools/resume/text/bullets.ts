/** Bullet glyphs, including private-use Wingdings/Symbol code points PDFs emit. */
const BULLETS =
  "•▪●■◆◦○►▶➢➤✓✔❖◊∙·\u2043\u25aa\u25cf\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf02d\uf0be\uf06c\uf098\uf028";
export const BULLET_CLASS = `[${BULLETS}]`;

/** A line that starts an item: a bullet glyph, a dash or a number ("3.", "2)"). */
export const BULLET_RE = new RegExp(`^(?:${BULLET_CLASS}|[-*–>]|\\d{1,2}[.)])\\s+`);

/** A piece of raw text that starts with a bullet glyph, spaced or not ("•Built", "• Built"). */
export const BULLET_START_RE = new RegExp(`^(?:${BULLET_CLASS}|[-*–>]\\s|\\d{1,2}[.)]\\s)`);

export function stripBullet(line: string): string {
  return line.replace(BULLET_RE, "").trim();
}
