/**
 * ESCO -> taxonomy. ESCO's 13.9k skills are mostly long competence phrases ("manage
 * musical staff") that never appear verbatim in a resume, so they are kept for lookup
 * only. Knowledge concepts with short labels ("embedded systems", "civil law") and the
 * short transversal skills become extractable domain/soft skills; languages become
 * spoken-language skills that need context ("French" can be a nationality).
 */
import { normalizeKey, phraseTokenKeys } from "../../data/taxonomy/normalize.ts";
import type { SkillCategory } from "../../data/taxonomy/types.ts";
import type { TaxonomyBuilder } from "./builder.ts";

const TECH_CATEGORIES = new Set<SkillCategory>([
  "programming_language",
  "framework_library",
  "database",
  "cloud_platform",
  "tool",
]);
const MAX_EXTRACT_TOKENS = 4;
const MAX_ALIASES = 6;

export interface EscoInputs {
  skills: Record<string, string>[];
  transversal: Record<string, string>[];
  languages: Record<string, string>[];
  ict: Record<string, string>[];
}

const splitAlt = (s: string) =>
  s
    .split(/\n|\s\|\s/)
    .map((x) => x.trim())
    .filter(Boolean);

export function mergeEsco(builder: TaxonomyBuilder, input: EscoInputs): void {
  const languageNames = new Set(
    input.languages.filter((r) => r.skillType === "knowledge").map((r) => r.preferredLabel.trim()),
  );
  for (const name of [...languageNames].sort()) {
    const existing = builder.ownerOf(name);
    if (existing) {
      builder.addSource(existing, "esco");
      continue;
    }
    builder.add({
      name,
      category: "spoken_language",
      type: "domain",
      ambiguousNames: [name],
      source: "esco",
    });
  }

  const transversal = new Set(input.transversal.map((r) => r.preferredLabel.trim()));
  const ict = new Set(input.ict.map((r) => r.preferredLabel.trim()));
  for (const row of input.skills) {
    const label = row.preferredLabel.trim();
    if (!label || languageNames.has(label)) continue;
    const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(label);
    const bare = paren ? paren[1] : label;
    const owner = builder.ownerOf(label) ?? builder.ownerOf(bare);
    // "Python (computer programming)" is our python; "ML (computer programming)" is not machine learning.
    if (owner && (!paren || TECH_CATEGORIES.has(owner.category))) {
      builder.addSource(owner, "esco");
      continue;
    }
    const knowledge = row.skillType === "knowledge";
    const isTransversal = transversal.has(label);
    const technical = !!paren || ict.has(label);
    const tokens = phraseTokenKeys(bare).length;
    const extractable = (knowledge || isTransversal) && !paren && tokens <= MAX_EXTRACT_TOKENS;
    const aliases = knowledge
      ? splitAlt(row.altLabels)
          // One-word ESCO alternatives are too loose ("languages" for terminology, "motors" for electrical machines).
          .filter(
            (a) =>
              a !== label &&
              phraseTokenKeys(a).length >= 2 &&
              phraseTokenKeys(a).length <= MAX_EXTRACT_TOKENS,
          )
          .slice(0, MAX_ALIASES)
      : [];
    const category: SkillCategory = technical ? "tool" : isTransversal ? "soft_skill" : "domain_knowledge";
    builder.add({
      name: label,
      aliases,
      category,
      type: technical ? "technical" : isTransversal ? "soft" : "domain",
      // A one-word concept ("ergonomics", "logistics") is a real skill in a skills list but an
      // ordinary word in a sentence: the extractor asks for list context.
      ambiguousNames: tokens === 1 ? [bare] : [],
      extractable,
      source: "esco",
    });
  }
}

/** Every lowercased word used in ESCO labels: a cheap English vocabulary for "is this a common word?". */
export function vocabulary(rows: Record<string, string>[], extra: string[]): Set<string> {
  const words = new Set<string>();
  const addText = (t: string) => {
    for (const w of t.split(/[^A-Za-z]+/))
      if (w.length > 0 && w === w.toLowerCase()) words.add(normalizeKey(w));
  };
  for (const r of rows) {
    addText(r.preferredLabel);
    addText(r.altLabels);
  }
  for (const t of extra) addText(t);
  return words;
}
