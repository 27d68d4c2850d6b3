/** The skill taxonomy shipped in data/taxonomy (built by scripts/build-taxonomy.ts). */
export type SkillCategory =
  | "programming_language"
  | "framework_library"
  | "database"
  | "cloud_platform"
  | "tool"
  | "methodology"
  | "soft_skill"
  | "domain_knowledge"
  | "spoken_language"
  | "certification"
  | "concept";

export type SkillType = "technical" | "soft" | "domain";

export interface SkillRelation {
  id: string;
  /** Partial credit 0..1 a related skill earns toward this one. */
  credit: number;
}

export interface Skill {
  /** Stable slug, e.g. "kubernetes", "postgresql", "javascript". */
  id: string;
  name: string;
  aliases: string[];
  category: SkillCategory;
  type: SkillType;
  parents: string[];
  children: string[];
  related: SkillRelation[];
  /** Short names that are also ordinary words/letters (Go, R, C, React, Spark...): need context. */
  ambiguous: boolean;
  /** O*NET Hot Technology / In Demand flags, when known. */
  hot?: boolean;
  inDemand?: boolean;
  /** Where the entry came from: onet, esco, linguist, curated. */
  sources: string[];
  /**
   * Normalised keys (see normalize.ts) of the names that need context before the
   * extractor accepts them ("go", "r", "react"); absent = every short common name of an
   * ambiguous skill. Unambiguous spellings ("golang", "reactjs") never need context.
   */
  ambiguousKeys?: string[];
  /**
   * Normalised keys of spellings written with inner capitals whose lower case is an ordinary
   * word ("safe" of SAFe, "latex" of LaTeX): written in lower case they are the word, unless an
   * item of a list of names (scripts/taxonomy/word-cased.ts marks them at build time).
   */
  wordKeys?: string[];
  /**
   * false = found by `lookup` but never by free-text extraction (long ESCO phrases,
   * rare Linguist languages whose names are ordinary words). Absent = true.
   */
  extractable?: boolean;
}
