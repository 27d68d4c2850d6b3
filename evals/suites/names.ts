import { FROZEN_SPLITS, frozenSplitSuiteName } from "./conversations/frozen-splits.ts";

/** Suite names for the CLI help, without loading any suite (or the code it measures). */
export const SUITE_NAMES = [
  "resume-parsing",
  "skill-extraction",
  "fit",
  "ask-pieces",
  "fit-blind",
  "conversations",
  "conversations-dev",
  ...FROZEN_SPLITS.map(frozenSplitSuiteName),
  "conversations-heldout12e",
  "conversations-heldout12e-b",
  "conversations-heldout12f",
  "intents",
  "retrieval",
  "robustness",
  "latency",
];
