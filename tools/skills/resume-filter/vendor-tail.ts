/**
 * A product listed without its vendor's name ("Pro Tools", "FL Studio"): O*NET names many
 * products with their maker first ("Avid Pro Tools", "Image-Line FL Studio"), and the taxonomy
 * build strips only the vendors it lists (scripts/taxonomy/onet.ts), so a music producer's list
 * of the tools of the trade was all unknown words and the filter, seeing no known name on the
 * line, kept none of them (trial19: a producer's resume gave 0 skills). A list item that is such a
 * product's name after its first word or two — at least two capitalised words, no spelling of
 * anything else, listed under a skills heading (elsewhere a title such as "Property Manager" ends a
 * product's name too) — is that product. Where several products end so ("Avid Pro Tools", "Avid
 * Technology Pro Tools"), the shortest name is the product; two of the same length are no answer.
 */
import { getTaxonomy, type Skill } from "../../../data/taxonomy/index.ts";
import { normalizeKey } from "../../../data/taxonomy/normalize.ts";

const NOT_PRODUCTS = new Set([
  "concept",
  "domain_knowledge",
  "certification",
  "soft_skill",
  "spoken_language",
]);
/** Capitalised words or a product's own spelling ("FL", "iZotope", "Pro"): how a product's name is written. */
const NAME_WORD = /^(?:\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}+#.'&-]*$/u;
const isNameWords = (words: string[]) => words.every((w) => NAME_WORD.test(w));

let index: Map<string, Skill | null> | undefined;

/**
 * A name headed by a word for an activity ("Revenue Management", "Route Planning", "Data
 * Analysis") names the field when written without a vendor, not the vendor's product
 * ("Softrax Revenue Management"); products are headed by things ("Tools", "Studio", "Forge").
 */
const ACTIVITY_HEAD = /(?:ment|ing|tion|sion|sis|ance|ence|ship)$/i;

function tails(): Map<string, Skill | null> {
  if (index) return index;
  const taxonomy = getTaxonomy();
  const skills: Skill[] = [];
  const seen = new Set<string>();
  for (const [, id] of taxonomy.spellings()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const skill = taxonomy.get(id);
    if (skill) skills.push(skill);
  }
  const best = new Map<string, { skill: Skill; words: number } | null>();
  for (const skill of skills) {
    if (!skill.sources.includes("onet") || NOT_PRODUCTS.has(skill.category)) continue;
    const words = skill.name.split(/\s+/);
    if (!isNameWords(words) || ACTIVITY_HEAD.test(words.at(-1)!)) continue;
    for (const drop of [1, 2]) {
      const tail = words.slice(drop);
      if (tail.length < 2) continue;
      const key = normalizeKey(tail.join(" "));
      if (taxonomy.lookup(tail.join(" "))) continue;
      const had = best.get(key);
      if (had === null) continue;
      if (!had || words.length < had.words) best.set(key, { skill, words: words.length });
      else if (had.words === words.length && had.skill.id !== skill.id) best.set(key, null);
    }
  }
  index = new Map([...best].map(([k, v]) => [k, v?.skill ?? null]));
  return index;
}

/** The known product a list item names without its vendor, if exactly one. */
export function productWithoutVendor(item: string): Skill | undefined {
  const words = item.trim().split(/\s+/);
  if (words.length < 2 || words.length > 4 || !isNameWords(words)) return undefined;
  return tails().get(normalizeKey(item)) ?? undefined;
}
