/**
 * The honest answer to "can I lie about my salary / fake a degree / say I know Kubernetes /
 * inflate my title?": short, why not (it is checked, and found out costs the offer or the
 * job), and what true thing to say instead, from what the person really has when the
 * conversation can read it (tools/advice: their expectation, the ad's pay, their education,
 * roles, years, and their skills near the one asked about). Never a figure nobody stated.
 */
import type { AdviceFacts } from "../../tools/advice/types.ts";
import { payWords } from "../../tools/profile/pay-words.ts";
import type { Advice } from "./advice-words.ts";
import type { HonestSubject } from "./honest-subject.ts";
import { listWords, plural } from "./variety.ts";

const PROFILE = { label: "Show my profile", text: "show my profile" };
const ROADMAP = { label: "Make a learning plan", text: "make me a roadmap" };

function pay(f: AdviceFacts | undefined): Advice {
  const role = f?.targetRole
    ? `${f.targetRole}${f.targetCompany ? ` at ${f.targetCompany}` : ""}`
    : undefined;
  const grounded = [
    f?.expectation
      ? `You told me you expect ${payWords(f.expectation)}: give that as your range.`
      : undefined,
    role && f?.targetPay
      ? `The ${role} ad states ${f.targetPay}, a fair anchor if your experience fits it.`
      : undefined,
  ].filter(Boolean);
  return {
    text: [
      "Don't misstate your current or past pay: offer letters, payslips and background checks can show it, and a number found to be false can cost you the offer.",
      "You don't have to share your current pay at all. Talk about what you expect for this role instead: a range for the role and city from two or three salary sources.",
      ...grounded,
    ].join(" "),
    choices: [
      ...(f?.expectation
        ? []
        : [{ label: "Set my expectation", text: "my salary expectation is at least " }]),
      { label: "How to negotiate", text: "how do I negotiate my salary?" },
    ],
  };
}

function degree(f: AdviceFacts | undefined): Advice {
  const h = f?.honest;
  const real = h?.education.length
    ? `List what you have: ${listWords(h.education, 2)}${h.certifications.length ? `, and your certifications (${listWords(h.certifications, 3)})` : ""}.`
    : h?.certifications.length
      ? `List what you have: your certifications (${listWords(h.certifications, 3)}).`
      : undefined;
  return {
    text: [
      "Don't claim a degree you don't have: degrees are among the easiest things to verify, and a false one can get an offer withdrawn or you dismissed later.",
      real,
      'Studies you didn\'t finish can go in as they are ("coursework in Computer Science" with the years you studied), and courses or certifications count too.',
    ]
      .filter(Boolean)
      .join(" "),
    choices: [PROFILE, { label: "Am I a fit?", text: "am I a fit?" }],
  };
}

function skill(f: AdviceFacts | undefined, named: string | undefined): Advice {
  const s = f?.honest?.skill;
  const name = s?.name ?? named ?? "a skill";
  if (s?.has)
    return {
      text: `Your profile already lists ${name} (${s.has}). If that's true, say so, and back it with where you used it; if the level is too high, say "change ${name} to beginner".`,
      choices: [PROFILE, { label: `Why is ${name} needed?`, text: `why is ${name} a gap?` }],
    };
  return {
    text: [
      `Don't say you know ${name} if you don't: a technical question or the first week on the job finds out, and then nothing else you said is believed.`,
      s?.adjacent.length
        ? `Say what's true: you have ${listWords(s.adjacent, 3)}, which ${s.adjacent.length === 1 ? "is" : "are"} close to ${name}, and you're learning ${name}.`
        : `Say what's true: the skills you have that are closest, and that you're learning ${name}.`,
      `A small project that uses ${name} makes "learning" count; I can plan it with you.`,
    ].join(" "),
    choices: [ROADMAP, { label: `Add ${name} as beginner`, text: `add ${name} as beginner` }],
  };
}

function title(f: AdviceFacts | undefined): Advice {
  const latest = f?.honest?.roles[0];
  return {
    text: [
      "Keep the title you really had: reference and background checks confirm job titles, and a mismatch looks like a lie even when the work was bigger than the title.",
      `If the title undersells the work, keep it and show the scope${latest ? ` under ${latest}` : ""}: who you led, what you owned, the result with a number.`,
      'Where a title means something else elsewhere, you may add a plain description in brackets, like "Associate (ran the team\'s reporting)", as long as it is true.',
    ].join(" "),
    choices: [PROFILE, { label: "Improve my resume", text: "how can I improve my resume?" }],
  };
}

function experience(f: AdviceFacts | undefined): Advice {
  const years = f?.honest?.totalYears;
  return {
    text: [
      "Don't stretch your years, dates or role: employers check dates with past employers, and a changed date found later can end a job.",
      years
        ? `Your profile counts ${plural(Math.round(years * 10) / 10, "year")} of experience: state that, and let results show the level.`
        : "State your time as it is, and let results show the level.",
      'A gap is fine to name in one line ("caring for family; took a SQL course"); what you did on a team is told as your part ("built the reporting for a project our team led").',
    ].join(" "),
    choices: [PROFILE, { label: "Improve my resume", text: "how can I improve my resume?" }],
  };
}

/** The honest answer for a claim, from the person's facts when there are some. */
export function honestWords(subject: HonestSubject, facts?: AdviceFacts, skillNamed?: string): Advice {
  switch (subject) {
    case "pay":
      return pay(facts);
    case "degree":
      return degree(facts);
    case "skill":
      return skill(facts, skillNamed);
    case "title":
      return title(facts);
    case "experience":
      return experience(facts);
  }
}

/** The say's detail for a claim: "pay", "skill:Kubernetes". */
export const honestDetail = (subject: HonestSubject, skillName?: string) =>
  subject === "skill" && skillName ? `skill:${skillName}` : subject;

export function readHonestDetail(
  detail: string | undefined,
): { subject: HonestSubject; skill?: string } | undefined {
  if (!detail) return undefined;
  const [subject, skillName] = detail.split(/:(.*)/s, 2) as [string, string | undefined];
  if (!["pay", "degree", "title", "experience", "skill"].includes(subject)) return undefined;
  return { subject: subject as HonestSubject, ...(skillName ? { skill: skillName } : {}) };
}
