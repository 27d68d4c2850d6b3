/**
 * What an ad is about, in its own words: the content words of its title and opening sentences
 * that the ad comes back to (said at least twice in the ad). "Would you like to develop
 * educational content for the preschool segment ... experience with preschool education"
 * gives "preschool", "educational", "education"...; "battery powered wireless systems" with
 * "low power wireless" asks gives "wireless". The taxonomy has no skill for most
 * specialisations, so tools/gap compares these words with what the person's roles say
 * (the verdict's `focusCoverage`). Read from the ad only: no list of fields or trades.
 */
import { crudeStem } from "../../data/embeddings/stem.ts";
import { contentTokens } from "../../data/embeddings/tokenize.ts";
import type { Segment } from "./segments.ts";

/** How much of the ad's start is its opening: the title line and a sentence or two. */
const OPENING_CHARS = 400;
/** A word the ad says once is a detail; twice or more, a theme. */
const MIN_MENTIONS = 2;
const MAX_WORDS = 12;
/** Anonymised placeholders ("<ORGANIZATION>") are not words of the ad. */
const PLACEHOLDER = /<[A-Z_]+>/g;

/**
 * Words every ad uses about itself, its offer or its reader, whatever the trade: never a
 * specialisation ("relevant experience", "join our team", "great opportunity").
 */
const AD_WORDS = new Set(
  (
    "ability able active ambitious apply based better candidate candidates career colleague colleagues company " +
    "cover date day description eager excellent experience experienced find full full-time good great help high " +
    "interested job join key knowledge location looking make motivated new offer one opportunity opportunities " +
    "part people players position professional provide relevant required role skilled skills solutions strong " +
    "successful take team time type way well within work working world year years"
  ).split(" "),
);

const words = (text: string) =>
  contentTokens(text.replace(PLACEHOLDER, " ")).filter(
    (w) => /^[a-z][a-z-]{2,}$/.test(w) && !AD_WORDS.has(w),
  );

export function adFocus(segments: Segment[], title?: string): string[] {
  const body = segments.filter((s) => s.section !== "meta" && s.section !== "technologies");
  let opening = title ?? "";
  for (const s of body) {
    if (opening.length >= OPENING_CHARS) break;
    opening += ` ${s.text}`;
  }
  const mentions = new Map<string, number>();
  for (const s of body)
    for (const w of words(s.text)) mentions.set(crudeStem(w), (mentions.get(crudeStem(w)) ?? 0) + 1);
  const seen = new Set<string>();
  const out: { word: string; count: number; at: number }[] = [];
  words(opening.slice(0, OPENING_CHARS + 200)).forEach((word, at) => {
    const stem = crudeStem(word);
    const count = mentions.get(stem) ?? 0;
    if (seen.has(stem) || count < MIN_MENTIONS) return;
    seen.add(stem);
    out.push({ word, count, at });
  });
  return out
    .sort((a, b) => b.count - a.count || a.at - b.at)
    .slice(0, MAX_WORDS)
    .map((x) => x.word);
}
