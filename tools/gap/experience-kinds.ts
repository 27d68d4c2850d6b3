/**
 * The kinds of experience an either/or years ask names: "3+ years in customer success, account
 * management or another customer-facing role" is met by years in any of them, so every role
 * that is one of the kinds counts toward it — by the words of a kind in its title ("Account
 * Executive" is account work), a skill of the kinds that the role shows, or the work O*NET files
 * under its title (a veterinarian's years toward "sales or veterinary practice"). Read only from an
 * ask that lists alternatives: "5+ years in software development" names one trade, which the
 * job's title and skills already stand for.
 */
import type { ExperienceEntry } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";
import { ALTERNATIVES, KINDS_AFTER_YEARS } from "./kind-words.ts";
import { type KindOfWork, kindWeight, readKind } from "./kind-years.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { skillsInLine } from "./text-skills.ts";

export interface ExperienceKinds {
  /**
   * Each alternative read as a kind of work (kind-years.ts readKind): its specific words, the
   * skills it names by their whole name (account management, not "customer" of "customer
   * success"), whether it is an O*NET title.
   */
  kinds: KindOfWork[];
}

/** The kinds of experience the job's required overall years asks name as alternatives. */
export function experienceKinds(job: JobPosting, graph: SkillGraph): ExperienceKinds {
  const kinds: KindOfWork[] = [];
  for (const ask of job.experience) {
    if (ask.kind !== "required" || ask.skills.length > 0) continue;
    const listed = KINDS_AFTER_YEARS.exec(ask.evidence)?.[1];
    if (!listed || !ALTERNATIVES.test(listed)) continue;
    for (const said of listed.split(/,|\bor\b|\band\b|\//i)) {
      const kind = readKind(said, graph);
      if (!kind) continue;
      // A kind's whole name ("account management"), not a word of one ("customer").
      const whole = [...skillsInLine(kind.phrase, graph)].filter(
        ([, phrase]) => /\s/.test(phrase) || phrase.toLowerCase() === kind.phrase.toLowerCase(),
      );
      kinds.push({ ...kind, ids: new Set(whole.map(([id]) => id).filter((id) => kind.ids.has(id))) });
    }
  }
  return { kinds };
}

/**
 * The role is one of the kinds, as a years ask of one kind reads it (kind-years.ts kindWeight):
 * its title holds every specific word of one ("Account Executive" of "account management"),
 * it shows a skill one names, or the work O*NET files under its title says the kind (a
 * "Veterinarian" of "veterinary practice").
 */
export function isOneOfKinds(graph: SkillGraph, role: ExperienceEntry, kinds: ExperienceKinds): boolean {
  return kinds.kinds.some((kind) => kindWeight(graph, role, kind) === 1);
}
