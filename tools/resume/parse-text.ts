/**
 * Resume text -> structured resume. Pure and deterministic given `now` and the skill
 * extractor; the file-format layer (extract/) turns bytes into the text this reads.
 */

import { removeDelimitedInstructions } from "../jobs/signals.ts";
import type { SequencePerceptron } from "../ml/sequence-perceptron.ts";
import { activitiesWithRanges } from "./fields/activities.ts";
import { certificateSchools } from "./fields/certificate-schools.ts";
import { extractCertifications, isCredential, qualificationLines } from "./fields/certifications.ts";
import { extractContact } from "./fields/contact.ts";
import { degreeLinesElsewhere, withEducationElsewhere } from "./fields/degrees-elsewhere.ts";
import { extractEducation, schoolCertificateApart } from "./fields/education.ts";
import { withoutBareSchoolRepeats } from "./fields/education-repeats.ts";
import { withoutEmployerNames } from "./fields/employer-name-skills.ts";
import {
  addScoredEmployers,
  committedEmployerScorer,
  type EmployerScorer,
} from "./fields/employer-scorer.ts";
import { employerSpans } from "./fields/employer-spans.ts";
import { withoutEntryFragments } from "./fields/entry-fragments.ts";
import { entryFieldWords, withoutEntryFields } from "./fields/entry-words.ts";
import { type ExperienceWithLines, extractExperience } from "./fields/experience.ts";
import { backListedByUse, shippedBuiltOn } from "./fields/implied-evidence.ts";
import { titleFromSentence, titleScore } from "./fields/job-header.ts";
import { learnedEducation, learnedExperience, usableSpans } from "./fields/learned-entries.ts";
import { learnedName } from "./fields/learned-name.ts";
import { findLocations } from "./fields/location.ts";
import { withNameMentions } from "./fields/name-mentions.ts";
import { educationOnOneLine, experienceOnOneLine } from "./fields/one-line-values.ts";
import { findOrganizations } from "./fields/organizations.ts";
import { COUNTRY_NAMES, isPlaceList, PLACE_NAMES, REGION_NAMES, US_STATE_CODES } from "./fields/places.ts";
import { withLatestStageTitles } from "./fields/progression-title.ts";
import { extractProjects } from "./fields/projects.ts";
import { withoutClosingKeywordRun } from "./fields/prose-evidence.ts";
import { rolesInSentences, wantedRole } from "./fields/roles.ts";
import { attachSkillEvidence, type Ranged } from "./fields/skill-evidence.ts";
import { spokenLanguages } from "./fields/spoken-languages.ts";
import { withTitlesBesideEmployers } from "./fields/title-beside-employer.ts";
import { yearsCovered } from "./fields/years.ts";
import { labelFields } from "./labeller/index.ts";
import { scoreParse } from "./parse-quality.ts";
import { type FoundSkill, knownNameAcross, type SkillExtractor } from "./skills-port.ts";
import { isInstructionLine } from "./text/injection.ts";
import { detectLanguage, languageName } from "./text/language.ts";
import { normalizeResumeText } from "./text/normalize.ts";
import { findSections, linesOf, sectionsOf } from "./text/sections.ts";
import type { ParsedExperience, ParsedProject, ParsedResume, ResumeSection, SectionKind } from "./types.ts";

export interface ParseTextOptions {
  /** "Today" for open date ranges; fixed in tests so results do not drift. */
  now?: Date;
  /** Skill extraction; null parses without skills (and says so). */
  skills?: SkillExtractor | null;
  /** Text the file layer found hidden (white or tiny); kept out of every field. */
  hiddenText?: string[];
  /** The field labeller's weights; the committed model unless given (cross-validation gives its own). */
  labeller?: SequencePerceptron;
  /** The second-stage employer scorer; the committed model unless given, null for none. */
  employers?: EmployerScorer | null;
}

export type ParsedText = Omit<ParsedResume, "source">;

