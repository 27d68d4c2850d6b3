/**
 * The frozen split of the labelled dotin resumes. One resume in five (by a hash of its id,
 * so the split never changes when files are added) is the TEST split: nobody tunes rules,
 * features or thresholds against it; it is only reported. Models are trained on the rest
 * (`train`), and development numbers come from the training split or the whole set.
 */
import { createHash } from "node:crypto";

export type Split = "train" | "test";

const bucketOf = (id: string) => createHash("sha256").update(`dotin-split-v1:${id}`).digest()[0]! % 5;

export function splitOf(id: string): Split {
  return bucketOf(id) === 0 ? "test" : "train";
}

/**
 * A fifth of the training split held out while designing (model built with `--holdout`):
 * "dev" numbers come from a model that did not see those resumes.
 */
export function isDevFold(id: string): boolean {
  return bucketOf(id) === 1;
}

/**
 * The training split's fold (0-3: the hash buckets 1-4, so fold 0 is the dev fold): the folds the
 * skill filter's build cross-validates over, so its out-of-fold figures on fold 0 are what a
 * model that never saw the dev split scores there.
 */
export function trainFoldOf(id: string): number {
  return bucketOf(id) - 1;
}

export function inSplit<T extends { id: string }>(items: T[], split: Split | "dev" | "all"): T[] {
  if (split === "all") return items;
  if (split === "dev") return items.filter((i) => isDevFold(i.id));
  return items.filter((i) => splitOf(i.id) === split);
}
