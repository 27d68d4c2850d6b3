/**
 * evals/data/blind17 is a frozen blind split (issue 12, written 2026-12-07 when blind16 became a
 * dev set): nothing may train on it. Its writer never read the training lines; the lines that
 * first came near one were rewritten by the writer before the record was made, so
 * near-training.json records none. A training line added later that comes near any blind17
 * line fails here, naming only that training line.
 * (`node --import tsx scripts/split-near-training.ts blind17` rewrites the record; only when the
 * split is rewritten.)
 */
import { describeFrozenSplitOverlap } from "../../../test-support/frozen-split-overlap.ts";

describeFrozenSplitOverlap("blind17");