function lineOffsets(lines: string[]): number[] {
  const offsets: number[] = [];
  let pos = 0;
  for (const l of lines) {
    offsets.push(pos);
    pos += l.length + 1;
  }
  offsets.push(pos);
  return offsets;
}

function linesOfKinds(lines: string[], sections: ResumeSection[], kind: SectionKind): string[] {
  return sectionsOf(sections, kind).flatMap((s) => linesOf(lines, s));
}

const JOB_LIKE_SECTIONS = new Set<SectionKind>(["experience", "awards", "volunteering", "other", "personal"]);

/** Experience from every experience section, with absolute character ranges for skill mapping. */
function experienceWithRanges(
  lines: string[],
  sections: ResumeSection[],
  offsets: number[],
): Ranged<ParsedExperience>[] {
  const out: Ranged<ParsedExperience>[] = [];
  for (const s of sections) {
    if (!JOB_LIKE_SECTIONS.has(s.kind)) continue;
    let entries = extractExperience(linesOf(lines, s));
    // Jobs listed under "Accomplishments", "Volunteering" and the like: only clearly dated, titled entries.
    if (s.kind !== "experience") {
      entries = entries.filter((e) => e.title && e.start);
      if (entries.length < 2 && s.kind !== "volunteering") continue;
    }
    for (const e of entries) {
      const { lineFrom, lineTo, ...entry } = e as ExperienceWithLines;
      out.push({ entry, start: offsets[s.startLine + lineFrom], end: offsets[s.startLine + lineTo] });
    }
  }
  return out;
}

function projectsWithRanges(
  lines: string[],
  sections: ResumeSection[],
  offsets: number[],
): Ranged<ParsedProject>[] {
  const out: Ranged<ParsedProject>[] = [];
  for (const s of sectionsOf(sections, "projects")) {
    for (const p of extractProjects(linesOf(lines, s))) {
      const { lineFrom, lineTo, ...entry } = p;
      out.push({ entry, start: offsets[s.startLine + lineFrom], end: offsets[s.startLine + lineTo] });
    }
  }
  return out;
}

/** Place names that are also common words or employers in resumes. */
const AMBIGUOUS_PLACES = new Set([
  "target",
  "phoenix",
  "salem",
  "anand",
  "washington",
  "georgia",
  "jordan",
  "asia",
  "africa",
  "europe",
  "nagar",
  "sagar",
  "hisar",
  "durg",
]);

/** Places named anywhere: "City, Region" pairs, and lines that are only a known place. */
function placesIn(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.length > 300) continue;
    // In running text a "Name, Region" pair needs a known city or a state-level region.
    const found = findLocations(line).filter((loc) => {
      const [city, region = ""] = loc.split(/,\s*/);
      return (
        PLACE_NAMES.has(city.toLowerCase()) ||
        US_STATE_CODES.has(region) ||
        (REGION_NAMES.has(region.toLowerCase()) && !COUNTRY_NAMES.has(region.toLowerCase()))
      );
    });
    const candidates =
      found.length > 0 ? found : isPlaceList(line) ? [line.replace(/[.,;]$/, "")] : namedPlaces(line);
    for (const c of candidates) if (!out.some((o) => o.toLowerCase() === c.toLowerCase())) out.push(c);
  }
  return out.slice(0, 30);
}

/** Capitalised known places inside running text ("relocated to Pune", "clients in the USA"). */
function namedPlaces(line: string): string[] {
  const out: string[] = [];
  // Only after a word that introduces a place, so "Oracle Java" or "Phoenix Labs" never count.
  for (const m of line.matchAll(
    /\b(?:in|at|to|from|near|across|based|located|relocate)\s+(?:the\s+)?([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})\b/g,
  )) {
    // Try the longest run first: "New York City" before "New York".
    const words = m[1].split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(" ");
      if (PLACE_NAMES.has(name.toLowerCase()) && !AMBIGUOUS_PLACES.has(name.toLowerCase())) {
        out.push(name);
        break;
      }
    }
  }
  return out;
}

