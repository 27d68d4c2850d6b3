/**
 * Job titles' head nouns in the chat's languages: the intent model reads them as one class word
 * (features.ts), and the spelling correction leaves them alone (normalize.ts: "analyste" is one
 * letter from "analyse" and was corrected into it, so "je veux devenir analyste financier" read
 * as a request to list analyses).
 */

import { HEADS } from "../../../tools/jobs/title-words-translated.ts";
import { plain } from "../../../tools/jobs/translate-title.ts";

/**
 * Head nouns that name a job in the chat's languages (title-words-translated.ts, with their
 * English words), less those that are everyday words too ("chef", "agent", "caixa", "lead").
 * Why a class: "je veux devenir analyste financier" was read as listing analyses (the letters of
 * "analyste" are those of "analyse"), "plutôt analyste de données" too; every line that names a
 * role in any language now teaches every other that a job was named.
 */
const EVERYDAY = new Set(
  "chef agent agente charge chargee caixa commercial commerciale lider lead cook koch driver executive officer operator assistant assistente asistente auxiliar representative representante representant trainer writer intern".split(
    " ",
  ),
);
const ROLE_HEADS = new Set(
  [
    ...Object.keys(HEADS),
    ...Object.values(HEADS).map((english) => english.split(" ").at(-1) as string),
    ..."developer engineer scientist dev devops".split(" "),
  ].filter((w) => !EVERYDAY.has(w)),
);

/** Heads a German compound can end with ("Produkt|manager", "Software|entwicklerin"). */
const COMPOUND_HEADS = [...ROLE_HEADS].filter((w) => w.length >= 6);

export const isRoleWord = (w: string) =>
  ROLE_HEADS.has(w) ||
  (w.endsWith("s") && ROLE_HEADS.has(w.slice(0, -1))) ||
  (w.length >= 10 && COMPOUND_HEADS.some((h) => w.endsWith(h)));

/** True when the message names a job title's head noun ("analyste", "Produktmanager", "engineer"). */
export function namesRole(words: string): boolean {
  return plain(words)
    .split(/[^a-z]+/)
    .some(isRoleWord);
}
