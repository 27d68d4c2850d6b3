/**
 * When the caller gives no sections (a pasted resume, a job ad), skills headings are still
 * easy to see: a short line such as "SKILLS", "Technical Skills:" or "Tools & Technologies"
 * starts a block that runs to the next heading. Inside it, one-word names ("Java",
 * "Excel", "Research") are read as listed skills.
 */
import type { SectionRange } from "./types.ts";

const SKILLS_HEADING =
  /\b(?:skills?|skill\s*set|technolog(?:y|ies)|tools|expertise|competenc(?:y|ies)|proficienc(?:y|ies)|tech\s+stack|areas\s+of\s+(?:expertise|strength)|core\s+strengths|qualifications)\b/i;
const OTHER_HEADING =
  /^(?:work\s+)?(?:experience|employment|work\s+history|professional\s+experience|education|academic|projects?|certifications?|awards?|achievements?|personal|references?|additional\s+information|hobbies|interests|summary|objective|career\s+objective|profile|publications?|links|volunteer(?:ing)?|responsibilities)\b/i;
/** A skills block is a few lines; past this the text has moved on even if no heading says so. */
export const MAX_SKILLS_BLOCK = 800;
const MAX_BLOCK = MAX_SKILLS_BLOCK;
/** Text whose line breaks were lost still shows its headings in capitals ("... SKILLS C++, Java EDUCATION ..."). */
const INLINE_SKILLS =
  /\b(?:TECHNICAL\s+SKILLS?(?:\s+SET)?|KEY\s+SKILLS|SKILLS?(?:\s+SET)?|CORE\s+(?:COMPETENCIES|SKILLS)|AREAS\s+OF\s+EXPERTISE|TECHNICAL\s+PROFICIENC(?:Y|IES)|TOOLS\s+(?:AND|&)\s+TECHNOLOGIES|SOFTWARE\s+SKILLS|COMPUTER\s+SKILLS)\b/g;
const INLINE_OTHER =
  /\b(?:WORK\s+EXPERIENCE|EXPERIENCE|EMPLOYMENT|EDUCATION|PROJECTS?|CERTIFICATIONS?|AWARDS|ACHIEVEMENTS|PERSONAL\s+(?:DETAILS|INFORMATION|PROFILE)|REFERENCES|HOBBIES|INTERESTS|ADDITIONAL\s+INFORMATION|OBJECTIVE|SUMMARY|LINKS)\b/g;
const INLINE_BLOCK = MAX_BLOCK;

function isHeadingLine(line: string): boolean {
  const t = line
    .trim()
    .replace(/[:\-–]+$/, "")
    .trim();
  if (t.length < 2 || t.length > 50) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  const letters = t.replace(/[^A-Za-z]/g, "");
  if (letters.length === 0) return false;
  const upper = letters === letters.toUpperCase();
  const titled = words.every((w) => /^[A-Z&(/]/.test(w) || /^(?:and|of|&|in)$/.test(w));
  return upper || titled || line.trim().endsWith(":");
}

export function inferSkillSections(text: string): SectionRange[] {
  const out: SectionRange[] = [];
  let offset = 0;
  let open: SectionRange | undefined;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    if (!isHeadingLine(line)) continue;
    const heading = line.trim();
    if (SKILLS_HEADING.test(heading) && !OTHER_HEADING.test(heading)) {
      if (!open) open = { name: "skills", start, end: text.length };
    } else if (open && (OTHER_HEADING.test(heading) || heading === heading.toUpperCase())) {
      open.end = start;
      out.push(open);
      open = undefined;
    }
  }
  if (open) out.push(open);
  const blocks = out.map((s) => ({ ...s, end: Math.min(s.end, s.start + MAX_BLOCK) }));
  for (const m of text.matchAll(INLINE_SKILLS)) {
    const start = m.index ?? 0;
    if (blocks.some((b) => start >= b.start && start < b.end)) continue;
    INLINE_OTHER.lastIndex = start + m[0].length;
    const next = INLINE_OTHER.exec(text);
    const end = Math.min(next ? next.index : text.length, start + INLINE_BLOCK);
    blocks.push({ name: "skills", start, end });
  }
  return blocks;
}
