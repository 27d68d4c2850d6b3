/**
 * Turning a gold label ("Oracle 10g", "java script", "MS-Office 2010") into the ids the
 * extractor returns, so gold and prediction are compared on one vocabulary.
 */
import { normalizeKey } from "../../../data/taxonomy/normalize.ts";
import type { Taxonomy } from "../../../data/taxonomy/index.ts";
import { extractSkills } from "../extract.ts";

const MIN_COVERAGE = 0.6;

/**
 * 1. the taxonomy's lookup of the whole label (aliases, versions and "software" tails removed);
 * 2. else the skills the extractor finds inside the label, read as a skills list, when
 *    they cover most of it ("Oracle Hyperion Products" -> oracle-hyperion; but "Release
 *    Management process" is not the general skill "management");
 * 3. else the label itself as `raw:<key>`, which no prediction can match (a miss).
 */
export function canonicalGold(label: string, taxonomy: Taxonomy): string[] {
  const clean = label.replace(/\s+/g, " ").trim();
  if (!clean) return [];
  const hit = taxonomy.lookup(clean);
  if (hit) return [hit.id];
  const found = extractSkills(clean, { section: "skills" }, taxonomy);
  const covered = found.flatMap((s) => s.spans).reduce((n, sp) => n + sp.text.replace(/\s+/g, "").length, 0);
  if (found.length > 0 && covered >= MIN_COVERAGE * clean.replace(/\s+/g, "").length) return found.map((s) => s.id);
  return [`raw:${normalizeKey(clean)}`];
}
