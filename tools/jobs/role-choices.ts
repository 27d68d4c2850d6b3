/**
 * A role said too vaguely to analyse ("designer", "data lead", "head of design") is asked
 * about: the common titles it could mean, each offered as the message that sets it. Found
 * trying the chat as a product designer: "design lead" was analysed as a video game designer
 * and "UX lead" was "not a known role".
 */
import { CareerCraftError } from "../../data/errors.ts";
import type { RoleFinder } from "./role-finder-types.ts";
import { titleCase } from "./title-case.ts";
import { TRANSLATED_WORDS, translateTitle } from "./translate-title.ts";

/** "an Interior Designer", "a UX Designer", "an HR Manager": by the sound of the first letter. */
const article = (title: string) =>
  (/^[A-Z]{2}/.test(title) ? /^[AEFHILMNORSX]/.test(title) : /^[aeio]/i.test(title)) ? "an" : "a";

/**
 * The question back; its choices travel as the error's details and become quick replies. A
 * title in another language (`language`) that matched nothing is offered the closest English
 * titles instead of a dead end (trial F7.1, F12.1: "juriste d'entreprise", "Projektleiter …").
 */
export function whichRoleError(
  phrase: string,
  choices: readonly string[],
  language?: string,
): CareerCraftError {
  const titles = choices.map(titleCase);
  const listed = titles.length > 1 ? `${titles.slice(0, -1).join(", ")} or ${titles.at(-1)}` : titles[0]!;
  return new CareerCraftError(
    "not_found",
    language
      ? `I know role titles in English, and "${phrase.slice(0, 80)}" (${language}) is not one I can match exactly. The closest I know: ${listed}. Is it one of these?`
      : `"${phrase.slice(0, 80)}" could be several roles: ${listed}. Which one do you mean?`,
    {
      details: {
        choices: titles.map((title) => ({ label: title, text: `I want to be ${article(title)} ${title}` })),
      },
    },
  );
}

/** Titles offered for a role said in another language that matched nothing. */
const MAX_CLOSEST = 4;

/**
 * The common English titles closest to a title said in another language: those holding every
 * word of its English reading, else those holding its head ("… manager"), else the words as
 * written (a title borrowed from English).
 */
export function closestTitles(phrase: string, language: string, findRole: RoleFinder): string[] {
  const choices = findRole.choices;
  if (!choices) return [];
  const english = translateTitle(phrase, language);
  const words = english?.split(/\s+/) ?? [];
  // The whole reading, then each translated qualifier ("customer" of a "chargée de clientèle"),
  // then the head: the qualifier says more about the job than a head many jobs share.
  const asked = [english, ...words.slice(0, -1).filter((w) => TRANSLATED_WORDS.has(w)), words.at(-1), phrase];
  const found: string[] = [];
  for (const said of asked) {
    if (!said) continue;
    for (const title of choices(said)) if (!found.includes(title)) found.push(title);
    if (found.length >= 2) break;
  }
  return found.slice(0, MAX_CLOSEST);
}
