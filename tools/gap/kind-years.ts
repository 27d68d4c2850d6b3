/**
 * Years of one kind of work: "2+ years as a content editor", "3 years in B2B sales", "two years
 * in an acute care setting". Such an ask is met by the years of the roles that are that work —
 * by their title, the skills they show, or what O*NET says the title's work is — not by every
 * year relevant to the job (a marketing coordinator's years are not years as a content editor).
 * The kind must be readable as work: a title O*NET knows or a skill of the taxonomy; "3 years
 * in a fast-paced environment" names none and stays an overall years ask. A kind that is the
 * job's own trade ("5+ years in software development" for a developer) is left to the job's
 * relevant years too, which already stand for it.
 */
import type { ExperienceEntry, ProfileSnapshot } from "../../contract/profile.ts";
import { titleWords } from "../../data/roles/index.ts";
import { countYears, describeRole } from "../experience/roles.ts";
import type { JobPosting } from "../jobs/types.ts";
import { roleEvidences } from "./experience.ts";
import { fieldWorkWeight } from "./field-work.ts";
import { ALTERNATIVES, FILLER, KINDS_AFTER_YEARS } from "./kind-words.ts";
import { occupationsOfTitle } from "./occupation-kinship.ts";
import { ancestorsOf, type SkillGraph } from "./skill-graph.ts";
import { skillsInLine } from "./text-skills.ts";
import { GENERIC_TITLE_WORDS } from "./title-closeness.ts";
import { occupationCodesOf, titleKinship, titleWorkSays } from "./title-kinship.ts";

export interface KindOfWork {
  /** The kind in the ad's words ("b2b sales"). */
  phrase: string;
  /** Its specific title words, stemmed ("b2b", "sale"). */
  words: string[];
  /** Skills it names (not soft skills). */
  ids: Set<string>;
  /** The phrase is an O*NET title ("content editor"). */
  isTitle: boolean;
}

/** "3 years of payroll experience", "5+ years of B2B sales work": the kind before "experience". */
const KIND_BEFORE_EXPERIENCE =
  /\b(?:years?|yrs)['’]?\s+of\s+((?:[\w&+#-]+\s+){0,3}?[\w&+#-]+)\s+(?:work\s+|working\s+|professional\s+)?(?:experience|work)\b/i;
/** Words that qualify experience without naming a kind of work. */
const QUALIFIER =
  /^(?:relevant|professional|industry|hands|on|practical|proven|solid|strong|previous|prior|total|combined|overall|full|time|paid|commercial|related|equivalent|similar)$/i;

const specific = (text: string) =>
  titleWords(text).filter(
    (w) => w.length > 2 && !FILLER.test(w) && !QUALIFIER.test(w) && !GENERIC_TITLE_WORDS.has(w),
  );

/**
 * One kind of work in an ask's words ("b2b sales", "veterinary practice"), read as work: its
 * specific words, the skills it names, whether it is an O*NET title. The setting a kind is
 * done in is no part of it: "veterinary practice" is veterinary work, "retail sector" retail.
 */
export function readKind(said: string, graph: SkillGraph): KindOfWork | undefined {
  const phrase = said
    .trim()
    .replace(/^(?:an?|the)\s+/i, "")
    .replace(
      /\s+(?:experience|work|industry|sector|setting|environment|practice|role|position|capacity)$/i,
      "",
    )
    .trim();
  const words = specific(phrase);
  if (words.length === 0) return undefined;
  const isTitle = occupationCodesOf(phrase).length > 0;
  // A title is read as a title: "content manager" is the job, not IBM's Content Manager product.
  const ids = new Set(
    [...skillsInLine(phrase, graph).keys()].filter(
      (id) => graph.get(id)?.type !== "soft" && !(isTitle && graph.get(id)?.category === "tool"),
    ),
  );
  return { phrase, words, ids, isTitle };
}

/** The kind of work a years ask names, undefined when it names alternatives, none, or the job's own trade. */
export function kindOfYearsAsk(text: string, job: JobPosting, graph: SkillGraph): KindOfWork | undefined {
  const listed = KINDS_AFTER_YEARS.exec(text)?.[1] ?? KIND_BEFORE_EXPERIENCE.exec(text)?.[1];
  if (!listed || ALTERNATIVES.test(listed)) return undefined; // alternatives: experience-kinds.ts
  const kind = readKind(
    listed.split(/,|\s(?:and|with|including|where|who|that|preferably|ideally)\s/i)[0]!,
    graph,
  );
  if (!kind || (kind.ids.size === 0 && !kind.isTitle)) return undefined;
  const { phrase, words, ids, isTitle } = kind;
  // The job's own trade: a word of its titles, or a skill it requires (or one above them).
  const jobWords = new Set(
    [job.title, ...(job.alsoCalled ?? [])].filter((t): t is string => !!t).flatMap(specific),
  );
  if (words.every((w) => jobWords.has(w))) return undefined;
  // The job's own trade by its skills: the kind is above other skills it requires (software
  // development above Python). The ask's own skill is required too, so equal ids do not count.
  const above = new Set(
    job.skills
      .filter((s) => s.kind === "required" && s.type !== "soft")
      .flatMap((s) => [...ancestorsOf(graph, s.skillId)]),
  );
  if ([...ids].some((id) => above.has(id))) return undefined;
  return { phrase, words, ids, isTitle };
}

/**
 * How much a held role counts as the kind of work, 0..1: as read by its title, skills or duties
 * below, and no more than its occupation makes it that field's work when the kind names an
 * occupation (field-work.ts: a technical support engineer's years are not years of software
 * engineering, though its title and tools read alike).
 */
export function kindWeight(graph: SkillGraph, role: ExperienceEntry, kind: KindOfWork): number {
  const read = kindReading(graph, role, kind);
  return read === 0 ? 0 : Math.min(read, fieldWorkWeight(role, occupationsOfTitle(kind.phrase)) ?? 1);
}

function kindReading(graph: SkillGraph, role: ExperienceEntry, kind: KindOfWork): number {
  const title = new Set(titleWords(role.title ?? ""));
  if (kind.words.every((w) => title.has(w))) return 1;
  if (kind.ids.size > 0 && roleEvidences(graph, role, kind.ids, true)) return 1;
  if (kind.isTitle) {
    const kinship = titleKinship(role.title, [kind.phrase]);
    if (kinship > 0) return kinship;
  }
  if (titleWorkSays(role.title, kind.phrase)) return 1;
  const said = role.bullets.join("\n").toLowerCase();
  return said.includes(kind.phrase.toLowerCase()) ? 1 : 0;
}

/** Years of the roles that are the kind of work, with the roles counted. */
export function yearsOfKind(
  graph: SkillGraph,
  profile: ProfileSnapshot,
  kind: KindOfWork,
  now: number | undefined,
): { years: number; evidence: string[] } {
  const roles = profile.experience.flatMap((role) => {
    const weight = kindWeight(graph, role, kind);
    return weight === 0 ? [] : [weight === 1 ? role : { ...role, weight }];
  });
  const count = countYears(roles, now);
  return { years: count.years, evidence: count.roles.map(describeRole) };
}
