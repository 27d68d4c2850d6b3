/**
 * The kind of employment in the culture-fit score (the score of work conditions, as shifts are:
 * score-shifts.ts). The ad's kind (JobPosting.employmentType, read by tools/jobs) is compared with
 * the kinds the person said they want (Preferences.employment, kept from chat: "only part-time"):
 * an ad offering a kind they did not ask for holds the score down and says which, and the advice
 * says to ask the employer (employmentAdvice); a kind that fits is said. When either side is silent
 * the explanation says which side, and the score stays what the values and shifts gave — a wish
 * the person stated is never silently left out.
 */
import type { EmploymentType, ProfileSnapshot } from "../../contract/profile.ts";
import { employmentWords } from "../jobs/employment-types.ts";
import type { JobPosting } from "../jobs/types.ts";
import { withCondition, withNote } from "./condition-detail.ts";
import type { ScoreDetail } from "./types.ts";

/**
 * Kinds that are one arrangement said two ways: a contractor is paid per engagement whether the
 * ad says "contract" or "freelance" (tools/jobs/employment-types.ts reads "freelance" as contract).
 */
const SAME_ARRANGEMENT: Partial<Record<EmploymentType, EmploymentType[]>> = {
  contract: ["freelance"],
  freelance: ["contract"],
};

const fits = (offered: EmploymentType, wanted: readonly EmploymentType[]) =>
  wanted.some((w) => w === offered || SAME_ARRANGEMENT[w]?.includes(offered));

/** The two sides when both spoke, or undefined (a described role offers nothing of its own). */
function sides(profile: ProfileSnapshot, job: JobPosting) {
  if (job.source === "role_profile") return undefined;
  const offered = job.employmentType;
  const wanted = profile.preferences.employment ?? [];
  return { offered, wanted };
}

/** True when the ad offers a kind of employment the person did not say they want. */
export function employmentClash(profile: ProfileSnapshot, job: JobPosting): boolean {
  const s = sides(profile, job);
  return Boolean(s?.offered && s.wanted.length > 0 && !fits(s.offered, s.wanted));
}

export function withEmploymentFit(
  detail: ScoreDetail,
  profile: ProfileSnapshot,
  job: JobPosting,
): ScoreDetail {
  const s = sides(profile, job);
  if (!s || (!s.offered && s.wanted.length === 0)) return detail;
  const { offered, wanted } = s;
  const youSay = `you: ${employmentWords(wanted)}`;
  if (!offered)
    return withNote(
      detail,
      `The ad doesn't say what kind of employment it is, so your wish for ${employmentWords(wanted)} wasn't compared.`,
      [youSay],
    );
  const adSays = `ad: ${employmentWords([offered])}`;
  if (wanted.length === 0)
    return withNote(
      detail,
      `The ad offers ${employmentWords([offered])}; tell me the kind of work you want (full-time, part-time, contract...) to have it compared.`,
      [adSays],
    );
  return withCondition(detail, {
    ...(fits(offered, wanted)
      ? {}
      : {
          clash: `The ad offers ${employmentWords([offered])}, and you said you want ${employmentWords(wanted)}.`,
        }),
    fit: `The ad's ${employmentWords([offered])} fits what you said you want (${employmentWords(wanted)}).`,
    adSays,
    youSay,
  });
}

/** The advice beside a clash: the verdict is about qualifications, this is about the offer. */
export function employmentAdvice(profile: ProfileSnapshot, job: JobPosting): string | undefined {
  if (!employmentClash(profile, job)) return undefined;
  const wanted = employmentWords(profile.preferences.employment ?? []);
  return `This ad offers ${employmentWords([job.employmentType!])}, not the ${wanted} you said you want: ask the employer whether ${wanted} is possible before you apply, or keep looking for ${wanted}.`;
}
