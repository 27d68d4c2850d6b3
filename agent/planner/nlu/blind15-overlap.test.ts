/**
 * evals/data/blind15 is a frozen blind split (issue 12, written 2026-12-07 when blind14 became a
 * dev set): nothing may train on it. Its writer never read the training lines, yet natural
 * phrasings meet them: near-training.json records which of its lines were already within word
 * Jaccard >= 0.6 (or the same words) of a training line. A training line added later that comes
 * near any other blind15 line fails here, naming only that training line.
 * (`node --import tsx scripts/split-near-training.ts blind15` rewrites the record; only when the
 * split is rewritten.)
 */
import { describeFrozenSplitOverlap } from "../../../test-support/frozen-split-overlap.ts";

describeFrozenSplitOverlap("blind15");
