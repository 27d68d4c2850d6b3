/**
 * Why a held role is read as the described role's kind of work when its occupation shares most
 * of its work with the role's (shared-work-kinship.ts): the explanation names a duty the two
 * share, in the sources' own words, instead of the role's title words the person's roles do not
 * say (focus-match.ts themeNote: a copywriter toward a marketing role was told "the role is about
 * 'research', 'analyst'; your roles do not say them", trial18).
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import { titleInEnglish } from "../jobs/title-in-english.ts";
import type { JobPosting } from "../jobs/types.ts";
import { occupationSays, workOf } from "./held-work.ts";
import { SHARED_WORK_NOTE_BAR, sharedWorkOf } from "./shared-work-kinship.ts";
import { occupationTitle } from "./trade-kinship.ts";

/** Undefined unless the job is a described role and a held role's occupation shares its work. */
export function sharedWorkNote(
  profile: ProfileSnapshot,
  job: JobPosting,
  embedder: Embedder | undefined,
): string | undefined {
  const target = job.source === "role_profile" ? job.occupation?.code : undefined;
  if (!target || !embedder?.embedSync) return undefined;
  let best: { title: string; code: string; overlap: number } | undefined;
  for (const e of profile.experience) {
    if (!e.title?.trim()) continue;
    const shared = sharedWorkOf(
      titleInEnglish(e.title),
      target,
      (e.bullets ?? []).join(" "),
      SHARED_WORK_NOTE_BAR,
    );
    if (shared && (!best || shared.overlap > best.overlap)) best = { title: e.title.trim(), ...shared };
  }
  if (!best) return undefined;
  // The role's duty the held occupation's own work says best.
  let duty: { line: string; similarity: number } | undefined;
  for (const line of workOf(target)) {
    const says = occupationSays(best.code, line, embedder);
    if (says && (!duty || says.similarity > duty.similarity)) duty = { line, similarity: says.similarity };
  }
  const held = occupationTitle(best.code).toLowerCase();
  const role = occupationTitle(target).toLowerCase();
  const both = duty ? `, e.g. "${duty.line.slice(0, 100)}"` : "";
  return `your "${best.title}" work is ${held} work, which shares some of its work with ${role}${both}`;
}
