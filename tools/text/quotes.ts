/**
 * Quotes around a whole name: 'add "Power BI"' or «atención al público» names the skill without
 * its quotes. Straight, curly, angled and low quotes; a name with quotes inside ("Rock 'n' Roll")
 * keeps them.
 */
const WRAPPED = /^\s*["'‘’“”«»„‚]\s*([^"‘’“”«»„‚]*?)\s*["'‘’“”«»„‚]\s*$/u;

/** The text without one pair of quotes around all of it. */
export function withoutWrappingQuotes(text: string): string {
  return WRAPPED.exec(text)?.[1] || text;
}
