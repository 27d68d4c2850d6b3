/**
 * The frozen split of the labelled dotin resumes. One resume in five (by a hash of its id,
 * so the split never changes when files are added) is the TEST split: nobody tunes rules,
 * features or thresholds against it; it is only reported. Models are trained on the rest
 * (`train`), and development numbers come from the training split or the whole set.
 */
import { createHash } from "node:crypto";

export type Split = "train" | "test";

export function splitOf(id: string): Split {
  const byte = createHash("sha256").update(`dotin-split-v1:${id}`).digest()[0]!;
  return byte % 5 === 0 ? "test" : "train";
}

export function inSplit<T extends { id: string }>(items: T[], split: Split | "all"): T[] {
  return split === "all" ? items : items.filter((i) => splitOf(i.id) === split);
}
