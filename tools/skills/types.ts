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
  /**
   * A general field written in running text without the context the extractor asks of it
   * ("reconciled accounts and handled bookkeeping"): reported only with `unconfirmed` asked,
   * for a learned judge to decide (the resume filter), never kept as found.
   */
  unconfirmed?: true;
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
  /**
   * Also report general fields the context rules did not confirm (marked `unconfirmed`): the
   * resume parser's learned filter judges them, as it judges list items it cannot place.
   */
  unconfirmed?: boolean;
}
