/** The curated learning-resource catalog (data/learning): free, reputable material per skill. */
import type { SkillCategory } from "../taxonomy/types.ts";

export type ResourceKind = "docs" | "tutorial" | "course" | "book" | "video" | "interactive" | "guide";
export type Level = "beginner" | "intermediate" | "advanced" | "expert";

export interface LearningResource {
  title: string;
  url: string;
  kind: ResourceKind;
  /** Estimated hours to work through it. */
  hours: number;
  free: boolean;
}

export interface CatalogEntry {
  skillId: string;
  resources: LearningResource[];
  /**
   * Cumulative hours from zero to each level when this skill differs from its category's
   * default (the effort of a proficiency step is a difference; see `effortHours`).
   */
  hoursToLevel?: Record<Level, number>;
  /** Skills to learn first (Python before pandas, Linux before Kubernetes). */
  prerequisites: string[];
  /** A mini-project that proves the skill, when the entry has a better one than the category default. */
  practice?: string;
}

export interface LearningCatalog {
  readonly size: number;
  entry(skillId: string): CatalogEntry | undefined;
  ids(): string[];
  /** Hours to go from one level (undefined = none) to another; category defaults when the skill has no entry. */
  effortHours(skillId: string, from: Level | undefined, to: Level, category?: SkillCategory): number;
  prerequisites(skillId: string): string[];
}
