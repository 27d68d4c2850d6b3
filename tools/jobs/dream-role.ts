/**
 * "I want to be a data engineer at a fintech startup, remote, around $120k" -> the same
 * JobPosting shape as a parsed ad, built from the O*NET role profile (typical skills,
 * education and experience for the occupation) plus the preferences stated in the sentence.
 * Everything it adds is flagged as typical for the role, never as a real employer's ask.
 */

import { EDUCATION_ORDER, type EducationLevel } from "../../contract/profile.ts";
import { CareerCraftError } from "../../data/errors.ts";
import type { RoleCores } from "../../data/roles/cores.ts";
import { singularTitle } from "../../data/roles/curated-titles.ts";
import type { RoleCredentials, RoleExtra } from "../../data/roles/extras.ts";
import { ROLE_ACRONYMS, tooShortForRole } from "../../data/roles/role-acronyms.ts";
import { titleWords } from "../../data/roles/title-words.ts";
import type { JobZone, RoleProfile, RoleTitle } from "../../data/roles/types.ts";
import type { SkillGraph } from "../gap/skill-graph.ts";
import { softSkillsNamedIn } from "../gap/soft-skills.ts";
import { editDistance } from "../text/edit-distance.ts";
import { coreRequirements, findCore } from "./core-asks.ts";
import { findDescribedRole } from "./described-role.ts";
import { escoOwnRole, ownRoleNote } from "./esco-own-role.ts";
import { fieldOf, practitionerOf, titleWithField } from "./field-practitioner.ts";
import { findEmploymentType, findSeniority, findWorkMode } from "./header.ts";
import { closestTitles, whichRoleError } from "./role-choices.ts";
import { stemOf } from "./role-finder.ts";
import type { RoleFinder } from "./role-finder-types.ts";
import {
  displayTitle,
  dutyLines,
  fieldAskLines,
  spelledOut,
  tradeTools,
  withGrade,
} from "./role-requirements.ts";
import { kindRequirements, toolRequirements } from "./role-tool-asks.ts";
import { ISH, parseSalary, saysPointPay } from "./salary.ts";
import { findCulture, findDomains, looksLikeInstruction } from "./signals.ts";
import { asksOfBranchSaid } from "./title-branch-asks.ts";
import { titleCase } from "./title-case.ts";
import { kindsForDiscipline, titleDiscipline } from "./title-discipline.ts";
import type { JobPosting, RequirementLine, SkillRequirement } from "./types.ts";
import { TYPICAL_YEARS } from "./typical-years.ts";

export interface RoleMatch {
  role: RoleProfile;
  zone?: JobZone;
  /** The title that matched ("data engineer"). */
  matchedTitle: string;
  /** The title came from the curated map of common titles (data/roles/curated-titles.ts). */
  curated?: boolean;
  /** The occupation's duties and other titles (data/roles/role-extras.json). */
  extra?: RoleExtra;
  /** Technologies so common across occupations that they are asked only as nice-to-haves. */
  generic?: ReadonlySet<string>;
  /** Core asks of common titles (data/roles/role-cores.json): absent, O*NET's kinds are asked. */
  cores?: RoleCores;
}

export type { RoleFinder, RoleFinderOptions } from "./role-finder-types.ts";

function placeOf(text: string): string | undefined {
  const m = /\b(?:in|near|based in|around)\s+([A-Z][a-zA-Z.-]+(?:[ ,]+[A-Z][a-zA-Z.-]+){0,2})/.exec(text);
  return m?.[1]?.replace(/[ ,]+$/, "");
}

/** The higher of two education levels (either may be absent). */
function higherLevel(a?: EducationLevel, b?: EducationLevel): EducationLevel | undefined {
  if (!a || !b) return a ?? b;
  return EDUCATION_ORDER.indexOf(a) >= EDUCATION_ORDER.indexOf(b) ? a : b;
}

/**
 * The role's duties as requirement lines, and for a licensed occupation one line per licence
 * it needs (its own, then prerequisites: a nurse practitioner's and a registered nurse's), in
 * place of the description sentences that stated them ("Licensing or registration required").
 * The occupation's own licence is a hard ask: without it the person cannot do the job.
 */