/** Indeed-style second line: "Java Developer - Infosys Limited" under the name. */
function headlineOf(lines: string[], sections: ResumeSection[], name?: string): string | undefined {
  const contact = sections.find((s) => s.kind === "contact" && s.startLine === 0);
  const top = contact ? linesOf(lines, contact) : lines.slice(0, 3);
  for (const line of top.slice(0, 4)) {
    if (line === name || /@|\d{5}/.test(line) || line.length > 120) continue;
    const lead = line
      .split(/\s+[-–|]\s+/)[0]
      .replace(/\s+(?:with|having|at|for|in|since|from|who|and)\s+.*$/i, "");
    if (titleScore(lead) > 0 || titleFromSentence(line)) return line;
  }
  return undefined;
}

/**
 * Raw text -> the logical lines every reader uses, with sections; lines addressed to an
 * AI are set aside in `ignoredText`. The labeller's training (scripts/build-resume-labeller.ts)
 * reads resumes through this same function, so it learns the lines it will be given.
 */
export function resumeLines(raw: string, hiddenText: string[] = []) {
  // A block wrapped in role-play tags or an HTML comment is taken out whole, so a sentence or
  // a name it was spliced into ("Android [assistant] … [/assistant] SDK") reads as written.
  const unwrapped = removeDelimitedInstructions(raw);
  const normalized = normalizeResumeText(unwrapped.text, { knownNameAcross });
  const ignoredText: ParsedResume["ignoredText"] = [
    ...hiddenText.map((text) => ({ reason: "hidden" as const, text })),
    ...unwrapped.removed.map((text) => ({ reason: "instruction" as const, text })),
  ];
  // Lines addressed to an AI stay out of every field; they are reported, not obeyed.
  const dataLines = normalized.lines.map((l) => {
    if (!isInstructionLine(l)) return l;
    ignoredText.push({ reason: "instruction", text: l });
    return "";
  });
  const { lines, sections } = findSections(dataLines.filter((l) => l.length > 0));
  return { normalized, lines, sections, ignoredText };
}

