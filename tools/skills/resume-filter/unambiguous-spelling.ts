/**
 * Whether every mention of a known skill is written by a spelling that needs no context. A
 * skill the taxonomy marks ambiguous is so by some of its spellings only ("testing", "Go"): the
 * same skill written "integration tests" or "Golang" is as plain a claim as "JUnit", and the
 * filter judges it as such (index.ts), not as a word the extractor read with context.
 */
import { getTaxonomy, type Skill } from "../../../data/taxonomy/index.ts";
import { normalizeKey, tokenize } from "../../../data/taxonomy/normalize.ts";
import { needsContext } from "../matcher.ts";
import type { ExtractedSkill } from "../types.ts";

/** A mention's own words are one of the skill's spellings, and not one that needs context. */
function plainSpelling(known: Skill, written: string): boolean {
  const key = normalizeKey(written);
  if (getTaxonomy().byNormalizedKey(key)?.id !== known.id) return false;
  return !needsContext(known, key, tokenize(written).length);
}

export function writtenUnambiguously(skill: ExtractedSkill, known: Skill): boolean {
  return skill.spans.length > 0 && skill.spans.every((sp) => plainSpelling(known, sp.text));
}
