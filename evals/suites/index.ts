/**
 * The suite registry: every suite the harness knows, in report order, and the subset
 * the CI run uses (fast samples of the suites that finish in seconds).
 */
import type { Suite } from "../core/types.ts";
import { askPiecesSuite } from "./ask-pieces.ts";
import {
  devConversationsSuite,
  frozenSplitSuites,
  heldoutBConversationsSuite,
  heldoutConversationsSuite,
  heldoutFConversationsSuite,
} from "./conversations/dev-suite.ts";
import { FROZEN_SPLITS, frozenSplitSuiteName } from "./conversations/frozen-splits.ts";
import { conversationsSuite } from "./conversations/suite.ts";
import { fitSuite } from "./fit.ts";
import { fitBlindSuite } from "./fit-blind.ts";
import { intentsSuite } from "./intents.ts";
import { latencySuite } from "./latency.ts";
import { resumeParsingSuite } from "./resume-parsing.ts";
import { retrievalSuite } from "./retrieval.ts";
import { robustnessSuite } from "./robustness/suite.ts";
import { skillExtractionSuite } from "./skill-extraction.ts";

export const ALL_SUITES: Suite[] = [
  resumeParsingSuite,
  skillExtractionSuite,
  fitSuite,
  askPiecesSuite,
  fitBlindSuite,
  conversationsSuite,
  devConversationsSuite,
  ...frozenSplitSuites,
  heldoutConversationsSuite,
  heldoutBConversationsSuite,
  heldoutFConversationsSuite,
  intentsSuite,
  retrievalSuite,
  robustnessSuite,
  latencySuite,
];

/**
 * Every suite in CI, each on its fast sample; latency is left out because the CI machine is
 * shared and noisy, and conversations-dev and the frozen -blind splits because playing a message set with its context
 * turns takes minutes (run it with `npm run eval -- --suite conversations-dev`). fit-blind is
 * left out because it is a frozen estimate the lead runs, not a gate to tune against.
 */
export const CI_SUITES = ALL_SUITES.map((s) => s.name).filter(
  (n) =>
    ![
      "latency",
      "conversations-dev",
      ...FROZEN_SPLITS.map(frozenSplitSuiteName),
      "conversations-heldout12e",
      "conversations-heldout12e-b",
      "conversations-heldout12f",
      "fit-blind",
    ].includes(n),
);

export function findSuites(names: string[]): Suite[] {
  return ALL_SUITES.filter((s) => names.includes(s.name));
}
