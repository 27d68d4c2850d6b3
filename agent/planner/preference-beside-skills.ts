/**
 * "hablo inglés, español y alemán. prefiero trabajo a tiempo completo en Málaga o Marbella": a
 * message adding skills (here languages) with a sentence of what work they want. The places of
 * that sentence were added as skills "Málaga" and "Marbella" and the full-time wish was lost
 * (trial18 §1). A sentence that states a preference (tools/gap/stated-preferences.ts, the one
 * reader) is saved as one, and its words are no skills unless the taxonomy knows them.
 */

import type { Preferences } from "../../contract/profile.ts";
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import { knownSkillNames } from "./slot-words.ts";
import { call } from "./types.ts";

/** Sentences and clauses a message strings together ("…alemán. prefiero…", "…; also …"). */
const SENTENCES = /(?<=[.!?;])\s+|\s*\n+\s*/;

/** A place said after where-words, in the chat's languages ("en Málaga o Marbella", "in Leeds"). */
const PLACE_RUN =
  /\b(?:in|en|em|à|a|au|nach|near|around|cerca de|perto de|pr[eè]s de|bei)\s+(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?(?:\s*(?:,|\bor\b|\bo\b|\bou\b|\boder\b|\band\b|\by\b|\be\b|\bet\b|\bund\b)\s*\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)*)/gu;

/** Words of wanting: a sentence of what they do ("I use it in Leeds daily") states no preference. */
const WISH =
  /\b(?:prefer\w*|would like|i'?d like|want\w*|looking for|open to|only|wish|prefiero|prefiere|quiero|quisiera|busco|buscando|me gustar[íi]a|prefiro|quero|gostaria|procuro|je (?:veux|voudrais|pr[ée]f[èe]re|cherche)|ich (?:m[öo]chte|will|suche|w[üu]rde gern)|bevorzug\w*|lieber)\b/iu;

/** Names in a sentence of wishes about the work that are places, never skills. */
function placesIn(sentence: string): string[] {
  return placeRuns(sentence).flat();
}

/**
 * A sentence's preferences with the places it wants work in ("… a tiempo completo en Málaga o
 * Marbella" read as full-time alone): the places the reader left, kept as said.
 */
export function withPlacesSaid(change: Partial<Preferences>, sentence: string): Partial<Preferences> {
  if (!WISH.test(sentence)) return change;
  const places = placesIn(sentence).filter((p) => !HOURS_OR_MODE.test(p));
  const read = change.desiredLocation;
  // "in Vollzeit … in Stuttgart oder Ulm": a German noun of hours after "in" is no place (trial19 §10).
  if (read && HOURS_OR_MODE.test(read)) {
    const { desiredLocation: _no, ...rest } = change;
    return places.length ? { ...rest, desiredLocation: places.join(" or ").slice(0, 120) } : rest;
  }
  // "in Stuttgart oder Ulm": every place of the run the reader took its first from.
  const run = read ? placeRuns(sentence).find((r) => r[0] === read) : undefined;
  if (run && run.length > 1) return { ...change, desiredLocation: run.join(" or ").slice(0, 120) };
  if (read) return change;
  return places.length ? { ...change, desiredLocation: places.join(" or ").slice(0, 120) } : change;
}

/** Words of hours or of a way of working that German writes capitalised after "in": no place. */
const HOURS_OR_MODE =
  /^(?:Vollzeit|Teilzeit|Homeoffice|Home-Office|Remote|Hybrid|Schicht\w*|Nachtschicht\w*|Fr[üu]hschicht\w*|Festanstellung|Minijob|Werkstudent\w*|Pr[äa]senz|Elternzeit|Rente|Ausbildung)$/u;

/** Each run of places said together ("in Stuttgart oder Ulm"), its places in order. */
function placeRuns(sentence: string): string[][] {
  return [...sentence.matchAll(PLACE_RUN)].map((m) =>
    m[1]!
      .split(/\s*(?:,|\bor\b|\bo\b|\bou\b|\boder\b|\band\b|\by\b|\be\b|\bet\b|\bund\b)\s*/u)
      .map((p) => p.trim())
      .filter(Boolean),
  );
}

/**
 * The add_skill calls without the words of a sentence stating a preference, and that
 * preference saved (undefined when no sentence of the message states one).
 */
export function preferenceBesideSkills(raw: string, planned: PlannedCall[]): PlannedCall[] | undefined {
  const sentences = raw.split(SENTENCES).filter((s) => s.trim());
  if (sentences.length < 2) return undefined;
  const wishes = sentences.map((s) => ({ s, change: preferencesIn(s) }));
  const stated = wishes.filter((w) => WISH.test(w.s) && Object.keys(w.change).length > 0);
  if (stated.length === 0) return undefined;
  const notSkills = new Set(stated.flatMap((w) => placesIn(w.s)).map((p) => p.toLowerCase()));
  const inWish = (skill: string) =>
    stated.some((w) => w.s.toLowerCase().includes(skill.toLowerCase())) &&
    knownSkillNames(skill).length === 0;
  const kept = planned.filter((c) => {
    if (c.name !== "add_skill" || typeof c.args.skill !== "string") return true;
    return !notSkills.has(c.args.skill.toLowerCase()) && !inWish(c.args.skill);
  });
  const change = Object.assign({}, ...stated.map((w) => withPlacesSaid(w.change, w.s)));
  return [...kept, call("set_preferences", change)];
}
