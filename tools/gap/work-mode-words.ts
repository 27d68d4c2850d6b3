/**
 * A work mode stated in Spanish, Portuguese, French or German ("no remoto", "prefiero
 * presencial", "pas de télétravail", "kein Homeoffice"), for the stated-preferences reader,
 * which reads English through the job-ad header reader. A mode said with a "no" before it
 * is the other one: no remote work is on-site, "no presencial" is remote; a refused hybrid
 * says neither, so nothing is stored.
 */
import type { Preferences } from "../../contract/profile.ts";

type Mode = NonNullable<Preferences["remote"]>;

/** Letters on both sides: JavaScript's \b does not see "à" or "é" as part of a word. */
const word = (alternatives: string) => String.raw`(?<!\p{L})(?:${alternatives})(?!\p{L})`;

const MODES: [Mode, string][] = [
  [
    "remote",
    "remot[oa]s?|en remoto|a distancia|teletrabajo|trabaj(?:o|ar) desde casa|à distância|trabalho remoto|home[- ]?office|télétravail|à distance|en remote|full remote|remote|fernarbeit|von zu hause",
  ],
  ["hybrid", "h[ií]brid[oa]s?|hybride|hybrid"],
  [
    "onsite",
    "presencial(?:es)?|en (?:la )?oficina|no escritório|en présentiel|présentiel|sur site|au bureau|vor ort|im büro",
  ],
];

/** "no", "nada de", "sin", "sem", "não", "pas de", "pas en", "kein", "nicht" right before the mode. */
const NEGATION = word("no|nada de|sin|ni|sem|não|nao|pas(?: de| en| du)?|jamais|kein(?:e|en)?|nicht|ohne");

const OPPOSITE: Partial<Record<Mode, Mode>> = { remote: "onsite", onsite: "remote" };

/** A mode refused ("no remoto", "nicht remote"): the other one, read before any mode named plainly. */
export function refusedWorkMode(text: string): Mode | undefined {
  for (const [mode, words] of MODES) {
    const refused = new RegExp(
      String.raw`${NEGATION}\s+(?:(?:trabajo|trabalho|travail|en|em)\s+)?${word(words)}`,
      "iu",
    );
    if (refused.test(text)) return OPPOSITE[mode];
  }
  return undefined;
}

/** A mode named in one of the four languages ("prefiero presencial", "en télétravail"). */
export function workModeInOtherLanguage(text: string): Mode | undefined {
  for (const [mode, words] of MODES) if (new RegExp(word(words), "iu").test(text)) return mode;
  return undefined;
}
