/**
 * A job title said in Spanish, Portuguese, French or German, in English words: "diseñadora UX"
 * -> "UX designer", "analista de datos" -> "data analyst", "Softwareentwicklerin" -> "software
 * developer". The role finder knows English titles only (O*NET, ESCO); this lets a dream role
 * said in the chat's other languages reach it. Romance titles put the head first and what
 * qualifies it after ("ingeniero de software senior"): English puts the qualifiers first, the
 * nearest last. German compounds end with their head ("Vertriebs|leiter").
 */
import { isTitleHead } from "../../data/roles/title-heads.ts";
import { HEADS, JOINERS, MODIFIERS, PHRASES } from "./title-words-translated.ts";

/** Lower case without accents: "Diseñadora" -> "disenadora", "Verkäufer" -> "verkaufer". */
export const plain = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");

/** Heads a German compound can end with, longest first ("ingenieurin" before "ingenieur"). */
const GERMAN_HEADS = Object.keys(HEADS)
  .filter((w) => w.length >= 4)
  .sort((a, b) => b.length - a.length);

/** "softwareentwickler" -> "software developer"; undefined when no known head ends it. */
function germanCompound(word: string): string | undefined {
  for (const head of GERMAN_HEADS) {
    if (!word.endsWith(head) || word.length - head.length < 3) continue;
    const prefix = word.slice(0, -head.length).replace(/-$/, "");
    // The joining "s", "en" or "n" of a compound ("Vertriebs-", "Netzwerk-", "Küchen-"): the word without it.
    const known =
      MODIFIERS[prefix] ??
      MODIFIERS[prefix.replace(/s$/, "")] ??
      MODIFIERS[prefix.replace(/en$/, "")] ??
      MODIFIERS[prefix.replace(/n$/, "")];
    return `${known ?? prefix} ${HEADS[head]}`;
  }
  return undefined;
}

/** Qualifiers a German compound can start with, longest first ("Solar|anlagen", "Energie|technik"). */
const GERMAN_QUALIFIERS = Object.keys(MODIFIERS)
  .filter((w) => w.length >= 4)
  .sort((a, b) => b.length - a.length);

/** An unknown German compound read by the qualifier it starts with: "solaranlagen" -> "solar". */
const qualifierOf = (word: string) => {
  const known = GERMAN_QUALIFIERS.find((q) => word.startsWith(q) && word.length - q.length >= 3);
  return known ? MODIFIERS[known] : undefined;
};

/**
 * The English reading of `title`, or undefined when none of its words is a known title word
 * in the other languages (the title is then kept for the finder as written).
 */
export function translateTitle(title: string, language?: string): string | undefined {
  let text = plain(title);
  for (const [pattern, english] of PHRASES) text = text.replace(pattern, `_${english.replace(/ /g, "_")}`);
  const words: string[] = text.match(/[\p{L}\p{N}_+#-]+/gu) ?? [];
  const head = words.findIndex((w) => HEADS[w]);
  if (head < 0) {
    const compounds = words.map((w) => germanCompound(w));
    const at = compounds.findIndex(Boolean);
    // A field said alone by a known phrase ("Qualitätssicherung"): the field in English words.
    if (at < 0)
      return words.length === 1 && words[0]!.startsWith("_")
        ? words[0]!.slice(1).replace(/_/g, " ")
        : undefined;
    // "Projektleiter für Solaranlagen": what follows the compound qualifies it, written first
    // in English ("solar project manager").
    const read = (w: string) => compounds[words.indexOf(w)] ?? MODIFIERS[w] ?? qualifierOf(w) ?? w;
    const after = words.slice(at + 1).filter((w) => !JOINERS.has(w));
    return [...words.slice(0, at), ...after, words[at]!].map(read).join(" ");
  }
  const english = (w: string) =>
    w.startsWith("_")
      ? w.slice(1).replace(/_/g, " ")
      : (MODIFIERS[w] ?? (language === "German" ? qualifierOf(w) : undefined) ?? w);
  const before = words.slice(0, head).map(english);
  const after = words.slice(head + 1).filter((w) => !JOINERS.has(w));
  // German keeps English order ("Senior Data Analyst"); the Romance languages put qualifiers after the head.
  const qualifiers = language === "German" ? after.map(english) : after.map(english).reverse();
  return [...before, ...qualifiers, HEADS[words[head]!]].join(" ");
}

/** Every English word the translation tables give: a word of a reading not among them was kept as written. */
export const TRANSLATED_WORDS: ReadonlySet<string> = new Set(
  [...Object.values(HEADS), ...Object.values(MODIFIERS)].flatMap((w) => w.split(" ")),
);

/**
 * A German title in its feminine form built on an English title word ("Controllerin",
 * "Designerin", "Product Ownerin"): the English word without "-in". German writes many borrowed
 * titles that way, and the finder knows the English word only.
 */
export const withoutGermanFeminine = (phrase: string): string =>
  phrase.replace(/\p{L}{4,}in\b/gu, (word) => {
    const stem = word.slice(0, -2);
    return isTitleHead(stem.toLowerCase()) ? stem : word;
  });
