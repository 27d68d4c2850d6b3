/**
 * Projects: each starts at a "Project: X" / "Title: X" line or a short title line; the
 * lines after it are its description, and "Technologies: a, b" lines list its stack.
 */

import { BULLET_RE, stripBullet } from "../text/normalize.ts";
import type { ParsedProject } from "../types.ts";

const TITLE_LABEL_RE = /^(?:project(?:\s*(?:name|title))?|title|name)\s*(?:\d+)?\s*[:\-–]\s*(.+)$/i;
const TECH_LABEL_RE =
  /^(?:technolog(?:y|ies)(?:\s+used)?|tech(?:nical)?\s*stack|environment|tools?(?:\s+used)?|skills?\s+used|platform|languages?|stack|software)\s*[:\-–]\s*(.+)$/i;
const URL_RE = /\bhttps?:\/\/[^\s,;|<>"]+|\b(?:github\.com|gitlab\.com)\/[^\s,;|<>"]+/i;
const SKIP_LABEL_RE =
  /^(?:role|team size|duration|client|description|responsibilities|organization)\s*[:\-–]/i;

export interface ProjectWithLines extends ParsedProject {
  lineFrom: number;
  lineTo: number;
}

function isTitleLine(line: string, next: string | undefined): boolean {
  if (BULLET_RE.test(line) || line.length > 80 || /[.;,]$/.test(line)) return false;
  if (TECH_LABEL_RE.test(line) || SKIP_LABEL_RE.test(line)) return false;
  return next === undefined || next.length > line.length || BULLET_RE.test(next) || TECH_LABEL_RE.test(next);
}

export function splitList(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\||\/(?=\s)|\band\b)\s*/)
    .map((t) => t.replace(/[.]$/, "").trim())
    .filter((t) => t.length > 0 && t.length < 40);
}

export function extractProjects(lines: string[]): ProjectWithLines[] {
  const projects: ProjectWithLines[] = [];
  let current: ProjectWithLines | undefined;
  const description: string[] = [];
  const close = (at: number) => {
    if (!current) return;
    current.lineTo = at;
    if (description.length > 0) current.description = description.join(" ").slice(0, 600);
    description.length = 0;
  };
  lines.forEach((line, i) => {
    const labelled = TITLE_LABEL_RE.exec(line);
    const tech = TECH_LABEL_RE.exec(line);
    // A new project starts at a labelled title, or at a title-looking line that comes first
    // or follows the previous project's description.
    const startsProject =
      !!labelled || (!tech && (!current || description.length > 0) && isTitleLine(line, lines[i + 1]));
    if (startsProject) {
      close(i);
      current = {
        name: (labelled ? labelled[1] : line).trim().slice(0, 120),
        technologies: [],
        confidence: labelled ? 0.85 : 0.6,
        lineFrom: i,
        lineTo: lines.length,
      };
      projects.push(current);
      return;
    }
    if (!current) return;
    if (tech) {
      current.technologies.push(...splitList(tech[1]));
      return;
    }
    const url = URL_RE.exec(line);
    if (url && !current.link) current.link = url[0];
    if (!SKIP_LABEL_RE.test(line)) description.push(stripBullet(line));
  });
  close(lines.length);
  return projects;
}
