/**
 * "more", "next", "show the rest" right after a list longer than one page: its next page.
 * A short command of its own (like "stop" or "skip"), read only while such a list is what
 * the last reply showed; anywhere else the words mean other things ("next question" in
 * practice, "show me the rest" of a roadmap) and the intent model reads them.
 */
import type { Focus } from "../graph/focus.ts";
import { call, type Outcome } from "./types.ts";

/**
 * The requests whose reply can be a long list ("show_more" itself goes on with it), and
 * bookmarking one of its questions, which leaves the list in front of the person.
 */
const LISTING = new Set([
  "search_questions",
  "list_bookmarks",
  "list_applications",
  "show_more",
  "bookmark_question",
]);

const MORE =
  /^(?:ok(?:ay)?,? |and |now |pls |please )?(?:(?:show|give|list|send|let me see|can i see|can you show)(?: me)? )?(?:(?:some |a few |the |\d+ |five )?more(?: (?:questions|ones|of (?:them|those)|applications|apps|please|pls))?|(?:the )?rest(?: of (?:them|those|the list|it|my applications))?|(?:the )?next(?: (?:page|(?:\d+|five)(?: ones)?|ones|few|batch|set))?|keep going|go on|continue|what else(?: (?:is there|do you have))?)(?: (?:please|pls|then))?\s*[.!?]*$/;

/** The next page of the list in focus, or undefined when the message is not "more". */
export function nextPageRequest(raw: string, focus: Focus): Outcome | undefined {
  if (!focus.page || !focus.lastIntent || !LISTING.has(focus.lastIntent)) return undefined;
  return MORE.test(raw.trim().toLowerCase()) ? { calls: [call("show_more")] } : undefined;
}
