/**
 * The one-paragraph copy of a resume written in lines: how it arrives when its line breaks are
 * lost (pasted from a web form, exported by a job board). Most labelled resumes arrive that way,
 * and most missed employers are in them (issue 14: 290 of 344 on the training PDFs), but a
 * resume written in lines teaches the labeller little about one: its fields stand on lines of
 * their own. Training on both copies of each lined resume shows the labeller the same fields
 * with the line breaks gone.
 *
 * A lost break is kept as a double space (what the one-paragraph resumes show and what the
 * normaliser cuts at) or, for about one break in four, lost to a single space, as when an
 * exporter joined a name and its address or a title and its employer. Which breaks are lost is
 * drawn from a generator seeded by the resume's id, so the same resume gives the same copy.
 */
import { createHash } from "node:crypto";
import { seededRandom } from "../../ml/seeded-random.ts";
import { isFlattened } from "../text/normalize.ts";

/** Share of lost breaks that leave a single space (the rest leave two). */
const SINGLE_SPACE_SHARE = 0.25;

/** The resume as one paragraph, or undefined when it already is one (nothing new to learn). */
export function oneParagraphCopy(raw: string, id: string): string | undefined {
  const text = raw.replace(/\r\n?/g, "\n").trim();
  if ((text.match(/\n/g) ?? []).length < 3 || isFlattened(text)) return undefined;
  const random = seededRandom(createHash("sha256").update(`one-paragraph:${id}`).digest().readUInt32BE(0));
  return text
    .split(/[ \t]*\n\s*/)
    .reduce((out, line) => (out ? `${out}${random() < SINGLE_SPACE_SHARE ? " " : "  "}${line}` : line), "");
}