function roleRequirementLines(duties: readonly string[], credentials?: RoleCredentials): RequirementLine[] {
  const stated = new Set((credentials?.basis ?? []).map((b) => b.replace(/^O\*NET: /, "")));
  const lines: RequirementLine[] = dutyLines(duties.filter((d) => !stated.has(d.trim().replace(/\.$/, ""))));
  for (const [i, licence] of (credentials?.licences ?? []).entries())
    lines.push({
      text: `${licence.name} licence, registration or certification`,
      kind: "required",
      licence,
      ...(i === 0 ? { hard: true } : {}),
    });
  return lines;
}

/** A word as said or a slip of the keyboard from it (one edit, words of 6 letters or more). */
const sameWord = (said: string, title: string) =>
  said === title || (title.length >= 6 && editDistance(said, title, 1) <= 1);

/**
 * An alternate title of the occupation said inside a longer phrase or with a typo ("…
 * probably as an instructional designer", "logistcs coordinator"): the person's own title,
 * shown instead of O*NET's occupation name ("Instructional Coordinator", "Cargo and Freight
 * Agent"). Two words at least, so one shared word never renames the role.
 */
function saidWithinPhrase(titles: readonly RoleTitle[], said: readonly string[]): string | undefined {
  // The longest title said ("product marketing manager at …" is not the "marketing manager" in it).
  let best: { title: string; length: number } | undefined;
  for (const [title, , words] of titles) {
    const w = words.split(" ");
    if (w.length < 2 || (best && w.length <= best.length)) continue;
    for (let i = 0; i + w.length <= said.length; i++)
      if (w.every((word, j) => sameWord(said[i + j]!, word))) best = { title, length: w.length };
  }
  return best?.title;
}

export { findDescribedRole } from "./described-role.ts";

/** The role of the field's practitioner ("Sales Representative (dental sales)"), when the phrase names a field. */
function fieldPractitionerRole(
  phrase: string,
  findRole: RoleFinder,
  graph: SkillGraph,
): JobPosting | undefined {
  const field = fieldOf(phrase);
  const title = field && practitionerOf(field, findRole);
  if (!title || !findRole(title)) return undefined;
  const role = describeDreamRole(`I want to be a ${title}`, findRole, graph);
  return role.title ? { ...role, title: titleWithField(role.title, phrase) } : role;
}

