/**
 * "show my skills and delete it": the "it" is one of the things about to be listed, which
 * nothing names yet, so the list is shown and the person is asked which one (never guessed
 * from whatever was talked about before). Moved out of understand.ts (conv12s) to keep it
 * under 400 lines.
 */
import { POINTS_BACK } from "./message-pieces.ts";
import { normalize } from "./normalize.ts";
import { takesAway } from "./operation-words.ts";
import { CONFIDENCE, read } from "./reading.ts";
import type { PlanContext } from "./types.ts";

/** What each removal picks from, so "show my skills and delete it" can ask which one. */
export const LISTING_OF = { remove_skill: "show_skills", delete_application: "list_applications" } as const;
export type Picking = keyof typeof LISTING_OF;

/**
 * "show my skills and delete it": the "it" is one of the things about to be listed, which
 * nothing names yet, so the list is shown and the person is asked which one (never guessed
 * from whatever was talked about before).
 */
export async function removalOfListed(parts: string[], context: PlanContext): Promise<Picking | undefined> {
  if (parts.length !== 2 || !POINTS_BACK.test(parts[1]) || !takesAway(normalize(parts[1]))) return undefined;
  const listing = await read(parts[0], context);
  if (listing.score < CONFIDENCE) return undefined;
  return (Object.keys(LISTING_OF) as Picking[]).find((p) => LISTING_OF[p] === listing.intent);
}
