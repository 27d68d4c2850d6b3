/**
 * "what should I do next?", "now what", "ab aage kya", "y ahora qué", "und jetzt?": the one
 * step that fits where this person is — a profile, a target, a verdict, the roadmap's current
 * week — with a quick reply that takes it. Before, the whole help list came back under a line
 * of advice, and a person on week 3 of a roadmap was told to make a roadmap.
 */
import type { Focus } from "../graph/focus.ts";
import type { Say } from "./types.ts";

/** Asking for the next step, in the chat's languages. */
const ASKS_NEXT =
  /\b(?:what (?:should|do|can|shall) i do (?:next|now)|what(?:'?s| is) (?:my )?next(?: step)?|next step|(?:ok(?:ay)?|so|and) what now|^what now|now what|where do i go from here|what do i do from here)\b|(?:ab\s+)?aage\s+kya|ab\s+kya\s+kar|(?:y\s+)?ahora\s+qu[eé]|qu[eé]\s+hago\s+ahora|et\s+maintenant|je\s+fais\s+quoi\s+maintenant|und\s+(?:was\s+)?jetzt|was\s+(?:mache|tue)\s+ich\s+jetzt|e\s+agora|o\s+que\s+(?:eu\s+)?fa[cç]o\s+agora/iu;

export const asksForNextStep = (t: string): boolean => ASKS_NEXT.test(t);

/**
 * The next step asked: in a message of up to ten words the model is unsure of, or in one of up to
 * three whatever it reads ("et maintenant ?" read as a target once the model was rebuilt).
 */
export function nextStepAsked(t: string, raw: string, modelUnsure: boolean): boolean {
  const words = raw.trim().split(/\s+/).length;
  return asksForNextStep(t) && words <= (modelUnsure ? 10 : 3);
}

interface Step {
  text: string;
  choice?: { label: string; text: string };
}

/** The step that fits where the person is, or undefined when nothing is known of them yet. */
export function nextStepFor(focus: Focus): Step | undefined {
  const job = focus.jobTitle;
  if (!focus.hasProfile)
    return {
      text: job
        ? `To get started on ${job}: attach your resume, or tell me about your work and skills ("I've been a cook for 4 years, good with grill and sauté"), then ask "am I a fit?".`
        : 'Start with your background: attach your resume, or tell me about your work and skills ("I\'ve been a cook for 4 years, good with grill and sauté"). Then tell me the job you want.',
    };
  if (!job)
    return {
      text: 'Next step: tell me the job you want ("I want to be a …"), and I\'ll check how you measure up.',
    };
  if (!focus.analysisId)
    return {
      text: `Next step: see how you measure up for ${job}.`,
      choice: { label: "Am I a fit?", text: "am I a fit?" },
    };
  if (!focus.roadmapId)
    return {
      text: `Next step for ${job}: a week-by-week plan to close the gaps.`,
      choice: { label: "Make me a roadmap", text: "make me a roadmap" },
    };
  const week = focus.currentWeek;
  const items = focus.weekItems ?? [];
  return week
    ? {
        text: `You're on week ${week} of your roadmap${items.length ? `: ${items.slice(0, 3).join(", ")}` : ""}. Tell me when you finish one ("done with ${items[0] ?? "the first item"}"), and practise interview questions on the side.`,
        choice: { label: `Show week ${week}`, text: `show week ${week}` },
      }
    : {
        text: "Next step: keep going with your roadmap, and practise interview questions on the side.",
        choice: { label: "Show my roadmap", text: "show my roadmap" },
      };
}

/** The reply to "what should I do next?": that step with its quick reply, else the help list. */
export function nextStepSay(focus: Focus): Say {
  const step = nextStepFor(focus);
  return step
    ? {
        kind: "help",
        detail: "next",
        ...(step.choice ? { choices: [step.choice, { label: "What else can you do?", text: "help" }] } : {}),
      }
    : { kind: "help" };
}
