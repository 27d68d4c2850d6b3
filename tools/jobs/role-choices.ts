/**
 * A role said too vaguely to analyse ("designer", "data lead", "head of design") is asked
 * about: the common titles it could mean, each offered as the message that sets it. Found
 * trying the chat as a product designer: "design lead" was analysed as a video game designer
 * and "UX lead" was "not a known role".
 */
import { CareerCraftError } from "../../data/errors.ts";
import { titleCase } from "./title-case.ts";

/** "an Interior Designer", "a UX Designer", "an HR Manager": by the sound of the first letter. */
const article = (title: string) =>
  (/^[A-Z]{2}/.test(title) ? /^[AEFHILMNORSX]/.test(title) : /^[aeio]/i.test(title)) ? "an" : "a";

/** The question back; its choices travel as the error's details and become quick replies. */
export function whichRoleError(phrase: string, choices: readonly string[]): CareerCraftError {
  const titles = choices.map(titleCase);
  return new CareerCraftError(
    "not_found",
    `"${phrase.slice(0, 80)}" could be several roles: ${titles.slice(0, -1).join(", ")} or ${titles.at(-1)}. Which one do you mean?`,
    {
      details: {
        choices: titles.map((title) => ({ label: title, text: `I want to be ${article(title)} ${title}` })),
      },
    },
  );
}
