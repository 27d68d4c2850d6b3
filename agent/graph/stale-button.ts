/**
 * Button presses reach the tool node as tool calls with ids of their own, so a press on a
 * button whose item is gone can be answered in words (see tool-node.ts).
 */

/** Call ids of button presses start so: the tool node tells a stale button from a typed request. */
export const ACTION_CALL_PREFIX = "action_";

/**
 * A press on a button whose item is gone (deleted, or a roadmap replaced since): said in
 * words, with no id (the store's "Application "<uuid>" was not found" means nothing here).
 */
export const STALE_BUTTON =
  'That button points to something that is no longer there (it was deleted or replaced since). Ask to see the current list, for example "show my applications" or "show my roadmap".';
