/**
 * A job board's header flattened into one line ("… Company size: 51–200 people Technologies
 * python elasticsearch go django Job description The Role …") carries its "Technologies" tag
 * list in the middle of a line, where segmentAd cannot see it as the field it is: the tags were
 * read with the header's prose, and in an ad without a requirements heading every tag became a
 * required skill, the tag line itself a requirement sentence. The board's own format is exact —
 * the word "Technologies", lower-case tags, then "Job description" — so this is a format rule:
 * segmentAd cuts the tags out of the piece as the Technologies field they are, and reads what is
 * before and after them as it did (the line is not broken: a line break there would make the
 * ad's next words start a line, where they read as a heading).
 */
const FLATTENED_TAGS =
  /(?<=\S )Technologies ((?:[a-z0-9][a-z0-9.#+-]*)(?: [a-z0-9][a-z0-9.#+-]*){0,14}) (?=Job description )/;

/** Where a flattened header's tag list sits in a piece: the label's start, and the tags' own span. */
export function flattenedTagList(
  text: string,
): { labelStart: number; start: number; end: number } | undefined {
  const m = FLATTENED_TAGS.exec(text);
  if (!m) return undefined;
  const start = m.index + "Technologies ".length;
  return { labelStart: m.index, start, end: start + m[1]!.length };
}
