/**
 * "hi, I'm a product designer", "I work as a nurse": the job the person has now, said in
 * passing. Found trying the chat as new users: the first was read as "check my fit" with no
 * job ("Which job should I compare you to?"), the second set nursing as the job they want.
 * The role they have is acknowledged and the next step asked, with the two likely answers
 * (check the fit for that line of work, or look at where it leads) as choices. On a profile
 * with something in it nothing is saved (a resume or "add experience …" records a job, a
 * sentence in passing does not); on an empty one the role is the person's background, saved
 * as held now: "I'm a cashier" from a new user was acknowledged and then "show my profile"
 * said it was empty (chat12p trial).
 */
import { titleCase } from "../../tools/jobs/title-case.ts";
import { translateTitle } from "../../tools/jobs/translate-title.ts";
import { companyAfterJob } from "./company-of-job.ts";
import { namesHeldRole } from "./held-title.ts";
import { call, type Outcome } from "./types.ts";

/**
 * First person, present tense; the role up to a workplace ("at a bank", "in Lisbon"). "I'm"
 * takes an article ("I'm a nurse"), so a state ("I'm certified in …") is never a role.
 */
const HAVE_ROLE =
  /^(?:(?:hi|hello|hey|hiya|yo)(?:\s+there)?[\s,!.]+)?(?:(?:i'?m|i am|im|currently i'?m)\s+(?:currently\s+|now\s+)?an?\s+|(?:i work as|i'?m working as|i currently work as)\s+(?:an?\s+)?)([\p{L}/&' -]{2,50}?)(?:\s+(?:at|in|for|with|from)\s+[^.!?]{2,60})?[\s.!]*$/iu;

/**
 * The same said in Spanish, French, German or Portuguese ("ich arbeite als Pflegehelferin", "soy
 * camarera en un hotel", "je travaille comme aide-soignante"): the role is read in English by the
 * project's title words (translate-title.ts), so the role data's title is what is saved, never
 * the words as said (a German nursing assistant was saved as "Pflegehelferin", or set as the target).
 */
const HAVE_ROLE_ABROAD =
  /^(?:(?:hola|bonjour|salut|hallo|ol[aá]|oi)[\s,!.]+)?(?:soy|trabajo (?:como|de)|je suis|je travaille comme|je bosse comme|ich bin|ich arbeite als|sou|trabalho como)\s+(?:(?:un|una|une|ein|eine|um|uma)\s+)?([\p{L}/&' -]{2,50}?)(?:\s+(?:en|em|chez|bei|in|im|no|na|para|pour|f[uü]r|dans|à|at)\s+[^.!?]{2,60})?[\s.!]*$/iu;

/** The role said in another language, in English words, when the title words know it. */
const saidAbroad = (raw: string) => {
  const said = HAVE_ROLE_ABROAD.exec(raw.trim());
  // "Ich bin Elektriker und will Solarteur werden": a wish joined on is no part of the role (blind15 d10).
  const role = said?.[1]?.trim();
  const plain =
    role &&
    role.split(/\s+/).length <= 3 &&
    !/\b(?:und|y|et|e|and|will|werden|quiero|quero|veux)\b/i.test(role);
  const english = plain ? translateTitle(role) : undefined;
  return said && english ? { said, role: english } : undefined;
};

/** Words that make "I'm …" a wish, a state or a question, never a job title ("why is SQL flagged"). */
export const NOT_A_ROLE =
  /\b(?:why|how|which|looking|trying|hoping|interested|applying|aiming|planning|keen|wanting|want|going|thinking|fit|qualified|ready|good|able|new|not|unemployed|between|student|graduate|done|back|here|sure|confused|lost|stuck|tired|worried|nervous|happy|sad)\b/i;

/**
 * "I'm a licensed electrician since 2018, not sure that's in there": a credential held, told to
 * be added (the profile-entry reading takes it), not a job said in passing (conv12n).
 */
const CREDENTIAL_TO_ADD =
  /^(?:licen[cs]ed|certified|registered|chartered|accredited)\b|\bnot\s+(?:sure\s+(?:that'?s|it'?s|that is|it is)\s+)?(?:on|in)\s+(?:my\s+)?(?:resume|cv|profile|there)\b|\b(?:missing|left out)\s+(?:from|of)\s+my\s+(?:resume|cv|profile)\b/i;

/** Whether the message may say the role held now (read before the person's skills are loaded). */
export function saysCurrentRole(raw: string): boolean {
  const role = HAVE_ROLE.exec(raw.trim())?.[1] ?? saidAbroad(raw)?.role;
  return Boolean(role && !NOT_A_ROLE.test(role));
}

/** The reply to a role the person says they have now, or undefined when the message is not one. */
export async function currentRoleSaid(
  raw: string,
  ownSkills?: readonly string[],
): Promise<Outcome | undefined> {
  const abroad = saidAbroad(raw);
  const said = HAVE_ROLE.exec(raw.trim()) ?? abroad?.said;
  const role = abroad?.role ?? said?.[1]?.trim();
  if (role && (CREDENTIAL_TO_ADD.test(role) || CREDENTIAL_TO_ADD.test(raw))) return undefined;
  if (!said || !role || NOT_A_ROLE.test(role) || role.split(/\s+/).length > 5) return undefined;
  // "shift lead", "staff sergeant": any title a job held can have (held-title.ts).
  if (!(await namesHeldRole(role))) return undefined;
  const title = titleCase(role);
  // "im a shift lead at Costco": the employer is the job's company, never a skill (lead's trial:
  // with the role unread, the intent model saved "Costco" as a skill).
  const { company } = companyAfterJob(said[0].slice(said[0].indexOf(said[1]!) + said[1]!.length));
  if (ownSkills !== undefined && ownSkills.length === 0)
    return {
      calls: [
        call("save_background", {
          roles: [{ title, current: true, ...(company ? { company } : {}) }],
          skills: [],
          certifications: [],
        }),
      ],
    };
  return {
    calls: [],
    say: {
      kind: "current_role",
      detail: title,
      choices: [
        { label: `Check my fit as ${title}`, text: `am I a fit for ${role}?` },
        { label: "Where could it lead?", text: "what career paths fit me?" },
      ],
    },
  };
}
