/**
 * The suite registry: every suite the harness knows, in report order, and the subset
 * the CI run uses (fast samples of the suites that finish in seconds).
 */
import type { Suite } from "../core/types.ts";
import { askPiecesSuite } from "./ask-pieces.ts";
import {
  blind2ConversationsSuite,
  blind3ConversationsSuite,
  blind4ConversationsSuite,
  blind5ConversationsSuite,
  blind6ConversationsSuite,
  blind7ConversationsSuite,
  blind8ConversationsSuite,
  blind9ConversationsSuite,
  blind10ConversationsSuite,
  blind11ConversationsSuite,
  blind12ConversationsSuite,
  blind13ConversationsSuite,
  blind14ConversationsSuite,
  blind15ConversationsSuite,
  blind16ConversationsSuite,
  blind17ConversationsSuite,
  blindConversationsSuite,
  devConversationsSuite,
  heldoutBConversationsSuite,
  heldoutConversationsSuite,
  heldoutFConversationsSuite,
} from "./conversations/dev-suite.ts";
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
  blindConversationsSuite,
  blind2ConversationsSuite,
  blind3ConversationsSuite,
  blind4ConversationsSuite,
  blind5ConversationsSuite,
  blind6ConversationsSuite,
  blind7ConversationsSuite,
  blind8ConversationsSuite,
  blind9ConversationsSuite,
  blind10ConversationsSuite,
  blind11ConversationsSuite,
  blind12ConversationsSuite,
  blind13ConversationsSuite,
  blind14ConversationsSuite,
  blind15ConversationsSuite,
  blind16ConversationsSuite,
  blind17ConversationsSuite,
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
      "conversations-blind",
      "conversations-blind2",
      "conversations-blind3",
      "conversations-blind4",
      "conversations-blind5",
      "conversations-blind6",
      "conversations-blind7",
      "conversations-blind8",
      "conversations-blind9",
      "conversations-blind10",
      "conversations-blind11",
      "conversations-blind12",
      "conversations-blind13",
      "conversations-blind14",
      "conversations-blind15",
      "conversations-blind16",
      "conversations-blind17",
      "conversations-heldout12e",
      "conversations-heldout12e-b",
      "conversations-heldout12f",
      "fit-blind",
    ].includes(n),
);

export function findSuites(names: string[]): Suite[] {
  return ALL_SUITES.filter((s) => names.includes(s.name));
}
