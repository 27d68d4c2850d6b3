/**
 * Turning a gold label ("Oracle 10g", "java script", "MS-Office 2010") into the ids the
 * extractor returns, so gold and prediction are compared on one vocabulary.
 */

import type { Taxonomy } from "../../../data/taxonomy/index.ts";
import { normalizeKey } from "../../../data/taxonomy/normalize.ts";
import { extractSkills } from "../extract.ts";

const MIN_COVERAGE = 0.6;
/** Words around a skill name in a label that say nothing about which skill it is ("DevOps experience"). */
const FILLER =
  /\b(?:experience|experienced|skills?|knowledge|expertise|understanding|proficiency|background|concepts?|principles|basics|solid|strong|good|deep|advanced|working|hands[- ]on|with|of|in|and|the|a|an)\b/gi;

/**
 * 1. the taxonomy's lookup of the whole label (aliases, versions and "software" tails removed);
 * 2. else the skills the extractor finds inside the label, read as a skills list, when
 *    they cover most of it, filler words aside ("Oracle Hyperion Products" -> hyperion,
 *    "DevOps experience" -> devops; but "Release Management process" is not "management");
 * 3. else the label itself as `raw:<key>`, which no prediction can match (a miss).
 */
export function canonicalGold(label: string, taxonomy: Taxonomy): string[] {
  const clean = label.replace(/\s+/g, " ").trim();
  if (!clean) return [];
  const hit = taxonomy.lookup(clean);
  if (hit) return [hit.id];
  const found = extractSkills(clean, { section: "skills" }, taxonomy);
  const covered = found.flatMap((s) => s.spans).reduce((n, sp) => n + sp.text.replace(/\s+/g, "").length, 0);
  const substance = clean.replace(FILLER, "").replace(/[\s\W]+/g, "").length;
  if (found.length > 0 && covered >= MIN_COVERAGE * Math.min(substance, clean.replace(/\s+/g, "").length))
    return found.map((s) => s.id);
  return [`raw:${normalizeKey(clean)}`];
}
