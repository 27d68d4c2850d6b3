/**
 * "Languages: Java, Python, Go" is a skills list's label, not a spoken-languages section. Read
 * as an inline heading it opened a languages section, and under a SKILLS heading it left that
 * section empty, so advice said the resume had no skills section (trial13 §14). The label
 * stands for spoken languages only when its items name one (fields/spoken-languages.ts: the
 * runtime's ICU names of languages, in English and the other languages we read).
 */
import { spokenLanguages } from "../fields/spoken-languages.ts";
import type { SectionKind } from "../types.ts";

/**
 * The kind an inline heading `kind` with content `rest` really opens: null when it is a
 * label inside the skills section it stands in, "skills" when it lists programming
 * languages elsewhere, else `kind` itself.
 */
export function inlineLanguagesKind(
  kind: SectionKind,
  rest: string,
  inSection: SectionKind | undefined,
): SectionKind | null {
  if (kind !== "languages" || spokenLanguages([rest]).names.length > 0) return kind;
  return inSection === "skills" ? null : "skills";
}
