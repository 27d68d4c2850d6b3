/**
 * A job said in another language, in English: "caixa de supermercado" came back from the title
 * words as "supermercado cashier", the word they do not know glued to the title (trial19's
 * "Supermercado Cashier"). A word of the source kept as it was, that the skill taxonomy does not
 * know ("SAP", "Java" stay), is left out when the title without it is one the role data knows:
 * "Cashier". The employer or the place said with the job is no part of its title.
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { translateTitle } from "../../tools/jobs/translate-title.ts";
import { namesHeldRole } from "./held-title.ts";

export async function titleInEnglish(said: string): Promise<string | undefined> {
  const title = translateTitle(said);
  if (!title) return undefined;
  // "farmácia" comes back as "farmacia": compared without accents.
  const plain = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const source = new Set(plain(said).split(/[\s'’-]+/));
  const words = title.split(/\s+/);
  if (words.length < 2) return title;
  for (const word of words) {
    const kept = source.has(plain(word)) && word.length >= 4 && !getTaxonomy().lookup(word);
    if (!kept) continue;
    const rest = words.filter((w) => w !== word).join(" ");
    if (await namesHeldRole(rest)) return rest;
  }
  return title;
}
