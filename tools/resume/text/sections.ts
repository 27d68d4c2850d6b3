/**
 * Splits logical lines into sections: first from headings, then - for stretches with no
 * heading at all - from what the lines look like (dates + titles read as experience,
 * degrees read as education), because plenty of resumes have no headings.
 */
import type { ResumeSection, SectionKind } from "../types.ts";
import { datedExperienceHeading } from "./dated-heading.ts";
import { splitGluedHeading } from "./glued-heading.ts";
import { isTitleCaseLine, writesTitleCaseHeadings } from "./heading-style.ts";
import { headingKey, matchHeading, splitInlineHeading } from "./headings.ts";
import { isJobSubheading } from "./job-subheading.ts";
import { inlineLanguagesKind } from "./languages-label.ts";
import { classifyBlock } from "./section-layout.ts";
import { jobResumedAt } from "./side-column-heading.ts";
import { splitTrailingSkillLists } from "./skill-list.ts";
import { endsWrappedSentence, writesLowerCaseHeadings } from "./wrapped-line-end.ts";

/** Single words that are headings only when they look like one (CAPS or a colon). */
const WEAK_HEADINGS = new Set([
  "research",
  "training",
  "tools",
  "career",
  "activities",
  "personal",
  "language",
  "about",
  "goal",
  "project",
  "certificate",
  "reference",
  "links",
  "expertise",
  "highlights",
  "strengths",
  "technologies",
  "courses",
  "licenses",
  "licences",
  "license",
  "licence",
  "presentations",
  "papers",
  "overview",
  // Not "employment": a line that is only "Employment (History)" is a heading wherever it stands.
  "qualification",
  "qualifications",
  "profile",
  "introduction",
  "volunteer",
  // Other languages' single words that a line of text can also be.
  "perfil",
  "profil",
  "resumen",
  "resumo",
  "objetivo",
  "objectif",
  "cursos",
  "kontakt",
  "stage",
  "stages",
  "estágio",
  "estágios",
  "prácticas",
  "praktika",
  "cursus",
  "títulos",
  "habilitações",
  "escolaridade",
  "informática",
  "informatique",
  "outils",
  "ferramentas",
  "herramientas",
  "connaissances",
  "extracto",
  "apresentação",
  "synthèse",
  "objetivos",
  "sonstiges",
]);

/**
 * A heading found: `line` is the heading's line; `body` where its section's lines start (the line
 * after it, or the line itself for an experience section resumed under a side column's heading).
 */
interface HeadingMark {
  line: number;
  kind: SectionKind;
  heading: string;
  body?: number;
}

export interface SectionedLines {
  lines: string[];
  sections: ResumeSection[];
}

