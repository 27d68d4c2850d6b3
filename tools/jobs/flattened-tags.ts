/**
 * A job board's header flattened into one line ("… Company size: 51–200 people Technologies
 * python elasticsearch go django Job description The Role …") carries its "Technologies" tag
 * list in the middle of a line, where segmentAd cannot see it as the field it is: the tags were
 * read with the header's prose, and in an ad without a requirements heading every tag became a
 * required skill, the tag line itself a requirement sentence. The board's own format is exact —
 * the word "Technologies", lower-case tags, then "Job description" — so this is a format rule:
 * the spaces around the tag list become line breaks (the same length, so every offset stays),
 * and the tags are read as the line form ("Technologies⏎python django⏎Job description") is.
 */
const FLATTENED_TAGS =
  /(?<=\S) Technologies ((?:[a-z0-9][a-z0-9.#+-]*)(?: [a-z0-9][a-z0-9.#+-]*){0,14}) Job description /g;

/** The text with a flattened header's tag list on lines of its own; the same length. */
export function withTagListOnItsLine(text: string): string {
  return text.replace(FLATTENED_TAGS, (_all, tags: string) => `\nTechnologies\n${tags}\nJob description\n`);
}