export function describeDreamRole(description: string, findRole: RoleFinder, graph: SkillGraph): JobPosting {
  if (typeof description !== "string" || tooShortForRole(description))
    throw new CareerCraftError(
      "validation",
      'Describe the role you want, e.g. "a data engineer at a fintech startup, remote".',
    );
  if (description.length > 2000)
    throw new CareerCraftError(
      "too_large",
      "That description is too long; one or two sentences about the role are enough.",
    );
  const text = description
    .split(/(?<=[.!?])\s+/)
    .filter((s) => !looksLikeInstruction(s))
    .join(" ");
  const described = findDescribedRole(text, findRole);
  const { phrase, language, english, qualified } = described;
  let match = described.match;
  // Role titles are known in English only: a title in another language that is still not found
  // is asked about with the closest English titles as answers, else asked for in English.
  if (!match && language) {
    const closest = closestTitles(phrase, language, findRole);
    if (closest.length > 0) throw whichRoleError(phrase, closest, language);
    throw new CareerCraftError(
      "not_found",
      `I know role titles in English only, and "${phrase.slice(0, 80)}" (${language}) is not one I can match. Please say the title in English, e.g. "I want to be a data analyst".`,
    );
  }
  const choices = match ? [] : (findRole.choices?.(phrase) ?? []);
  // "designer", "data lead": several common roles; each offered as the message that sets it.
  if (choices.length >= 2) throw whichRoleError(phrase, choices);
  // "move into dental sales", "get into B2B sales": a field, not a title; its practitioner's
  // role, shown with the field said (lead's new-user trial 2026-12-06e: "could not match").
  const byField = match ? undefined : fieldPractitionerRole(phrase, findRole, graph);
  if (byField) return byField;
  if (!match)
    throw new CareerCraftError(
      "not_found",
      `I could not match "${phrase.slice(0, 80)}" to a known role. Try a common title such as "data engineer", "front end developer" or "registered nurse".`,
    );
  // A title O*NET files under another kind of work is read as ESCO's occupation of that name.
  const own = escoOwnRole(english ?? phrase, match);
  if (own) match = own.match;
  const { role, zone } = match;
  // The person's own title when O*NET knows it word for word ("product marketing manager" is
  // an alternate title of Marketing Managers): the requirements are the occupation's, the name
  // is theirs.
  // A title said in another language is the person's in its English reading ("gerente de
  // restaurante" is a Restaurant Manager, an alternate title of Food Service Managers).
  const named = english ?? phrase;
  const said = titleWords(named).join(" ");
  // A field's name ("customer success") found its practitioner's title ("Customer Success
  // Manager", role-finder): that title is the person's.
  const matched = titleWords(match.matchedTitle);
  // Or the practitioner's title is the field's words in their doer's form ("UX research" ->
  // "UX Researcher", trial19: shown as O*NET's "Web and Digital Interface Designer").
  const saidWords = said.split(" ");
  const practitioner =
    said.length > 0 &&
    ((matched.length === saidWords.length + 1 && saidWords.every((w) => matched.includes(w))) ||
      (matched.length === saidWords.length && saidWords.every((w, i) => stemOf(w) === stemOf(matched[i]!))))
      ? match.matchedTitle
      : undefined;
  const ownTitle =
    role.titles.find(([, , words]) => words === said)?.[0] ??
    saidWithinPhrase(role.titles, titleWords(named)) ??
    practitioner;
  // A curated title is written in lower case (curated-titles.ts): shown in title case.
  // A reading matched by its head alone ("solar project manager" as a project manager) is shown
  // as the person said it.
  const shown = qualified
    ? titleCase(qualified)
    : ownTitle
      ? displayTitle(ownTitle, ownTitle === match.matchedTitle && match.curated ? ownTitle : undefined)
      : displayTitle(role.title, match.curated ? match.matchedTitle : undefined);
  // "RN", "HRBP": the title the letters stand for (trial F10.2), not the letters.
  const acronym = ROLE_ACRONYMS[shown.toLowerCase()];
  const title = withGrade(
    spelledOut(
      shown,
      [role.title, ...role.titles.map(([t]) => t)],
      acronym?.length === 1 ? acronym[0] : undefined,
    ),
    named,
    match.matchedTitle,
  );
  // A technology nearly every occupation lists (Excel, Outlook) says nothing about this role:
  // it is never a core ask, only one of a few nice-to-haves.
  const generic = match.generic ?? new Set<string>();
  const onet = (
    role.toolKinds
      ? kindRequirements(
          graph,
          kindsForDiscipline(role.toolKinds, titleDiscipline(ownTitle ?? match.matchedTitle, graph), graph),
          generic,
          title,
        )
      : toolRequirements(graph, role, generic, title)
  ).filter((s): s is SkillRequirement => s !== undefined && s.category !== "spoken_language");
  // A common title's core asks (SQL, a BI tool for a data analyst), O*NET's other kinds as a few nice-to-haves.
  const core = findCore(match.cores, role.code, ownTitle, match.matchedTitle);
  const skills = core ? coreRequirements(graph, core, title) : onet;
  // A skill both core and common stays core (the first listing wins).
  const once = skills.filter((s, i) => skills.findIndex((o) => o.skillId === s.skillId) === i);
  const office = new Set([
    ...generic,
    ...(role.toolKinds ?? []).filter((k) => k.widespread).flatMap((k) => [k.skillId ?? "", ...k.tools]),
  ]);
  // Work outside an office, and office work whose only listed tools are an office suite, asks
  // its field's competences; the software of a trade only as nice-to-haves.
  const suiteOnly = !core && once.every((s) => office.has(s.skillId));
  // Another title of the occupation said ("food safety inspector"): that branch's asks only.
  const fieldAsks =
    ownTitle && match.extra?.fieldAsks && titleWords(ownTitle).join(" ") !== titleWords(role.title).join(" ")
      ? asksOfBranchSaid(match.extra.fieldAsks, ownTitle, role.title, role.titles)
      : match.extra?.fieldAsks;
  const fieldLines = fieldAskLines(role.code, fieldAsks, suiteOnly);
  const trade = fieldAskLines(role.code, fieldAsks).length > 0;
  // A common title's curated core asks were checked by hand: kept as they are. An office
  // role keeps its suite as the few nice-to-haves it already is.
  const unique = trade && !core ? tradeTools(once, office) : once;

  const seniority = findSeniority(named, undefined);
  const zoneYears = zone?.experienceYears.min ?? 0;
  const years = Math.max(zoneYears, seniority ? TYPICAL_YEARS[seniority] : 0);
  const credentials = match.extra?.credentials;
  // O*NET's description, then what the linked ESCO occupation's adds (role-extras escoDuties).
  const duties = [...(match.extra?.duties ?? []), ...(match.extra?.escoDuties ?? [])];
  const educationLevel = higherLevel(
    zone?.educationLevel && zone.educationLevel !== "none" ? zone.educationLevel : undefined,
    credentials?.degree !== "none" ? credentials?.degree : undefined,
  );
  const read = parseSalary(text.replace(ISH, "around $1").replace(/\baround\b|\babout\b|\b~/gi, "salary"));
  const salary =
    read && (read.max ?? read.min) === read.min && saysPointPay(text) ? { ...read, approximate: true } : read;
  const workMode = findWorkMode(undefined, text);
  const location = placeOf(text);
  const domains = findDomains(text, "");
  const stated = [
    workMode,
    location && `in ${location}`,
    salary && `about ${salary.text}`,
    ...domains,
    /\bstart-?up\b/i.test(text) ? "startup" : undefined,
  ].filter(Boolean);

  const employmentType = findEmploymentType(undefined, text);
  return {
    source: "role_profile",
    title,
    // The occupation is the role profile's own: nothing to read.
    occupation: { code: match.role.code, title: singularTitle(match.role.title), via: "role", score: 1 },
    ...(match.extra?.alsoCalled.length ? { alsoCalled: match.extra.alsoCalled } : {}),
    ...(seniority ? { seniority } : {}),
    ...(location ? { location } : {}),
    ...(workMode ? { workMode } : {}),
    ...(employmentType ? { employmentType } : {}),
    ...(salary ? { salary } : {}),
    skills: unique.sort((a, b) => a.skillId.localeCompare(b.skillId)),
    experience:
      years > 0
        ? [
            {
              minYears: years,
              kind: "required",
              skills: [],
              evidence: `typical for ${title}${zone ? ` (${zone.name})` : ""}`,
            },
          ]
        : [],
    ...(educationLevel
      ? {
          education: {
            kind: "required" as const,
            level: educationLevel,
            fields: [],
            // A licensed occupation's degree (a nurse practitioner's graduate education) is not
            // made up by years of work; any other role's typical level is.
            equivalentExperience: !credentials?.degree,
            ...(credentials?.degree ? { noSubstitute: credentials.basis.join("; ") } : {}),
            evidence: credentials?.degree
              ? `${title}: ${credentials.basis.join("; ")}`
              : (zone?.education ?? `typical for ${title}`),
          },
        }
      : {}),
    // Soft skills the role's duties name ("coordinate", "negotiate", "supervise"): typical of the
    // role, scored from the person's roles (softSkills score) but not asked as skills, since a
    // role profile is not an employer's ask.
    softSkills: [
      ...new Set([
        ...unique.filter((s) => s.type === "soft").map((s) => s.skillId),
        ...[...softSkillsNamedIn(duties), ...(match.extra?.softSkills ?? [])].filter((id) => graph.get(id)),
      ]),
    ],
    // The industries the person named, then the occupation's own (a nurse's is healthcare):
    // domain knowledge is scored from the person's history against the field they want.
    domains: [...new Set([...domains, ...(match.extra?.domains ?? [])])],
    responsibilities: duties,
    ...(duties.length || credentials || fieldLines.length
      ? { requirementLines: [...fieldLines, ...roleRequirementLines(duties, credentials)] }
      : {}),
    culture: findCulture(text),
    languages: [],
    notes: [
      own
        ? ownRoleNote(title, own.own, described.match!.role.title)
        : core
          ? `These are typical requirements for the role "${title}" (O*NET occupation "${role.title}", matched from "${match.matchedTitle}"): the core asks curated for this common title (checked against O*NET's technology flags), with duties and titles from O*NET and ESCO, not a specific job ad.`
          : `These are typical requirements for the role "${title}" (O*NET occupation "${role.title}", matched from "${match.matchedTitle}") taken from O*NET role profiles (technologies, duties, titles) and ESCO occupations (labels, duties), not a specific job ad.`,
      ...(stated.length > 0 ? [`Your stated preferences: ${stated.join(", ")}.`] : []),
    ],
    ignoredInstructions: 0,
    parseConfidence: 0.7,
  };
}