function headingOf(
  line: string,
  prev: string | undefined,
  below: readonly string[],
  inSection?: SectionKind,
  lowerCaseHeadings = false,
  titleCaseHeadings = false,
): { kind: SectionKind; rest?: string } | null {
  const trimmed = line.replace(/^[•\-*#>\s]+/, "").trim();
  const kind = matchHeading(trimmed);
  if (kind) {
    const key = headingKey(trimmed);
    const looksLikeHeading =
      trimmed === trimmed.toUpperCase() ||
      trimmed.endsWith(":") ||
      !prev ||
      /[.:]$/.test(prev) ||
      (titleCaseHeadings && isTitleCaseLine(trimmed));
    if (WEAK_HEADINGS.has(key) && !looksLikeHeading) return null;
    if (endsWrappedSentence(trimmed, prev, lowerCaseHeadings)) return null;
    return { kind };
  }
  const dated = datedExperienceHeading(trimmed, below);
  if (dated) return { kind: dated };
  const inline = splitInlineHeading(trimmed) ?? splitGluedHeading(trimmed);
  if (!inline || WEAK_HEADINGS.has(headingKey(inline.heading))) return null;
  const inlineKind = inlineLanguagesKind(inline.kind, inline.rest, inSection);
  return inlineKind ? { kind: inlineKind, rest: inline.rest } : null;
}

/**
 * Returns new lines (inline headings split off their content) and sections over them.
 * Lines before the first heading form the contact block (name, email, phone live there).
 */
export function findSections(inputLines: string[]): SectionedLines {
  const lines: string[] = [];
  const marks: HeadingMark[] = [];
  const lowerCase = writesLowerCaseHeadings(inputLines, (l) => matchHeading(l) !== null);
  const titleCase = writesTitleCaseHeadings(
    inputLines,
    (l) => matchHeading(l) !== null && !WEAK_HEADINGS.has(headingKey(l)),
  );
  for (let i = 0; i < inputLines.length; i++) {
    const line = inputLines[i];
    const below = inputLines.slice(i + 1, i + 4);
    let h = headingOf(line, inputLines[i - 1], below, marks.at(-1)?.kind, lowerCase, titleCase);
    // "Achievements" inside a job, with the next job below it, does not end the experience section.
    if (
      h?.kind === "awards" &&
      marks.at(-1)?.kind === "experience" &&
      isJobSubheading(line.trim(), inputLines.slice(i + 1))
    )
      h = null;
    if (h) {
      marks.push({
        line: lines.length,
        kind: h.kind,
        heading: h.rest ? line.slice(0, line.indexOf(h.rest)) : line,
      });
      if (h.rest) {
        lines.push(line.slice(0, line.length - h.rest.length).trim());
        lines.push(h.rest);
        continue;
      }
    }
    lines.push(line);
  }

  const offsets: number[] = [];
  let pos = 0;
  for (const l of lines) {
    offsets.push(pos);
    pos += l.length + 1;
  }
  const charAt = (lineIndex: number) => (lineIndex < lines.length ? offsets[lineIndex] : pos);

  const sections: ResumeSection[] = [];
  const push = (kind: SectionKind, heading: string | null, startLine: number, endLine: number) => {
    if (endLine <= startLine) return;
    sections.push({ kind, heading, startLine, endLine, start: charAt(startLine), end: charAt(endLine) - 1 });
  };

  resumeExperienceAfterSideColumns(marks, lines);
  const firstHeading = marks.length > 0 ? marks[0].line : lines.length;
  addUnheadedBlock(lines, 0, firstHeading, push);
  for (let m = 0; m < marks.length; m++) {
    const start = marks[m].body ?? marks[m].line + 1;
    const end = m + 1 < marks.length ? marks[m + 1].line : lines.length;
    push(marks[m].kind, marks[m].heading.trim(), start, end);
  }
  return { lines, sections: splitTrailingSkillLists(sections, lines) };
}

/**
 * A side column's list heading read between an experience heading and the job beside it
 * (side-column-heading.ts): the experience resumes, under its own heading, where the job starts.
 */
function resumeExperienceAfterSideColumns(marks: HeadingMark[], lines: string[]): void {
  for (let m = 1; m < marks.length; m++) {
    const before = marks[m - 1]!;
    if (before.kind !== "experience") continue;
    const start = marks[m]!.line + 1;
    const end = m + 1 < marks.length ? marks[m + 1]!.line : lines.length;
    const at = jobResumedAt(marks[m]!.kind, lines.slice(start, end));
    if (at === undefined) continue;
    marks.splice(m + 1, 0, {
      line: start + at,
      kind: "experience",
      heading: before.heading,
      body: start + at,
    });
    m++;
  }
}

/**
 * The stretch before the first heading: a short top block is the contact header; a long
 * one (a resume without headings) is split into paragraphs classified by their content.
 */
function addUnheadedBlock(
  lines: string[],
  start: number,
  end: number,
  push: (kind: SectionKind, heading: string | null, s: number, e: number) => void,
): void {
  if (end - start <= 12) {
    push("contact", null, start, end);
    return;
  }
  const contactEnd = Math.min(end, start + 6);
  push("contact", null, start, contactEnd);
  let blockStart = contactEnd;
  let blockKind: SectionKind | null = null;
  for (let i = contactEnd; i <= end; i++) {
    const kind = i < end ? classifyBlock(lines.slice(i, Math.min(end, i + 4))) : null;
    if (i === end || (kind && kind !== blockKind && i - blockStart >= 2)) {
      if (i > blockStart) push(blockKind ?? "summary", null, blockStart, i);
      blockStart = i;
      blockKind = kind;
    } else if (!blockKind && kind) {
      blockKind = kind;
    }
  }
}

export function linesOf(lines: string[], section: ResumeSection): string[] {
  return lines.slice(section.startLine, section.endLine);
}

export function sectionsOf(sections: ResumeSection[], kind: SectionKind): ResumeSection[] {
  return sections.filter((s) => s.kind === kind);
}
