/**
 * "take swift off the list", "get rid of tableau pls": a removal that names a skill on the
 * person's own profile (or, failing that, one the taxonomy knows) removes it, whatever the
 * model makes of the sentence (issue 12). The
 * model reads "the list" as any list and a lower-case "swift" as a word; the profile says
 * what the person has, as the tracked companies do for applications. A tracked company
 * named in the message (Apple, Notion) is an application's removal, not a skill's.
 */
import { gapRemovalAsked } from "./gap-removal-asked.ts";
import { takesAway } from "./operation-words.ts";
import { FROM_MY_SKILLS, takesAwayAbroad } from "./removal-words-abroad.ts";
import { knownSkillNames, saysName, trackedIn } from "./slot-words.ts";
import { call, calls, type Outcome, type PlanContext, type Segment } from "./types.ts";

/** Readings a removal of a skill may come with; sure of anything else, the message is that. */
const ABOUT_SKILLS_OR_UNSURE = new Set([
  "remove_skill",
  "update_skill",
  "add_skill",
  "show_skills",
  "show_profile",
  "unclear",
]);

/** A removal that names another kind of thing is about that thing ("my Python question bookmark"). */
const OTHER_THINGS =
  /\b(?:bookmarks?|applications?|apps?|reminders?|roadmaps?|questions?|analys[ie]s|entries|entry|targets?|goals?|dream (?:job|role)s?)\b/;

/**
 * A wish beside the word that takes away is a new target ("scrap that, i'd rather be a data
 * engineer"): the role's words are no skills to remove (conv12q, a blind6 class).
 */
const WISH =
  /\b(?:rather be|rather become|want to (?:be|become)|wanna be|like to (?:be|become)|become an?|aim(?:ing)? for)\b/;

/**
 * Skills disowned, not ordered off: "python, django and angular are not my skills" (trial20 §2:
 * after a job ad was read as the resume, the disowned skills were ADDED), "SQL isn't one of my
 * skills", "no son mis habilidades", "ce ne sont pas mes compétences", "sind nicht meine Skills",
 * "não são minhas habilidades".
 */
const DISOWNED =
  /\b(?:(?:are|is)\s+not|aren'?t|isn'?t)\s+(?:(?:one|any)\s+of\s+)?(?:my|among\s+my)\s+(?:skills?|strengths?)\b|\bno\s+(?:son|es)\s+(?:mis|una\s+de\s+mis)\s+(?:habilidades|competencias|destrezas)\b|\bne\s+sont\s+pas\s+mes\s+comp[ée]tences\b|\bn'est\s+pas\s+(?:une\s+de\s+)?mes\s+comp[ée]tences\b|\b(?:sind|ist)\s+(?:nicht|keine)\s+(?:meine?|von\s+meinen)\s+(?:skills?|f[äa]higkeiten|kenntnisse)\b|\bn[ãa]o\s+(?:s[ãa]o|[ée])\s+(?:minhas?|uma\s+das\s+minhas)\s+(?:habilidades|compet[êe]ncias)\b/iu;

export const disownsSkills = (raw: string): boolean => DISOWNED.test(raw);

/** Above this the model's other reading is what was meant (a bookmark, an application). */
const SURE_OF_OTHER = 0.7;

/** The skills of the profile the message names as whole words, longest name first. */
export function ownSkillsNamed(t: string, own: readonly string[]): string[] {
  const lower = t.toLowerCase();
  const named = own.filter((s) => saysName(lower, s)).sort((a, b) => b.length - a.length);
  // "Apache Spark" and "Spark" both match "spark": the longer is the one meant.
  return named.filter((s, i) => !named.slice(0, i).some((longer) => saysName(longer.toLowerCase(), s)));
}

/** "drop my sql level to beginner": a level said after "to" re-levels the skill; it stays. */
const NEW_LEVEL =
  /\b(?:level|proficiency)\b.*\bto\b|\bto (?:an? )?(?:beginner|intermediate|advanced|expert|basic|novice)\b/;

export function removesOwnSkill(
  seg: Segment,
  context: PlanContext,
  reading: { intent: string; score: number },
): Outcome | undefined {
  const disputed = gapRemovalAsked(seg.raw, context.focus); // "remove X from my gaps": no skill's removal
  if (disputed) return disputed;
  const disowned = disownsSkills(seg.raw);
  const english = takesAway(seg.t) || (disowned && /\bmy\b/i.test(seg.raw));
  const takes = english || disowned || takesAwayAbroad(seg.raw); // "quita X de mis habilidades" too
  if (!takes || OTHER_THINGS.test(seg.t) || NEW_LEVEL.test(seg.t) || WISH.test(seg.t)) return undefined;
  // Said to come off the skills list, it is a skill's removal whatever else the model reads.
  const fromSkills = FROM_MY_SKILLS.test(seg.raw) || disowned;
  if (reading.score >= SURE_OF_OTHER && !ABOUT_SKILLS_OR_UNSURE.has(reading.intent) && !fromSkills)
    return undefined;
  if (trackedIn(seg.t, context.tracked ?? [])) return undefined;
  // Their own skill as saved; else a skill the taxonomy knows, whose removal the tool answers
  // ("Swift is not in your skills") rather than a question back about what was meant.
  const own = ownSkillsNamed(seg.t, context.ownSkills ?? []);
  // Said in another language, only their own skills: the taxonomy's names of its words ("al") are none.
  const named = own.length ? own : english ? knownSkillNames(seg.raw) : [];
  if (named.length === 0) return undefined;
  return calls(...named.slice(0, 5).map((skill) => call("remove_skill", { skill })));
}
