/**
 * Someone without a resume tells their background: "I'm a cook, no resume yet. I have 4 years
 * on the line at two restaurants, I'm good with grill and sauté, I have my food handler card",
 * "im a 2nd year electrician apprentice, no resume. wat should i do next to become journeyman",
 * "soy cocinero, sin currículum, 4 años en la línea". Found in the blind3 writer's trial (items
 * 11 and 16): nothing was saved and the question went unanswered. The job held (read by the
 * role finder, in English words via translate-title), the years said (stated-duration), the
 * skills named with the level said (taxonomy names, skill-amounts) and a certificate held are
 * saved by `save_background`; a target named is set, and what they asked is answered from that
 * profile. A role the role data does not know is asked for, never saved as said. Someone whose
 * profile is still empty needs no "no resume" words: the job and its years are the background.
 */

import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { namesKnownRole } from "../../tools/jobs/target.ts";
import { titleCase } from "../../tools/jobs/title-case.ts";
import { translateTitle } from "../../tools/jobs/translate-title.ts";
import { statedDuration } from "../../tools/text/stated-duration.ts";
import {
  ASKS_NEXT,
  ASKS_PLAN,
  CERTIFICATE_HELD,
  durationsInEnglish,
  NO_RESUME,
  RANKS,
  ROLE_ENDS,
  ROLE_HELD,
  SKILLS_SAID,
  TARGET_SAID,
  yearOf,
} from "./background-phrases.ts";
import { NOT_A_ROLE } from "./current-role-said.ts";
import { intentModel } from "./nlu/intent-model.ts";
import { skillAmount } from "./skill-amounts.ts";
import type { Level } from "./slots.ts";
import { call, type Outcome } from "./types.ts";

