/**
 * Whether a file's text reads as a person's resume rather than a job ad: contact details near
 * the top and at least two kinds of resume section heading (the resume parser's own heading
 * vocabulary, in every language it reads), with none of an ad's shape. A file sent with "is this
 * job a fit for me?" is read as the ad (trial20 §1); the same words sent with one's own resume
 * must not make it a target, so the file's own shape has the last word.
 */
import { matchHeading } from "../resume/text/headings.ts";
import { CONTACT_DETAILS } from "./ad-fragment.ts";
import { looksLikePosting } from "./target.ts";

export function readsAsResume(text: string): boolean {
  if (looksLikePosting(text) || !CONTACT_DETAILS.test(text.slice(0, 600))) return false;
  const kinds = new Set(
    text
      .split("\n")
      .map((line) => matchHeading(line.replace(/^[•\-*#>\s]+/, "").trim()))
      .filter((kind) => kind !== null && kind !== "other"),
  );
  return kinds.size >= 2;
}
