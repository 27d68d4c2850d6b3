/**
 * "how do i explain the gap on my resume?", "how do I explain 5 years off", "cómo explico un
 * hueco en mi currículum": advice on a career gap, grounded in the break the profile shows
 * (tools/advice/career-break.ts). The trial (F10.5) found a returner given resume layout
 * advice instead. The answer: one honest line on the resume, what to say in an interview,
 * refreshing skills, and returnship programmes.
 */
import type { AdviceFacts } from "../../tools/advice/types.ts";
import type { Advice } from "./advice-words.ts";
import { asksAboutGapInRecord } from "./gap-in-record-asked.ts";
import { worriesAboutGap } from "./gap-worry.ts";
import { type Outcome, say } from "./types.ts";

/** Asking how to explain or handle a gap / break / time off in work. */
const ASKS_GAP =
  /\b(?:(?:career|employment|work|resume|cv|job)\s+gap|gap\s+(?:on|in)\s+(?:my\s+)?(?:resume|cv|r[ée]sum[ée]|work history|employment|career)|(?:explain|justify|address|handle|cover|talk about|deal with)\s+(?:the\s+|my\s+|a\s+|this\s+)?(?:\d+\s+|\w+\s+)?(?:years?|months?)\s+(?:off|out|away|break)|(?:explain|justify|address|handle|cover|talk about)\s+(?:the\s+|my\s+|a\s+|this\s+|that\s+)?(?:career\s+)?(?:break|time off|gap)|hueco\s+en\s+(?:mi\s+)?(?:curr[ií]culum|cv)|laguna\s+en\s+(?:mi\s+)?(?:curr[ií]culum|cv)|trou\s+dans\s+(?:mon\s+)?cv|l[üu]cke\s+im\s+lebenslauf|buraco\s+no\s+(?:meu\s+)?(?:curr[ií]culo|cv)|lacuna\s+no\s+(?:meu\s+)?(?:curr[ií]culo|cv)|(?:resume|cv)\s+(?:me|mein)\s+gap)\b/iu;

/** The advice planned for a question about a career gap, or undefined. */
export const careerGapAnswer = (raw: string): Outcome | undefined =>
  (ASKS_GAP.test(raw) && raw.length < 300) || worriesAboutGap(raw) || asksAboutGapInRecord(raw)
    ? say("advice", undefined, "career_gap")
    : undefined;

const span = (months: number) =>
  months >= 12
    ? `${Math.round(months / 12)} year${Math.round(months / 12) === 1 ? "" : "s"}`
    : `${months} months`;

export function careerGapAdvice(f: AdviceFacts): Advice {
  const b = f.careerBreak;
  const yours = b
    ? `Your profile shows ${span(b.months)} ${b.ongoing ? "since" : "after"} ${b.before ? `your ${b.before} role` : "your last role"}${b.ongoing ? " ended" : ""}. `
    : "";
  const target = f.targetRole ? ` for ${f.targetRole}` : "";
  return {
    text: [
      `${yours}A gap is common and recruiters mostly want it explained, not hidden:`,
      `• On the resume: one honest line in the timeline, with the dates (e.g. "Career break — family care, 2020–2025"), plus anything you did in it (courses, volunteering, freelance). No long story.`,
      `• In the interview: two or three sentences — why you stepped away, that it is settled, and why you're ready now${target} — then move to what you bring.`,
      `• Refresh your skills: a short recent course or certificate in the tools the role uses shows you're current; I can show which ones your target asks for.`,
      `• Returnship programmes: many larger employers run paid "returnships" for people coming back after a break — search "returnship" with your field.`,
      ...(f.licenceAsked
        ? [
            "• Licence or registration: the board that issued it (a nursing or teaching board, a trade body) decides what coming back needs — often a refresher or return-to-practice course, or supervised hours, after a set time away. The rules differ by country, state and profession and I don't hold them: check yours on the board's site before you apply.",
          ]
        : []),
    ].join("\n"),
    choices: [
      ...(f.targetRole
        ? [{ label: "What am I missing?", text: "what am I missing?" }]
        : [{ label: "Set a target job", text: "I want to be a " }]),
      { label: "Practise the question", text: "quiz me on behavioral questions" },
    ],
  };
}
