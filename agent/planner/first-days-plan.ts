/**
 * "what should my 30-60-90 day plan look like as a new CSM?", "plan para mis primeros 90 días
 * como coordinadora": a plan for the first months in a role — a career question, refused as
 * off-topic in a trial (trial14 §7). Answered in words from the role data (tools/advice/
 * first-days-plan.ts): the role's own duties in the steps; the target's when no role is named.
 */
import { firstDaysFacts } from "../../tools/advice/first-days-plan.ts";
import type { Focus } from "../graph/focus.ts";
import type { Outcome } from "./types.ts";

const ASKS_PLAN =
  /\b30\s*[-/,]?\s*60\s*[-/,]?\s*90\b|\bfirst\s+(?:90|ninety)\s+days\b|primeros\s+90\s+d[ií]as|90\s+premiers\s+jours|ersten\s+90\s+tage|primeiros\s+90\s+dias/iu;

/** "as a new CSM", "como nueva coordinadora", "en tant que nouveau chef", "als neuer Teamleiter". */
const AS_ROLE =
  /\b(?:as\s+(?:an?\s+)?(?:new\s+)?|for\s+(?:an?\s+|my\s+)?(?:new\s+)?|como\s+(?:nuev[oa]\s+)?|en\s+tant\s+que\s+(?:nouvel(?:le)?\s+|nouveau\s+)?|als\s+(?:neue[rs]?\s+)?|como\s+(?:nov[oa]\s+)?)([\p{L}\p{N}/&+' -]{2,40}?)(?:\s+(?:role|job|position))?\s*(?:[?.!,]|$)/iu;

export async function firstDaysPlanAnswer(raw: string, focus: Focus): Promise<Outcome | undefined> {
  if (!ASKS_PLAN.test(raw)) return undefined;
  const said = AS_ROLE.exec(raw)?.[1]?.trim() ?? focus.jobTitle;
  const facts = said ? await firstDaysFacts(said) : undefined;
  const role = facts?.role ?? said;
  const duties = facts?.duties ?? [];
  const work = duties.length ? ` (in the role data: ${duties.map((d) => `"${d}"`).join("; ")})` : "";
  const lines = [
    `A 30-60-90 day plan${role ? ` as a new ${role}` : ""}, in three steps:`,
    `• Days 1-30, learn: meet your manager and the people you'll work with most, learn the product or service, the tools and how success is measured, and ask what a good first quarter looks like.`,
    `• Days 31-60, contribute: take on part of the core work yourself${work}, with a first measurable result you agreed on, and note what could run better.`,
    `• Days 61-90, own: run that work on your own, propose one improvement with the numbers behind it, and agree your goals for the next quarter.`,
    "Bring it to an interview as one page with a goal per step; fit each step to what the ad or the hiring manager says matters most.",
  ];
  return {
    calls: [],
    say: {
      kind: "role_work",
      detail: lines.join("\n"),
      choices: role
        ? [
            { label: `Am I a fit for ${role}?`, text: `am I a fit for ${role}?` },
            { label: "Practice interview questions", text: `interview questions for ${role}` },
          ]
        : [{ label: "Set a target role", text: "I want to be a " }],
    },
  };
}
