/**
 * Fields of study compared by ISCED-F 2013 broad field (data/isced-f-fields.json), the one
 * comparison the degree ask (degree-held.ts) and the education score (score-education.ts) share.
 * A degree's field rarely repeats the ad's words: "Information Systems" for "computer science",
 * "Accounting" for "finance", "Electronics" for "engineering". Before, each file had its own
 * substring test, so such a degree was "not in the field" in one place and the other.
 * Same broad field, or one name contained in the other, is the same field.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

interface IscedFile {
  broad: Record<string, { name: string; terms: string[] }>;
  spanning: Record<string, string[]>;
}
const FILE = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "data/isced-f-fields.json"), "utf8"),
) as IscedFile;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Each broad field's terms as one whole-word pattern (longest first, so "computer engineering" wins over "engineering"). */
const PATTERNS: [string, RegExp][] = Object.entries(FILE.broad).map(([code, f]) => [
  code,
  new RegExp(
    `\\b(${[...f.terms]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegex)
      .join("|")})\\b`,
    "i",
  ),
]);

/** The ISCED-F broad fields a field of study or degree name falls in ("BSc Information Systems" -> 06). */
export function broadFields(text: string): string[] {
  const lower = text.toLowerCase();
  const spanning = Object.entries(FILE.spanning).flatMap(([term, codes]) =>
    new RegExp(`\\b${escapeRegex(term)}\\b`, "i").test(lower) ? codes : [],
  );
  return [
    ...new Set([...PATTERNS.filter(([, re]) => re.test(lower)).map(([code]) => code), ...spanning]),
  ].sort();
}

/** Whether a held degree (its degree and field words) is in one of the fields an ad asks for. */
export function inAskedField(askedFields: readonly string[], held: string): boolean {
  if (askedFields.length === 0) return true;
  const h = held.toLowerCase();
  const heldBroad = new Set(broadFields(h));
  return askedFields.some((f) => {
    const a = f.toLowerCase();
    return h.includes(a) || (h.length > 0 && a.includes(h)) || broadFields(a).some((c) => heldBroad.has(c));
  });
}
