/**
 * Career advice said in words is written from the person's stored facts when the turn
 * can read them (the conversation passes an `AdviceSource`); the general wording in
 * replies-more.ts is only for a planner with no data behind it.
 */
import { type AdviceFacts, type FactsAbout, isAdviceTopic } from "../../tools/advice/types.ts";
import { type Advice, adviceWords } from "./advice-words.ts";
import { honestWords, readHonestDetail } from "./honest-words.ts";
import type { Say } from "./types.ts";

/**
 * `skill`: for "honesty", the skill the person asked about claiming; `text`: the message, whose
 * figures salary advice reads ("they offered 150k, the band is 140-170").
 */
export type AdviceSource = (topic: FactsAbout, skill?: string, text?: string) => Promise<AdviceFacts>;

/** The grounded words for one say, or undefined when it is not advice or an honest answer. */
async function groundedSay(say: Say, source: AdviceSource, text: string): Promise<Advice | undefined> {
  if (say.kind === "advice" && say.detail && isAdviceTopic(say.detail))
    return adviceWords(say.detail, await source(say.detail, undefined, text));
  const claim = say.kind === "refusal_harmful" ? readHonestDetail(say.detail) : undefined;
  if (claim) return honestWords(claim.subject, await source("honesty", claim.skill), claim.skill);
  return undefined;
}

export async function groundedAdvice(
  says: Say[],
  source: AdviceSource | undefined,
  text = "",
): Promise<{ texts: Map<Say, string>; choices: { label: string; text: string }[] }> {
  const texts = new Map<Say, string>();
  let choices: { label: string; text: string }[] = [];
  if (!source) return { texts, choices };
  for (const say of says) {
    const advice = await groundedSay(say, source, text);
    if (!advice) continue;
    texts.set(say, advice.text);
    if (choices.length === 0) choices = advice.choices;
  }
  return { texts, choices };
}
