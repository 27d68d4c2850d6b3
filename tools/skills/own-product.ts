/**
 * A known name followed by more capitalised product words is another product: "Flash
 * Catalyst" is not Adobe Flash, "SAP Fiori" is not SAP, "Final Cut Studio" is not Final Cut
 * Pro (issue 14: never the nearest known tool). The whole name is reported as the taxonomy
 * spells it when it knows it (Final Cut Studio is Apple Final Cut Studio, known for lookup
 * only), else under the person's own words. "SAP systems", "Cisco Routers", "Android App",
 * "Java 8" stay the known name: a version, a lower-case word, a word the taxonomy spells as
 * part of the name, or a general word.
 *
 * General words come from the taxonomy itself: words that the names of its general skills
 * (fields, concepts, methods, soft skills, ESCO's knowledge) use often (GENERAL_USES times or
 * more: "Support", "Storage", "Game", "Products"), plus the qualifier words a known name takes
 * ("Cloud", "Pro", "Developer"). ESCO's thirteen thousand names hold most English words once or
 * twice ("Align", "Sentinel", "Channels"), so a word used rarely there is still a product word.
 */
import { getTaxonomy, type Taxonomy } from "../../data/taxonomy/index.ts";
import type { Skill } from "../../data/taxonomy/types.ts";
import { phraseWordSets } from "./phrase-words.ts";

/** What may follow a known name without making it another product ("Java 8", "Oracle Cloud"). */
export const QUALIFIER_WORDS = new Set(
  (
    "cloud server servers enterprise edition online desktop pro professional suite platform community " +
    "express standard premium core advanced basic basics fundamentals programming development developer " +
    "language languages framework frameworks scripting script scripts tools tool concepts services " +
    "service technologies technology stack db database databases os and with plus api apis sdk " +
    "administration admin design testing consultant consultants engineer engineers app apps"
  ).split(" "),
);

const SPECIFIC = new Set(["tool", "framework_library", "database", "cloud_platform", "programming_language"]);

/** How many general skills must use a word before it is a general word. */
const GENERAL_USES = 10;

let generalWords: Set<string> | undefined;

/**
 * Lower-case words used by GENERAL_USES or more names and spellings of the taxonomy's general
 * skills. Built into data/taxonomy/phrase-words.json (scripts/taxonomy/phrase-words.ts): counted
 * here at parse time it expanded every skill, 400-600 ms on a cold process's first product item.
 */
export function generalWordsOf(
  skills: Iterable<{ name: string; category: string; aliases?: string[] }>,
): string[] {
  const uses = new Map<string, number>();
  for (const s of skills) {
    if (SPECIFIC.has(s.category)) continue;
    const words = new Set(
      [s.name, ...(s.aliases ?? [])].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}+#]+/u)),
    );
    for (const w of words) if (w) uses.set(w, (uses.get(w) ?? 0) + 1);
  }
  return [...uses]
    .filter(([, n]) => n >= GENERAL_USES)
    .map(([w]) => w)
    .sort();
}

/** The general words and the qualifier words: what may follow a known name in its own name. */
function general(taxonomy: Taxonomy): Set<string> {
  generalWords ??= new Set([
    ...QUALIFIER_WORDS,
    ...(phraseWordSets().general ?? generalWordsOf(taxonomy.all())),
  ]);
  return generalWords;
}

const isVersionWord = (w: string) => /^(?:v?\d+(?:\.\d+)*[a-z]{0,2}|r\d|x|xp|nt|i|ii|iii|iv)$/i.test(w);

/** A word that can only be part of a product's name: capitalised, no version, no general word. */
function isProductWord(word: string, taxonomy: Taxonomy): boolean {
  if (!/^\p{Lu}[\p{L}\p{N}+#.-]*$/u.test(word) || isVersionWord(word)) return false;
  return !general(taxonomy).has(word.toLowerCase().replace(/[.-]+$/, ""));
}

/**
 * The product a list item names when it is a known specific tool (`known`, found at the start
 * of the item) written with more words: the taxonomy's own skill for the whole item when it
 * knows one other than `known`, `"own"` when the rest are product words, else undefined (the
 * item is the known tool, qualified).
 */
export function ownProductOf(
  item: string,
  known: Skill,
  rest: string,
  taxonomy: Taxonomy = getTaxonomy(),
): Skill | "own" | undefined {
  const whole = taxonomy.lookup(item);
  if (whole) return whole.id === known.id ? undefined : whole;
  if (!SPECIFIC.has(known.category)) return undefined;
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2) return undefined;
  return words.every((w) => isProductWord(w, taxonomy)) ? "own" : undefined;
}

/**
 * The product a list item names when it opens with a known tool and holds other known names
 * too ("Oracle Linux" holds Oracle and Linux): the taxonomy's skill for the whole item when it
 * knows one other than the opening tool's; else,
 * when the opening tool is written as a vendor's word and one or two capitalised words follow,
 * one product under the person's own words ("Oracle Retail"), never the vendor's best-known
 * product plus the other names; "vendor" when what follows is a known product of its own
 * ("Oracle Linux" is Linux, "Oracle MySQL" MySQL: the vendor's word names no second skill).
 * Otherwise undefined: the names stay ("Java J2EE").
 */
export function productOfNamedItem(
  item: string,
  opening: string,
  known: Skill,
  rest: string,
  taxonomy: Taxonomy = getTaxonomy(),
): Skill | "own" | "vendor" | undefined {
  const whole = taxonomy.lookup(item);
  if (whole) return whole.id === known.id ? undefined : whole;
  // A vendor's word: it opens the names of many specific products in the taxonomy ("Oracle",
  // "SAP": built into phrase-words.json), so "Java J2EE" (Java opens 12) stays two names.
  if (!SPECIFIC.has(known.category) || !phraseWordSets().vendors.has(opening.trim().toLowerCase()))
    return undefined;
  const named = taxonomy.lookup(rest.trim());
  // A name that is also a word or another vendor's product only when the taxonomy gives it
  // this vendor ("Oracle RAC" is Oracle Real Application Cluster RAC; "Oracle APEX" is not Apex).
  const vendor = opening.trim().toLowerCase();
  if (
    named &&
    SPECIFIC.has(named.category) &&
    (!named.ambiguous || named.name.toLowerCase().split(/\s+/).includes(vendor))
  )
    return "vendor";
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2) return undefined;
  // Any capitalised word, a qualifier too: the vendor's word alone names no product ("Oracle Cloud"
  // is known whole; "Oracle Retail" is not Oracle Database).
  return words.every((w) => /^\p{Lu}[\p{L}\p{N}+#.-]*$/u.test(w) && !isVersionWord(w)) ? "own" : undefined;
}
