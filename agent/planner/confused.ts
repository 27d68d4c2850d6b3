/**
 * "I'm a bit confused", "no entiendo", "je suis perdue": the person does not follow. Found
 * trying the chat as a new user (trial12f): the intent model read "I'm a bit confused" as
 * adding a skill ("I'm a bit rusty at …" is the nearest thing it was taught) and asked which
 * skill. The intents have no reading for "I don't follow" (adding one is the intent model
 * owner's call), and the ways of saying it are a short closed list in each language the chat
 * reads, so they are listed here; the message must say nothing else (only small words around
 * it), so "I'm confused about SQL joins" stays a request about SQL.
 *
 * The reply says in plain words what the last result was (from the dialogue state, never a
 * new figure) and offers the next steps as quick replies; with nothing done yet, where to start.
 */
import type { Focus } from "../graph/focus.ts";
import type { Say } from "./types.ts";

/** Ways of saying "I don't follow", after lower-casing and dropping apostrophes. */
const CONFUSED = new RegExp(
  [
    String.raw`confus(?:ed|ing|e|a|o)?`,
    String.raw`lost`,
    String.raw`(?:do not|dont|didnt|did not|don't) (?:get|understand|follow)(?: (?:it|this|that|you|any of (?:it|this|that)))?`,
    String.raw`not following`,
    String.raw`(?:that|this|it) (?:makes|made) no sense`,
    String.raw`(?:doesnt|does not|didnt) make (?:any )?sense`,
    String.raw`too (?:complicated|complex|confusing)`,
    String.raw`no (?:entiendo|entendí|entendi|comprendo)(?: nada| bien)?`,
    String.raw`(?:confundid[oa]|perdid[oa]|perdu[e]?|perdue)`,
    String.raw`(?:je )?(?:ne )?(?:comprends|pige) (?:pas|rien)`,
    String.raw`(?:jai|j ai)? ?pas compris`,
    String.raw`verwirrt`,
    String.raw`(?:ich )?(?:verstehe?|versteh|kapiere?|check) (?:das |es )?(?:nicht|nichts)`,
    String.raw`(?:não|nao) (?:entendi|entendo|compreendi)(?: nada)?`,
    String.raw`samajh (?:nahi|nahin|nhi) (?:aaya|aya|aa raha|aa rha)`,
  ].join("|"),
  "u",
);

/** Small words that may stand around it: "honestly I'm a bit lost here". */
const AROUND = new Set(
  (
    "i im am a an bit little so really very totally kinda kind of pretty quite now honestly tbh sorry " +
    "hmm hm um uh ok okay wait still getting feeling feel all this that it here lol me with you " +
    "estoy estoy un poco muy bastante ya lo la me je suis un peu très tout ca ça là la " +
    "ich bin etwas ein bisschen gerade total jetzt hier grad " +
    "estou meio muito um pouco aqui tô to " +
    "main thoda bahut hoon hu mujhe yaar kuch"
  ).split(/\s+/),
);

/** Whether the message only says the person does not follow. */
export function saysConfused(raw: string): boolean {
  const t = raw
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!t || t.split(" ").length > 10) return false;
  const m = t.match(CONFUSED);
  if (!m) return false;
  const rest = `${t.slice(0, m.index)} ${t.slice((m.index ?? 0) + m[0].length)}`.split(" ").filter(Boolean);
  return rest.every((w) => AROUND.has(w));
}

/** The next steps offered after the plain-words summary, for where the conversation is. */
function nextChoices(focus: Focus): NonNullable<Say["choices"]> {
  if (focus.awaiting === "practice_answer" || (focus.topic === "question" && focus.questionId))
    return [
      { label: "A hint", text: "give me a hint" },
      { label: "Another question", text: "skip" },
      { label: "Stop practising", text: "stop" },
    ];
  if (focus.analysisId && focus.topic !== "roadmap")
    return [
      { label: "Why this verdict?", text: "why?" },
      { label: "Make a roadmap", text: "make me a roadmap" },
      { label: "Interview practice", text: "give me interview questions" },
    ];
  if (focus.roadmapId)
    return [
      { label: "Show the roadmap", text: "show my roadmap" },
      { label: "What's this week?", text: `what's in week ${focus.currentWeek ?? 1}?` },
    ];
  if (focus.jobTitle) return [{ label: "Am I a fit?", text: "am I a fit?" }];
  if (focus.hasProfile)
    return [
      { label: "Show my skills", text: "show my skills" },
      { label: "Set a target job", text: "I want to be a " },
    ];
  return [
    { label: "What can you do?", text: "what can you do?" },
    { label: "Set a target job", text: "I want to be a " },
  ];
}

export function confusedSay(focus: Focus): Say {
  return { kind: "confused", choices: nextChoices(focus) };
}

/** The last result in plain words, from what the dialogue state holds about it. */
function lastResult(focus: Focus): string | undefined {
  if (focus.awaiting === "practice_answer" && focus.questionText)
    return `I asked you an interview question: "${focus.questionText}". Type your answer as you would say it in an interview — a real situation, what you did, and how it turned out. Say "hint" for help, "skip" for another question, or "stop" to end.`;
  if (focus.topic === "roadmap" && focus.roadmapId)
    return `Your roadmap is a plan of what to learn, week by week, to close the gaps for ${focus.jobTitle ?? "your target job"}.${focus.currentWeek ? ` You're on week ${focus.currentWeek}${focus.weekItems?.length ? `: ${focus.weekItems.slice(0, 3).join(", ")}` : ""}.` : ""} When you finish a week, tell me ("finished week ${focus.currentWeek ?? 1}") and I'll mark it.`;
  if (focus.analysisId && focus.jobTitle) {
    const verdict =
      focus.verdict === "FIT"
        ? `your profile already covers most of what a ${focus.jobTitle} job asks for (FIT)`
        : focus.verdict === "UNFIT"
          ? `you're not there yet for ${focus.jobTitle} (UNFIT): the job asks for things your profile doesn't show yet`
          : `I compared your profile with what a ${focus.jobTitle} job asks for`;
    const gaps = focus.gaps?.length
      ? ` The most important thing missing is ${focus.gaps[0]}${focus.gaps[1] ? `, then ${focus.gaps[1]}` : ""}.`
      : "";
    return `In short: ${verdict}.${gaps} Ask "why?" for the reasons, or I can make a week-by-week plan to close the gaps.`;
  }
  if (focus.topic === "application" && focus.application)
    return `I'm keeping track of your application to ${focus.application.company}${focus.application.position ? ` (${focus.application.position})` : ""}${focus.application.status ? `, now at "${focus.application.status}"` : ""}. Tell me any news ("they invited me to an interview") and I'll update it.`;
  if (focus.jobTitle)
    return `Your target job is ${focus.jobTitle}. Next I can check how your profile measures up against it: ask "am I a fit?".`;
  return undefined;
}

export function confusedText(focus: Focus): string {
  const said = lastResult(focus);
  if (said) return `No problem, let me put it simply. ${said}`;
  if (focus.hasProfile)
    return "No problem. I have your profile; the next step is to tell me the job you want (\"I want to be a nurse\", or paste a job ad), and I'll tell you whether you're a fit and what to work on.";
  return "No problem. I help with your career in three steps: share your resume (attach it, or tell me a few skills), tell me the job you want, and I'll say whether you're a fit for it and plan how to close the gaps. You can also track applications and practise interviews.";
}
