/** What skill extraction returns (resumes, job ads and chat messages alike). */
import type { SkillCategory, SkillType } from "../../data/taxonomy/types.ts";

export interface SkillSpanHit {
  /** Offsets into the input text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** The section the span sits in, when sections were given. */
  section?: string;
}

export interface ExtractedSkill {
  id: string;
  name: string;
  type: SkillType;
  category: SkillCategory;
  spans: SkillSpanHit[];
  /** A list item the taxonomy does not know, kept under the person's own name (id = its slug). */
  unrecognised?: true;
}

/** A section of the input; `name` or the resume parser's `kind` names it. */
export interface SectionRange {
  name?: string;
  kind?: string;
  heading?: string | null;
  start: number;
  end: number;
}

export interface ExtractOptions {
  /** The whole text is this section ("skills", "experience", "job ad", "chat"...). */
  section?: string;
  sections?: SectionRange[];
  /**
   * Also report the items of skills lists that the taxonomy does not know, under their own
   * names (resumes: the person's tools are kept even when we cannot place them).
   */
  unlisted?: boolean;
}
