/**
 * Result shapes of the reminder tools (results.ts is the map; these grew a kind of their
 * own): a reminder in a list is an application's (company, position) or the person's own
 * task, and set/cancel answer for either.
 */

export interface ReminderBrief {
  /** "follow_up" | "interview" | "personal" */
  kind: string;
  due: string;
  /** An application's reminder: the application. */
  company?: string;
  position?: string;
  /** A personal reminder: what to do, as the person will read it, and its id ("cancel the 2nd one"). */
  task?: string;
  id?: string;
  /** An interview reminder: when the interview itself is (`due` is the day before). */
  interview?: string;
}

export interface ApplicationReminderSet {
  company: string;
  position: string;
  due: string;
  /** Set when the reminder is before an interview ("remind me the day before"). */
  interview?: string;
  /** How long before the interview: "a day" (the tracker's own), "2 days", "an hour". */
  before?: string;
}

/** "remind me to update my portfolio on friday": stored for the person, no application. */
export interface PersonalReminderSet {
  personal: true;
  id: string;
  task: string;
  due: string;
}

export type ReminderCancelled =
  | { company: string; position: string; stopped: number }
  | { personal: true; task: string; due: string };
