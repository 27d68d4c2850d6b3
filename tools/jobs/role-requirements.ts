/**
 * What a dream role asks beyond its technologies, from its role profile: the occupation's
 * duties as requirement lines (matched by meaning to what the resume says the person did),
 * the title as a person would write it, and the other titles it goes by.
 */
import { singularTitle } from "../../data/roles/curated-titles.ts";
import { titleCase } from "./title-case.ts";
import type { RequirementKind } from "./types.ts";

/**
 * The role's name as a job title: the curated title the person used ("Software Tester"), else
 * O*NET's occupation name in the singular without its qualifiers ("Sales Representatives,
 * Wholesale and Manufacturing, Except ..." -> "Sales Representative").
 */
export function displayTitle(onetTitle: string, curatedTitle?: string): string {
  if (curatedTitle) return titleCase(curatedTitle);
  return singularTitle(onetTitle.split(",")[0]!.trim());
}

/**
 * A title said by its letters ("RN", "FNP", "HRBP") shown spelled out: the occupation's title
 * whose words start with those letters ("Family Nurse Practitioner"), else `fallback` (the
 * acronym's own expansion), else the letters as said.
 */
export function spelledOut(title: string, titles: readonly string[], fallback?: string): string {
  const letters = title.replace(/[^A-Za-z]/g, "");
  if (!/^[A-Z]{2,5}$/.test(title.trim()) || letters.length !== title.trim().length) return title;
  const initials = (t: string) =>
    t
      .split(/[\s-]+/)
      .filter((w) => w && !/^(?:and|of|the|&)$/i.test(w))
      .map((w) => w[0]!.toUpperCase())
      .join("");
  const found = titles.find((t) => /[a-z]/.test(t) && initials(t) === letters);
  return found ? singularTitle(titleCase(found)) : fallback ? titleCase(fallback) : title;
}

/**
 * O*NET duty sentences as requirement lines a resume can evidence: "Assess patient health
 * problems..." -> "Able to assess patient health problems..." (required); "May advise
 * patients..." -> preferred; "Administrative duties may include scheduling appointments, ..."
 * -> "Experience with scheduling appointments, ..." (preferred); sentences that already state
 * an ask ("Licensing or registration required") are kept as they are; scope notes
 * ("Excludes individuals whose duties...", "... should be reported in ...") are not asks and are left out.
 */
export function dutyLines(duties: readonly string[]): { text: string; kind: RequirementKind }[] {
  const out: { text: string; kind: RequirementKind }[] = [];
  for (const raw of duties) {
    const duty = raw.trim().replace(/\.$/, "");
    // Scope notes of O*NET ("Those required to hold teaching certifications should be reported
    // in the appropriate teaching category") say which jobs are filed where; they ask nothing.
    if (!duty || /^(excludes|includes)\b/i.test(duty) || /\bshould be reported\b/i.test(duty)) continue;
    // "Usually manage through …": the adverb says how often, the ask is the duty.
    const may = /^(?:may|usually|often|typically)\s+(.+)$/i.exec(duty);
    // "Duties and responsibilities include formulating policies, …" lists work, as "may include" does.
    const mayInclude = /\b(?:may include|responsibilities include)\s+(.+)$/i.exec(duty);
    if (mayInclude) out.push({ text: `Experience with ${mayInclude[1]}`, kind: "preferred" });
    else if (may) out.push({ text: `Able to ${may[1]}`, kind: "preferred" });
    else if (/\b(required|requires?|must)\b/i.test(duty)) out.push({ text: duty, kind: "required" });
    else out.push({ text: `Able to ${duty[0]!.toLowerCase()}${duty.slice(1)}`, kind: "required" });
  }
  return out;
}

/** Grade words a person puts before a title ("Sr." is "Senior"): they grade the role, not name another. */
const GRADES: Record<string, string> = {
  senior: "Senior",
  sr: "Senior",
  junior: "Junior",
  jr: "Junior",
  lead: "Lead",
  principal: "Principal",
  staff: "Staff",
};

/**
 * The display title with the grade the person said in front of it: "senior accountant" is
 * matched to Accountants (the grade picks no other occupation) and was shown as "Accountant"
 * (issue 13 trial); the reply names the role they asked about, "Senior Accountant". A word
 * the matched title holds is part of the role's name ("principal" of a school) and is not added.
 */
export function withGrade(title: string, said: string, matchedTitle: string): string {
  const grades: string[] = [];
  // "to Senior Financial Analyst": words that only lead to the title come before the grade.
  const words = said.trim().split(/\s+/);
  while (words.length > 1 && /^(?:to|as|a|an|the|my|into|for|be|become)$/i.test(words[0]!)) words.shift();
  for (const word of words) {
    const grade = GRADES[word.toLowerCase().replace(/\.$/, "")];
    if (!grade) break;
    if (!grades.includes(grade)) grades.push(grade);
  }
  // A grade word the match itself used names the role ("principal" of a school), not a grade.
  const has = new Set(`${title} ${matchedTitle}`.toLowerCase().split(/\s+/));
  const missing = grades.filter((g) => !has.has(g.toLowerCase()));
  return missing.length > 0 ? `${missing.join(" ")} ${title}` : title;
}

/** The trade's own competences asked of a described role, at most this many. */
const FIELD_ASK_LIMIT = 4;

/**
 * SOC major groups of work done with the hands or with people rather than at a desk: health
 * practitioners and support (29, 31), protective, food, cleaning and personal care service
 * (33-39), farming, construction, repair, production and transport (45-53). O*NET lists an
 * office suite for most of them (every employer's paperwork), which says nothing of the trade.
 */
const OUTSIDE_OFFICE = new Set(["29", "31", "33", "35", "37", "39", "45", "47", "49", "51", "53"]);

/**
 * A role outside office work (a cook, an electrician, a nurse aide, a warehouse worker) asks
 * its field's own competences (role-extras `fieldAsks`, ESCO labels read by meaning from the
 * occupation's duties: "Able to cook meat dishes", "Able to repair wiring"), matched by meaning
 * to what the resume says was done. Office work is described by its tools, unless the only
 * tools the data lists for it are an office suite (`officeSuiteOnly`): a logistics coordinator,
 * a food service manager or a nurse manager was asked PowerPoint, Word and Outlook and nothing
 * of the work (a new user's trial, issue 13, F3.3, F6.1, F21.4), so it asks its competences too.
 */
export function fieldAskLines(
  occupationCode: string,
  fieldAsks: readonly string[] | undefined,
  officeSuiteOnly = false,
): { text: string; kind: RequirementKind; typicalOf: string }[] {
  if (!fieldAsks?.length || !(officeSuiteOnly || OUTSIDE_OFFICE.has(occupationCode.slice(0, 2)))) return [];
  return fieldAsks
    .slice(0, FIELD_ASK_LIMIT)
    .map((label) => ({ text: `Able to ${label}`, kind: "required", typicalOf: occupationCode }));
}

/**
 * The technologies a role outside office work is asked once its competences are: no office
 * suite (Word, Outlook, a spreadsheet), and the rest (a POS system, AutoCAD) as nice-to-haves —
 * the software is not what an electrician or a cook is hired for.
 */
export function tradeTools<T extends { skillId: string; kind: RequirementKind }>(
  skills: readonly T[],
  office: ReadonlySet<string>,
): T[] {
  return skills.filter((s) => !office.has(s.skillId)).map((s) => ({ ...s, kind: "preferred" as const }));
}