export async function parseResumeText(raw: string, options: ParseTextOptions = {}): Promise<ParsedText> {
  const now = options.now ?? new Date();
  const { normalized, lines, sections, ignoredText } = resumeLines(raw, options.hiddenText);
  const text = lines.join("\n");
  const offsets = lineOffsets(lines);

  const contact = extractContact(lines, text);
  const jobs = experienceWithRanges(lines, sections, offsets);
  const projects = projectsWithRanges(lines, sections, offsets);
  // Degrees under another heading ("Professional Development") are education, not certificates.
  const degreeLines = new Set(degreeLinesElsewhere(lines, sections));
  // A certificate with its school on the line below is education too (fields/certificate-schools.ts).
  const certificateLines = certificateSchools(
    linesOfKinds(lines, sections, "certifications").filter((l) => !degreeLines.has(l)),
  );
  const ruleEducation = [
    ...withEducationElsewhere(extractEducation(linesOfKinds(lines, sections, "education"), lines), [
      ...degreeLines,
    ]),
    ...certificateLines.education,
  ];
  const labelled = usableSpans(labelFields(text, options.labeller), sections);
  contact.name = learnedName(labelled, contact.name, lines);
  const employers = jobs.map((j) => j.entry.company);
  const education = withoutBareSchoolRepeats(
    [
      ...ruleEducation,
      ...learnedEducation(labelled, ruleEducation, employers, { text, ownName: contact.name?.value }),
    ].map(schoolCertificateApart),
  );
  const certifications = extractCertifications([
    ...certificateLines.lines,
    ...qualificationLines(linesOfKinds(lines, sections, "education")),
  ]);
  const spoken = spokenLanguages(linesOfKinds(lines, sections, "languages"));
  const languages = spoken.names.slice(0, 20);
  const summaryLines = linesOfKinds(lines, sections, "summary");
  const summary = summaryLines.length > 0 ? summaryLines.join(" ").slice(0, 2000) : undefined;

  // Before skills are tied to jobs, so a job the labeller completed is described whole.
  const ruleExperience = jobs.map((j) => j.entry);
  const headline = headlineOf(lines, sections, contact.name?.value);
  const headlineAt = headline === undefined ? -1 : lines.indexOf(headline);
  const headlineRange =
    headlineAt < 0 ? undefined : { start: offsets[headlineAt], end: offsets[headlineAt] + headline!.length };
  const experience = withLatestStageTitles(
    withoutEntryFragments(
      withTitlesBesideEmployers(
        addScoredEmployers(
          {
            text,
            sections,
            spans: labelled,
            jobs,
            experience: [
              ...ruleExperience,
              ...learnedExperience(labelled, ruleExperience, jobs, headlineRange, { text }),
            ],
            name: contact.name?.value,
          },
          options.employers === undefined ? committedEmployerScorer() : options.employers,
        ),
        lines,
      ),
    ),
  );

  const warnings: string[] = [];
  let found: FoundSkill[] = [];
  if (options.skills)
    found = withoutEmployerNames(
      withNameMentions(
        text,
        withoutEntryFields(
          await options.skills(text, sections),
          entryFieldWords(
            experience,
            ruleEducation.map((e) => e.institution),
            contact.location?.value,
          ),
        ),
        [...jobs, ...projects],
      ),
      employerSpans(text, experience),
    );
  else warnings.push("Skill extraction is not available in this installation, so no skills were listed.");
  // Names run on from the paragraph's last words are no duty of the job that reaches the end.
  for (const j of jobs)
    if (j.end >= text.trimEnd().length && j.entry.bullets.length > 0) {
      const last = withoutClosingKeywordRun(j.entry.bullets.pop()!);
      if (last) j.entry.bullets.push(last);
    }
  const allSkills = backListedByUse(
    attachSkillEvidence(text, found, sections, jobs, projects, certifications, now),
    shippedBuiltOn,
  );
  const yearsBySkill: Record<string, number> = {};
  for (const s of allSkills) if (s.years) yearsBySkill[s.id] = s.years;
  const certificationSkills = allSkills.filter(isCredential);
  const skills = allSkills.filter(
    (s) => s.type !== "soft" && s.category !== "spoken_language" && !isCredential(s),
  );
  const softSkills = allSkills.filter((s) => s.type === "soft" && s.category !== "spoken_language");
  const spokenLanguageSkills = allSkills.filter((s) => s.category === "spoken_language");

  const language = detectLanguage(text);
  if (!language.supported) {
    warnings.push(
      `This resume looks like it is written in ${languageName(language.detected)}. CareerCraft reads resumes in ${language.supportedLanguages.map(languageName).join(", ")}; contact details, dates and links were still extracted, but other fields may be missing.`,
    );
  }
  if (ignoredText.length > 0) {
    warnings.push(
      "Some text was hidden or addressed to an AI (for example an instruction to ignore rules). It was kept as plain text and has no effect on the profile or any analysis.",
    );
  }
  const parsed: ParsedText = {
    language,
    text,
    sections,
    contact,
    summary,
    headline,
    wantedRole: wantedRole(summaryLines),
    rolesMentioned: rolesInSentences(lines),
    education: education.map(educationOnOneLine),
    experience: experience.map(experienceOnOneLine),
    projects: projects.map((p) => p.entry),
    activities: activitiesWithRanges(lines, sections, offsets, jobs).map((a) => a.entry),
    certifications,
    skills,
    softSkills,
    spokenLanguageSkills,
    certificationSkills,
    organizations: findOrganizations(text),
    places: placesIn(lines),
    languages,
    ...(Object.keys(spoken.levels).length > 0 ? { languageLevels: spoken.levels } : {}),
    totalYearsExperience: yearsCovered(experience, now),
    yearsBySkill,
    confidence: 0,
    quality: "poor",
    warnings,
    ignoredText,
  };
  const { confidence, quality, warning } = scoreParse(parsed, normalized.flattened);
  parsed.confidence = confidence;
  parsed.quality = quality;
  if (warning) warnings.push(warning);
  return parsed;
}
