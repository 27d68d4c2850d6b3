/**
 * Career advice said in words is written from the person's stored facts when the turn
 * can read them (the conversation passes an `AdviceSource`); the general wording in
 * replies-more.ts is only for a planner with no data behind it.
 */
import { type AdviceFacts, type AdviceTopic, isAdviceTopic } from "../../tools/advice/types.ts";
import { adviceWords } from "./advice-words.ts";
import type { Say } from "./types.ts";

export type AdviceSource = (topic: AdviceTopic) => Promise<AdviceFacts>;

export async function groundedAdvice(
  says: Say[],
  source: AdviceSource | undefined,
): Promise<{ texts: Map<Say, string>; choices: { label: string; text: string }[] }> {
  const texts = new Map<Say, string>();
  let choices: { label: string; text: string }[] = [];
  if (!source) return { texts, choices };
  for (const say of says) {
    const topic = say.kind === "advice" ? say.detail : undefined;
    if (!topic || !isAdviceTopic(topic)) continue;
    const advice = adviceWords(topic, await source(topic));
    texts.set(say, advice.text);
    if (choices.length === 0) choices = advice.choices;
  }
  return { texts, choices };
}
