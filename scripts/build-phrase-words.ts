/** Writes data/taxonomy/phrase-words.json from data/taxonomy/matcher.json and taxonomy.json (see scripts/taxonomy/phrase-words.ts). */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writePhraseWords } from "./taxonomy/phrase-words.ts";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../data/taxonomy");
const words = writePhraseWords(
  path.join(dir, "matcher.json"),
  path.join(dir, "taxonomy.json"),
  path.join(dir, "esco-lookup.json"),
  path.join(dir, "phrase-words.json"),
);
console.log(
  `phrase-words.json: ${words.heads.length} heads, ${words.modifiers.length} modifiers, ${words.vendors.length} vendors, ${words.general.length} general words`,
);
