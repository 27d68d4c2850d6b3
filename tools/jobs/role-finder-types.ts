/** The role finder's signature (tools/jobs/role-finder.ts builds it; dream-role.ts and the chat use it). */
import type { RoleMatch } from "./dream-role.ts";

/** Finds the role profile a description names (data/roles `findRole`). */
export interface RoleFinderOptions {
  /** Read misspelt words and word stems too (English only). */
  loose?: boolean;
  /** Match only when every word said is a word of an English title (a title code-switched into another language). */
  englishWordsOnly?: boolean;
  /** Accept a one-word title many occupations share ("analyst"): a position as logged, not a role to analyse. */
  vague?: boolean;
}
export type RoleFinder = ((text: string, options?: RoleFinderOptions) => RoleMatch | undefined) & {
  /** The common titles a role said too vaguely could mean ("designer": UX, graphic, …). */
  choices?: (text: string) => string[];
};
