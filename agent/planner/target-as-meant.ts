/**
 * The last look at a planned target: several readers hand set_dream_job the whole sentence
 * (the wish read as a move, as a preference, as the model's set_dream_job), and the role finder
 * takes the first title it meets. Two sentences that name a role they do NOT want reached it
 * whole (trial19 §1): "je ne veux pas être soudeuse, je veux être chargée de recrutement" set
 * the refused role, and "je suis gérante de magasin, pas « X »" (a saved title quoted and
 * corrected) set a target made of its words. Narrowed here once, for every reader: the role
 * wished after the refused one is the target; a quoted title corrected renames that entry.
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { roleAfterGivingUp } from "./plans/rejected-role.ts";
import { titleNotThat } from "./title-not-that.ts";

export function targetAsMeant(planned: PlannedCall[]): PlannedCall[] {
  return planned.map((c) => {
    if (c.name !== "set_dream_job" || typeof c.args.text !== "string") return c;
    const retitled = titleNotThat(c.args.text)?.calls[0];
    if (retitled) return retitled;
    const wanted = roleAfterGivingUp(c.args.text);
    return wanted && wanted !== c.args.text ? { ...c, args: { ...c.args, text: wanted } } : c;
  });
}
