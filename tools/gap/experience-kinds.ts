/**
 * The kinds of experience an either/or years ask names: "3+ years in customer success, account
 * management or another customer-facing role" is met by years in any of them, so every role
 * that is one of the kinds counts toward it — by the words of a kind in its title ("Account
 * Executive" is account work) or a skill of the kinds that the role shows. Read only from an
 * ask that lists alternatives: "5+ years in software development" names one trade, which the
 * job's title and skills already stand for.
 */
import type { ExperienceEntry } from "../../contract/profile.ts";
import { titleWords } from "../../data/roles/index.ts";
import type { JobPosting } from "../jobs/types.ts";
import { roleEvidences } from "./experience.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { skillsInLine } from "./text-skills.ts";
import { GENERIC_TITLE_WORDS } from "./title-closeness.ts";

/** What follows the years: "years (of experience) in / as / within …" up to the clause's end. */
export const KINDS_AFTER_YEARS =
  /\b(?:years?|yrs)['’]?(?:\s+of)?(?:\s+(?:experience|work|working))?\s+(?:in|as|within|across|doing)\s+(?:an?\s+|the\s+)?([^.;:()]+)/i;
/** Alternatives: "A, B or C", "A/B". */
export const ALTERNATIVES = /\bor\b|\w\s*\/\s*\w/i;
/** Words that name no kind of work: "another … role", "a similar position", "related field". */
export const FILLER =
  /^(another|other|any|similar|related|relevant|equivalent|comparable|role|roles|position|positions|job|jobs|field|fields|function|functions|setting|settings|environment|environments|capacity|work|experience|management|based|like|such|plus|preferably|ideally|ideal|or|and|a|an|the|in|of|at|with|to|for)$/i;

export interface ExperienceKinds {
  /** Each kind's specific words ("customer success" -> customer, success; "account management" -> account). */
  kinds: Set<string>[];
  /** Skills the kinds name (account management, through the taxonomy). */
  ids: Set<string>;
}

/** The kinds of experience the job's required overall years asks name as alternatives. */
export function experienceKinds(job: JobPosting, graph: SkillGraph): ExperienceKinds {
  const kinds: Set<string>[] = [];
  const ids = new Set<string>();
  for (const ask of job.experience) {
    if (ask.kind !== "required" || ask.skills.length > 0) continue;
    const listed = KINDS_AFTER_YEARS.exec(ask.evidence)?.[1];
    if (!listed || !ALTERNATIVES.test(listed)) continue;
    for (const kind of listed.split(/,|\bor\b|\band\b|\//i)) {
      // In title words' one form, so a short form on either side meets the long one
      // ("5+ years in HR or people operations" and an "HR Generalist" both read human resources).
      const words = titleWords(kind).filter(
        (w) => w.length > 2 && !FILLER.test(w) && !GENERIC_TITLE_WORDS.has(w),
      );
      if (words.length > 0) kinds.push(new Set(words));
    }
    // A kind's whole name ("account management"), not a word of one ("customer").
    for (const [id, phrase] of skillsInLine(listed, graph)) if (/\s/.test(phrase)) ids.add(id);
  }
  return { kinds, ids };
}

/**
 * The role is one of the kinds: its title holds every specific word of one ("Account
 * Executive" of "account management"), or it shows a skill one names.
 */
export function isOneOfKinds(graph: SkillGraph, role: ExperienceEntry, kinds: ExperienceKinds): boolean {
  if (kinds.kinds.length === 0 && kinds.ids.size === 0) return false;
  const title = new Set(titleWords(role.title ?? ""));
  return (
    kinds.kinds.some((k) => [...k].every((w) => title.has(w))) ||
    (kinds.ids.size > 0 && roleEvidences(graph, role, kinds.ids, true))
  );
}
