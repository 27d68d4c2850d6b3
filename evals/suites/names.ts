/** Suite names for the CLI help, without loading any suite (or the code it measures). */
export const SUITE_NAMES = [
  "resume-parsing",
  "skill-extraction",
  "fit",
  "ask-pieces",
  "fit-blind",
  "conversations",
  "conversations-dev",
  "conversations-blind",
  "conversations-blind2",
  "conversations-heldout12e",
  "conversations-heldout12e-b",
  "conversations-heldout12f",
  "intents",
  "retrieval",
  "robustness",
  "latency",
] as const;
