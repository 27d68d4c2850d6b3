/**
 * The answer to "Which startup was it?" (asked when an application named a kind of company,
 * not the company: applied-company-role.ts): "it's Gainsight", "Gainsight", "it was called
 * Ramp lol", "se llama Clip", "c'était Doctolib". The application is logged with the role
 * (and day) kept from the message before; the person does not retype it (trial12g's note).
 * Anything else — a request the model is sure of, "never mind", a sentence — is not an answer.
 */
import type { Focus } from "../graph/focus.ts";
import { CONFIDENCE, ENDINGS, type Reading, SURE } from "./reading.ts";
import { call, type Outcome } from "./types.ts";

/** Words that say "the name is" before it, in the languages the planner reads. */
const LEAD_IN =
  /^(?:(?:oh|ah|ok|okay|sorry|yeah|yes|well|umm*|uh+|so)[\s,!.]+)*(?:(?:it(?:'|’)?s|it is|it was|its|that(?:'|’)?s|that was|the company(?: is| was|'s)?|company(?: is|:)?|they(?:'|’)?re|they are|called|named|(?:it(?:'|’)?s|it was|it is) called|das war|es war|es ist|sie heißt|heißt|es|era a|era|fue|se llama|c(?:'|’)est|c(?:'|’)était|é|foi na|foi no|foi|se chama|woh|wo|naam)\s+)?(?:(?:a|an|the)\s+)?/iu;

/** A company's name: one to four words of letters, digits and the marks names carry. */
const NAME = /^([\p{L}\p{N}][\p{L}\p{N}&.'’+-]*(?:\s+[\p{L}\p{N}&.'’+-]+){0,3})$/u;

/** What ends the answer without being part of the name. */
const TRAILING = /(?:[\s,]+(?:lol|haha|btw|i think|probably|tho|though))*[\s.!?]*$/i;

/** Replies that are not a name: no, not sure, never mind, a question back. */
const NOT_A_NAME =
  /^(?:no|nope|nah|yes|yep|ok|okay|idk|dunno|not sure|i don'?t know|i forgot|doesn'?t matter|forget it|never ?mind|nvm|skip|cancel|stop|why|what|who|which|how|help|hi|hello|hey|thanks|thank you|thx)\b/i;

/** The application logged with the company the answer names, or undefined when it names none. */
export function companyAnswer(raw: string, focus: Focus, reading: Reading): Outcome | undefined {
  const asked = focus.applicationAsked;
  if (!asked) return undefined;
  const said = raw.trim().replace(TRAILING, "");
  if (!said || NOT_A_NAME.test(said)) return undefined;
  const lead = said.match(LEAD_IN)?.[0].trim() ?? "";
  // A bare name read as another request the model is sure of is that request ("show my
  // applications"); "it's …" / "se llama …" says a name follows, whatever the model reads.
  const other = reading.intent !== "add_application" && reading.intent !== "unclear";
  const ends = ENDINGS.has(reading.intent) && reading.score >= CONFIDENCE;
  if (!lead && other && (reading.score >= SURE || ends)) return undefined;
  const m = said.slice(said.match(LEAD_IN)![0].length).trim().match(NAME);
  if (!m || NOT_A_NAME.test(m[1]!)) return undefined;
  return {
    calls: [
      call("add_application", {
        company: m[1]!,
        position: asked.position,
        ...(asked.appliedOn ? { appliedOn: asked.appliedOn } : {}),
      }),
    ],
  };
}
