/**
 * Certificates listed in another language: "tengo también los certificados de GCP y de Soporte
 * Vital Avanzado, y hablo inglés B2", "j'ai les certificats de SST et de CACES", "ich habe die
 * Zertifikate von Scrum und ITIL", "tenho os certificados de NR-10 e de NR-35". A trial's Spanish
 * list went to the skill splitter word by word ("Soporte", "Vital", "B2" as skills). Each name is
 * its own certification entry, whole; what follows the list ("y hablo inglés B2") is planned as
 * its own request.
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { call, type Outcome } from "./types.ts";

const LIST =
  /(?<![\p{L}])(?:certificad[oa]s?|certificats?|certifica[çc](?:[õo]es|[ãa]o)|zertifikate?|nachweise?)\s+(?:de|del|des|du|d['’]|von|vom|der|do|da|dos|das)\s*(.+)$/iu;

/** Where the list ends and another request starts: ", y hablo …", ", et je parle …", ", und ich …". */
const REST =
  /[\s,;]+(?:y|et|und|e|and)\s+(?=(?:hablo|tengo|soy|busco|quiero|je|j['’]|ich|falo|tenho|sou|quero|i\b))|[.;!?]\s+/iu;

const SEPARATOR = /\s*,\s*|\s+(?:y|et|und|e|and)\s+(?:(?:de|del|des|du|d['’]|von|vom|do|da)\s*)?/iu;

/** Before the list, words saying they hold them or to add them: a question about certificates is no list. */
const HOLDS =
  /(?<![\p{L}])(?:tengo|tambi[ée]n|saqu[ée]|obtuve|hice|a[ñn]ade|agrega|pon|mis|j['’]ai|aussi|ajoute|mes|ich\s+habe|auch|f[üu]ge|meine|tenho|tamb[ée]m|tirei|fiz|adiciona|coloca|meus|minhas)(?![\p{L}])/iu;

export function certificatesNamedAbroad(raw: string): { calls: PlannedCall[]; rest: string } | undefined {
  const m = LIST.exec(raw.trim());
  if (!m || raw.includes("?") || !HOLDS.test(raw.trim().slice(0, m.index))) return undefined;
  const tail = m[1]!;
  const end = REST.exec(tail);
  const list = end ? tail.slice(0, end.index) : tail;
  const rest = end ? tail.slice(end.index + end[0].length) : "";
  const names = list
    .replace(/[.!]+$/u, "")
    .split(SEPARATOR)
    .map((n) => n.replace(/^(?:los|las|el|la|les|le|die|der|das|os|as|o|a)\s+/iu, "").trim())
    .filter((n) => /[\p{L}\p{N}]/u.test(n) && n.split(/\s+/).length <= 6);
  if (names.length === 0) return undefined;
  return { calls: names.map((text) => call("add_profile_entry", { kind: "certification", text })), rest };
}

/** The certificates and the plan of the rest of the message, or undefined when none is listed. */
export async function certificatesSaidAbroad(
  raw: string,
  plan: (text: string) => Promise<Outcome[]>,
): Promise<Outcome[] | undefined> {
  const named = certificatesNamedAbroad(raw);
  if (!named) return undefined;
  return [{ calls: named.calls }, ...(named.rest.trim() ? await plan(named.rest) : [])];
}
