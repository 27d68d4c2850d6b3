/**
 * The day an application was sent, as said in the message: English words and dates first
 * ("yesterday", "on monday", "nov 4"), else the other languages the chat reads ("ayer", "el
 * lunes pasado", "am Montag"). Every reader of an application asks this one function (each
 * had its own copy, some reading English only: "applied @ X (cashier) ayer" kept no day).
 */
import { DATE } from "../rules-tracking.ts";
import { otherLanguageDay } from "./other-days.ts";

/** `t` is the message in lower case (normalised), `raw` as typed (other languages' readers want it). */
export const appliedDay = (t: string, raw: string): string | undefined =>
  t.match(DATE)?.[1] ?? otherLanguageDay(t, raw);

/**
 * A bracket or trailing words after a company that say when or how, never a role: "(yesterday)",
 * "(again)", "(remote)", "(finally)", "(last week)", "(mon)".
 */
export const NOT_A_ROLE =
  /^(?:today|yesterday|again|remote|hybrid|on ?site|finally|lol|fyi|\d.*|(?:last|this|next)\s+\w+|(?:mon|tue|wed|thu|fri|sat|sun)\w*)$/iu;
