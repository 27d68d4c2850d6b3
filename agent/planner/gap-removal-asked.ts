/**
 * "remove Data Analysis from my gaps", "quita CRM de mis brechas", "enlève Excel de mes lacunes":
 * a gap is what the job asks that the profile does not show, so there is no gap to delete — the
 * person disputes the requirement (or has the skill). It was read as removing a SKILL named so
 * ("Data Analysis wasn't on your profile, so nothing changed"; trial18 §10, trial19 §5). The
 * answer is the one for a disputed requirement: a real ad instead of the typical asks, or the
 * skill said so it counts.
 */
import type { Focus } from "../graph/focus.ts";
import { type Outcome, say } from "./types.ts";

const TAKE_OFF = String.raw`(?:remove|delete|drop|take|strike|cross|scratch|ignore|get\s+rid\s+of|quita\w*|elimina\w*|borra\w*|saca\w*|enl[eè]ve\w*|supprime\w*|retire\w*|entfern\w*|streich\w*|l[öo]sch\w*|tira\w*|apaga\w*|remov\w*|hata\w*)`;
const GAPS = String.raw`(?:gaps?|gap\s+list|missing\s+(?:skills|list)|brechas?|carencias?|lacunes?|manques?|l[üu]cken|lacunas?|faltas?)`;
const OWN = String.raw`(?:my|the|mis|las|los|mes|les|meinen|den|der|minhas|meus|as|os|das|dos|meri|mere)`;
const FROM_GAPS = new RegExp(
  String.raw`\b${TAKE_OFF}\b.{1,80}?\b(?:from|off|out\s+of|de|des|du|aus|von|das|dos|da|do)\s+(?:${OWN}\s+)?${GAPS}\b|\b${GAPS}\s+(?:se|mein\s+se)\s+.{0,40}\b${TAKE_OFF}`,
  "iu",
);

/** The answer to a gap asked to be removed, with a job in focus, or undefined. */
export function gapRemovalAsked(raw: string, focus: Focus): Outcome | undefined {
  if (!focus.jobId || !FROM_GAPS.test(raw)) return undefined;
  return say("advice", undefined, "requirement_disputed");
}