/** The longest start of a phrase the role data knows, as a title ("electrician apprentice at …" -> "Electrician Apprentice"). */
async function knownTitle(phrase: string, english: boolean): Promise<string | undefined> {
  const words = phrase
    .replace(ROLE_ENDS, "")
    .replace(/[^\p{L}\s'’/&-]+$/u, "")
    .trim()
    .split(/\s+/)
    .slice(0, 5);
  for (let n = words.length; n >= 1; n--) {
    const said = words.slice(0, n).join(" ");
    if (NOT_A_ROLE.test(said)) continue;
    // An English title is read as it is ("charge nurse" holds a French word, "chargé").
    const title = (english ? undefined : translateTitle(said)) ?? said;
    if (title.length >= 3 && (await namesKnownRole(title))) return titleCase(title);
  }
  return undefined;
}

interface Held {
  title: string;
  /** Months said for it, or counted from the year of a training ("2nd year" = 12 months done). */
  months?: number;
}

async function roleHeld(text: string, english: boolean): Promise<{ held?: Held; phrase?: string }> {
  for (const pattern of ROLE_HELD) {
    const phrase = pattern.exec(text)?.[1];
    if (!phrase || NOT_A_ROLE.test(phrase.split(/\s+/)[0] ?? "")) continue;
    const year = yearOf(phrase);
    const title = await knownTitle(year ? year.rest.trim() : phrase, english);
    if (!title) return { phrase };
    const months = year ? (year.year - 1) * 12 : statedDuration(text)?.months;
    return { held: { title, ...(months ? { months } : {}) }, phrase };
  }
  return {};
}

/** A first-person word or a verb that starts the next clause, ending a list of skills. */
const NEXT_CLAUSE =
  /^(?:i|i'?m|im|my|and i|but|tengo|soy|estoy|y tengo|j'?ai|je|et j'?ai|ich|und ich|eu|tenho|e tenho|main|mera|meri|mujhe|no|sin|sans|ohne|sem|wat|what|how|where|qu[eé]|que|was|wie|o que|como)\b/i;

const ARTICLES = /^(?:the|my|el|la|los|las|le|les|l'|der|die|das|den|o|a|os|as|un|una|une|ein|eine)\s+/i;

function skillsSaid(text: string): { name: string; proficiency?: Level }[] {
  const out: { name: string; proficiency?: Level }[] = [];
  for (const [pattern, level] of SKILLS_SAID) {
    const list = pattern.exec(text)?.[1];
    if (!list) continue;
    for (const piece of list.split(/\s*,\s*|\s+(?:and|y|e|et|und|aur|&)\s+/i)) {
      if (NEXT_CLAUSE.test(piece.trim())) break;
      const { name, level: own } = skillAmount(piece.replace(ARTICLES, ""));
      const words = name.split(/\s+/).filter(Boolean);
      if (words.length === 0 || words.length > 3) break;
      const known = getTaxonomy().byNormalizedKey(normalizeKey(name));
      const proficiency = own ?? level;
      out.push({ name: known?.name ?? name, ...(proficiency ? { proficiency } : {}) });
    }
    if (out.length) break;
  }
  return out
    .filter((s, i) => out.findIndex((o) => o.name.toLowerCase() === s.name.toLowerCase()) === i)
    .slice(0, 15);
}

function certificatesSaid(text: string): string[] {
  for (const pattern of CERTIFICATE_HELD) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name && name.split(/\s+/).length <= 6) return [name.charAt(0).toUpperCase() + name.slice(1)];
  }
  return [];
}

/** The job wanted; a bare rank ("journeyman") is that rank of the trade held ("Journeyman Electrician"). */
async function targetSaid(
  text: string,
  held: Held | undefined,
  english: boolean,
): Promise<string | undefined> {
  for (const pattern of TARGET_SAID) {
    const phrase = pattern.exec(text)?.[1]?.replace(ROLE_ENDS, "").trim();
    if (!phrase) continue;
    const words = phrase.split(/\s+/);
    if (RANKS.test(words[0] ?? "") && words.length === 1 && held) {
      const trade = held.title
        .replace(/\b(?:apprentice|trainee|helper|assistant|junior|intern)\b/gi, "")
        .trim();
      const ranked = await knownTitle(`${words[0]} ${trade}`, true);
      if (ranked) return ranked;
    }
    const title = await knownTitle(phrase, english);
    if (title) return title;
  }
  return undefined;
}

/**
 * Cheaply, whether the message could tell a background to save on an empty profile: a job held
 * and what it says of it (years, skills, a certificate). The person's skills are read from the
 * database only then (person-names.ts), not for every "I'm …".
 */
export function mayTellBackground(raw: string): boolean {
  if (!ROLE_HELD.some((p) => p.test(raw))) return false;
  const text = durationsInEnglish(raw);
  return (
    Boolean(statedDuration(text)) ||
    SKILLS_SAID.some(([p]) => p.test(text)) ||
    CERTIFICATE_HELD.some((p) => p.test(text))
  );
}

/** The sentences that ask something ("wat should i do next …"), for the planner to answer. */
const questionsIn = (raw: string) =>
  raw
    .split(/(?<=[.!?])\s+|\s*,\s*(?=(?:so\s+)?(?:wh?at|wat|how|where|qu[eé]|que|was|wie|o que|como|kya)\b)/i)
    .filter((s) => ASKS_NEXT.test(s))
    .join(" ")
    .trim();

/**
 * The plan for a background told instead of a resume, or undefined when the message is not
 * one. `answer` plans a question asked with it when no target is named.
 */
export async function backgroundSaid(
  raw: string,
  answer: (question: string) => Promise<Outcome[]>,
  ownSkills?: readonly string[],
): Promise<Outcome[] | undefined> {
  const text = durationsInEnglish(raw);
  const noResume = NO_RESUME.test(raw);
  const english = intentModel().language.detect(raw).language === "en";
  const { held, phrase } = await roleHeld(text, english);
  const skills = skillsSaid(text);
  const certifications = certificatesSaid(text);
  const months = statedDuration(text)?.months;
  const described = Boolean(months) || skills.length > 0 || certifications.length > 0;
  if (!held) {
    // "no resume, 4 years on the line, good with the grill" with no job named: ask for it.
    return noResume && (phrase || described) ? [{ calls: [], say: { kind: "ask_background" } }] : undefined;
  }
  // With a profile still empty, a job told with its years, skills or a certificate is the
  // background too: "I'm a line cook with 4 years at a brunch place, I want to become a sous
  // chef" from a new user left nothing saved, so "am I a fit?" said it knew nothing of them.
  const emptyProfile = ownSkills !== undefined && ownSkills.length === 0;
  if (!noResume && !(emptyProfile && described) && !(held.months && (skills.length || certifications.length)))
    return undefined;
  const target = await targetSaid(text, held, english);
  const save = call("save_background", {
    roles: [{ ...held, current: true }],
    skills,
    certifications,
  });
  const question = questionsIn(raw);
  if (target) {
    const next = question
      ? [call("analyze_fit"), ...(ASKS_PLAN.test(question) ? [call("create_roadmap")] : [])]
      : [];
    return [{ calls: [save, call("set_dream_job", { text: target }), ...next] }];
  }
  if (!question) return [{ calls: [save] }];
  return [{ calls: [save] }, ...(await answer(question))];
}
