/**
 * "bank teller at Chase", "cashier at walmart 2019-2021", "line cook @ Chili's, 2018 to 2020":
 * one line of a work history typed in chat, the way a resume writes it (title, company, dates).
 * The intent model, with no verb to go on, asked back "which of these did you want?" (new-user
 * trial). Read as an experience entry when the words before "at" are, one for one, a title the
 * role data knows (named-role-choices.ts) and what follows is a company of a few words with
 * dates at most; the profile entry tool reads it as the resume parser reads such a line.
 * Only a message the model was unsure of reaches here (clarifyWithNamedRole).
 */
import type { RoleFinder } from "../../tools/jobs/role-finder-types.ts";
import { WORK_LINE } from "../../tools/profile/resume-cased-line.ts";
import { call, type Outcome } from "./types.ts";

/** "<title> at <company> [dates]", optionally after "I was a" / "worked as a". */
const ENTRY_LINE = /^(?:(?:i\s+was|i'?m|i\s+am|was)\s+(?:an?\s+)?|worked\s+as\s+(?:an?\s+)?)?(.+)$/iu;
/** What follows "at" that is no company: a time, a place in general, or a level. */
const NOT_COMPANY =
  /^(?:night|nights|weekends?|home|the moment|the same time|first|least|most|all|work|school|times|entry level|senior level|a loss)\b/i;

/** The experience entry a message is, when it is one line of a work history. */
export function entryLineSaid(raw: string, find: RoleFinder): Outcome | undefined {
  const text = raw.trim();
  if (text.includes("\n") || text.includes("?") || text.split(/\s+/).length > 12) return undefined;
  const line = ENTRY_LINE.exec(text)?.[1] ?? "";
  const [, title, company] = WORK_LINE.exec(line) ?? [];
  if (!title || !company || NOT_COMPANY.test(company) || company.split(/\s+/).length > 4) return undefined;
  const match = find(title.trim(), { loose: false });
  if (!match?.matchedTitle || !sameWords(title, match.matchedTitle)) return undefined;
  return { calls: [call("add_profile_entry", { kind: "experience", text: line })] };
}

/** The words said are the title's words (case and plural "s" aside). */
function sameWords(said: string, title: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[\s/-]+/)
      .filter(Boolean)
      .map((w) => w.replace(/s$/, ""));
  const a = words(said);
  const b = words(title);
  return a.length === b.length && a.every((w) => b.includes(w));
}
