/** The on-disk shape of data/taxonomy/taxonomy.json (written by scripts/build-taxonomy.ts). */
import type { Skill, SkillCategory, SkillRelation, SkillType } from "./types.ts";

export interface CompactSkill {
  id: string;
  name: string;
  category: SkillCategory;
  type: SkillType;
  sources: string[];
  aliases?: string[];
  parents?: string[];
  children?: string[];
  related?: SkillRelation[];
  ambiguous?: boolean;
  ambiguousKeys?: string[];
  wordKeys?: string[];
  extractable?: boolean;
  hot?: boolean;
  inDemand?: boolean;
}

export interface CompiledTaxonomy {
  version: 1;
  builtFrom: string[];
  skills: CompactSkill[];
  /** normalised spelling -> index into `skills` */
  keys: Record<string, number>;
  /** The matcher tables may be inline; the shipped build writes them to matcher.json instead. */
  prefixes?: string[];
  /** multi-word spellings as word-level keys ("java script", "ruby on rails") */
  phrases?: string[];
  /** word-boundary beginnings of `phrases` ("ruby", "ruby on") */
  phrasePrefixes?: string[];
}

/** data/taxonomy/matcher.json: what only free-text extraction needs, read on its first use. */
export interface MatcherTables {
  version: 1;
  /** token-boundary prefixes of multi-word extractable spellings ("ruby", "rubyon" for "ruby on rails") */
  prefixes: string[];
  /** multi-word spellings as word-level keys ("java script", "ruby on rails") */
  phrases: string[];
  /** word-boundary beginnings of `phrases` ("ruby", "ruby on") */
  phrasePrefixes: string[];
}

/** ESCO competences kept for lookup only: [id, name, category, type, aliases, keys]. */
export interface LookupOnlyTaxonomy {
  version: 1;
  rows: [string, string, SkillCategory, SkillType, string[], string[]][];
}

export function expand(c: CompactSkill): Skill {
  const skill: Skill = {
    id: c.id,
    name: c.name,
    aliases: c.aliases ?? [],
    category: c.category,
    type: c.type,
    parents: c.parents ?? [],
    children: c.children ?? [],
    related: c.related ?? [],
    ambiguous: c.ambiguous ?? false,
    sources: c.sources,
  };
  if (c.ambiguousKeys) skill.ambiguousKeys = c.ambiguousKeys;
  if (c.wordKeys) skill.wordKeys = c.wordKeys;
  if (c.extractable === false) skill.extractable = false;
  if (c.hot) skill.hot = true;
  if (c.inDemand) skill.inDemand = true;
  return skill;
}
