/**
 * The gap at the top of an analysis's list, as asked: "my biggest gap" is the first one
 * whatever it is; "what should I learn first?" is the first that can be learnt — a skill before a
 * duty or licence, any of them before the years of experience or a degree, which no week of
 * study closes (trial20: a self-taught developer was told to start with "Relevant experience").
 */
import type { Gap } from "../../tools/gap/types.ts";

const LEARN_ORDER: Gap["type"][] = ["skill", "duty", "licence"];

export function topGapOf<G extends Pick<Gap, "type">>(gaps: readonly G[], learn?: boolean): G | undefined {
  if (!learn) return gaps[0];
  for (const type of LEARN_ORDER) {
    const found = gaps.find((g) => g.type === type);
    if (found) return found;
  }
  return gaps[0];
}
