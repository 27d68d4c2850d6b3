/**
 * "add project: Rota Planner, a sheet I built in Google Sheets for the cafe", "add a
 * certification - Food Hygiene Level 2": an entry kind named as a label before its details is
 * the entry added, whatever else the words suggest (the model read such a project as its tools
 * to add as skills, or as an application "for the shop", once protest lines were trained).
 */
import { INTENT_PLANS } from "./intent-plans.ts";
import type { Outcome, PlanContext, Segment } from "./types.ts";

const LABELLED_ENTRY =
  /^(?:please\s+|pls\s+)?(?:add|put|save|log)\s+(?:a\s+|an\s+|my\s+|new\s+|this\s+)*(?:side\s+)?(?:project|certification|certificate|degree|education|job|experience|role|entry)\s*[:\-–—]\s*\S/i;

export function labelledEntry(seg: Segment, context: PlanContext): Outcome | undefined {
  return LABELLED_ENTRY.test(seg.raw.trim()) ? INTENT_PLANS.add_profile_entry?.(seg, context) : undefined;
}
