/**
 * `parseJobPosting(text, extract)`: a pasted job ad -> JobPosting. Deterministic, no I/O;
 * the skill extractor (tools/skills) is passed in so the parser stays testable and layered.
 */
import { CareerCraftError } from "../../data/errors.ts";
import { findEducation, mergeEducation } from "./education.ts";
import {
  cleanTitle,
  findCompany,
  findEmploymentType,
  findLocation,
  findSeniority,
  findTitle,
  findWorkMode,
  metaFields,
} from "./header.ts";
import { buildRequirements } from "./requirements.ts";
import { parseSalary } from "./salary.ts";
import { normaliseAdText, segmentAd } from "./segments.ts";
import { findCulture, findDomains, findLanguages, looksLikeInstruction } from "./signals.ts";
import type { EducationRequirement, JobPosting, SkillExtractor } from "./types.ts";

export const MAX_AD_CHARS = 60_000;

/** Sentences outside a Responsibilities heading that still describe the work. */
const RESPONSIBILITY_START =
  /^(you will|you'll|you are going to|as an? [\w -]+ you will|your (main )?(tasks?|responsibilities|job) (will be|is|are|include)|in this role you|design|develop|build|implement|maintain|own|drive|deliver|support|manage|lead|collaborate|work closely|ensure|participate|contribute|analy[sz]e|write|test|deploy|monitor|create|coordinate|plan|prepare)\b/i;

function validate(text: unknown): string {
  if (typeof text !== "string") throw new CareerCraftError("validation", "A job ad must be text.");
  if (text.trim().length < 20)
    throw new CareerCraftError("validation", "That job ad is empty or too short. Paste the whole ad text.");
  if (text.length > MAX_AD_CHARS)
    throw new CareerCraftError(
      "too_large",
      `That job ad is ${text.length.toLocaleString("en")} characters; the limit is ${MAX_AD_CHARS.toLocaleString("en")}. Paste only the ad itself.`,
    );
  // Binary junk (a PDF or image pasted as text) is full of NULs and control characters; a
  // stray one from copy-paste is not.
  const control = text.match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (text.includes("\u0000") || control > 50 || control / text.length > 0.02)
    throw new CareerCraftError("corrupt_input", "That does not look like job ad text (it contains binary data).");
  return text;
}

/** Blanks instruction-like lines, keeping offsets, so neither skills nor cues come from them. */
function blankInstructions(text: string): { text: string; ignored: number } {
  let ignored = 0;
  const out = text
    .split("\n")
    .map((line) => {
      const pieces = line.split(/(?<=[.!?])\s+/);
      if (!pieces.some(looksLikeInstruction)) return line;
      return pieces
        .map((p) => {
          if (!looksLikeInstruction(p)) return p;
          ignored++;
          return " ".repeat(p.length);
        })
        .join(" ");
    })
    .join("\n");
  return { text: out, ignored };
}

export function parseJobPosting(raw: string, extract: SkillExtractor): JobPosting {
  const { text, ignored } = blankInstructions(normaliseAdText(validate(raw)));
  const segments = segmentAd(text);
  const fields = metaFields(segments, text);
  const extracted = extract(text);

  const title = findTitle(text);
  const firstLineEnd = text.indexOf("\n") >= 0 ? text.indexOf("\n") : Math.min(text.length, 140);
  const titleEnd = title && cleanTitle(text.slice(0, firstLineEnd)).startsWith(title) ? firstLineEnd : 0;
  const titleSkillIds = new Set<string>();
  if (title) for (const s of extract(title)) titleSkillIds.add(s.id);

  const { skills, experience } = buildRequirements(segments, extracted, titleEnd, titleSkillIds);

  let education: EducationRequirement | undefined;
  for (const s of segments) {
    if (s.section === "benefits" || s.section === "company" || s.section === "meta") continue;
    const found = findEducation(s.text, s.section === "preferred" ? "preferred" : "required");
    if (found) education = mergeEducation(education, found);
  }

  const body = segments.filter((s) => s.section !== "meta").map((s) => s.text);
  const responsibilities = segments
    .filter(
      (s) =>
        s.text.length >= 15 &&
        (s.section === "responsibilities" || (s.section === "intro" && RESPONSIBILITY_START.test(s.text.trim()))),
    )
    .slice(0, 12)
    .map((s) => s.text.trim().slice(0, 200));
  const seniority = findSeniority(title, fields["experience level"]);
  const salary = parseSalary(text);
  const workMode = findWorkMode(fields["location options"], text);
  const employmentType = findEmploymentType(fields["job type"], text);
  const company = findCompany(text, segments);
  const location = findLocation(text);

  const found = [title, skills.length > 0, experience.length > 0 || seniority, education, workMode, employmentType];
  const parseConfidence = Math.round((0.3 + (0.7 * found.filter(Boolean).length) / found.length) * 100) / 100;

  return {
    source: "posting",
    ...(title ? { title } : {}),
    ...(seniority ? { seniority } : {}),
    ...(company ? { company } : {}),
    ...(location ? { location } : {}),
    ...(workMode ? { workMode } : {}),
    ...(employmentType ? { employmentType } : {}),
    ...(salary ? { salary } : {}),
    skills,
    experience,
    ...(education ? { education } : {}),
    softSkills: skills.filter((s) => s.type === "soft").map((s) => s.skillId),
    domains: findDomains(fields.industry, body.join("\n")),
    responsibilities,
    culture: findCulture(body.join("\n")),
    languages: findLanguages(body),
    notes: ignored > 0 ? [`Ignored ${ignored} sentence(s) that read as instructions to an AI rather than the job.`] : [],
    ignoredInstructions: ignored,
    parseConfidence,
  };
}
