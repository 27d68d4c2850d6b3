/**
 * Job titles' head nouns in the chat's languages: the spelling correction leaves them alone
 * (normalize.ts: "analyste" is one letter from "analyse" and was corrected into it, so "je veux
 * devenir analyste financier" read as a request to list analyses). Reading them as one class word
 * in the intent model was tried (2026-12-04, intents12e note): block CV neutral (0.799 both), and it
 * took the letters "rerun it for data analyst" leaned on, so the model reads the words as written.
 */

import { HEADS } from "../../../tools/jobs/title-words-translated.ts";
import { plain } from "../../../tools/jobs/translate-title.ts";

/**
 * Head nouns that name a job in the chat's languages (title-words-translated.ts, with their
 * English words), less those that are everyday words too ("chef", "agent", "caixa", "lead").
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
