/**
 * A held title written in Spanish, Portuguese, French or German, read in English for the
 * readers that know English titles only (O*NET and ESCO, the offline embedder): "Enfermera de
 * Oncología" -> "oncology nurse" (trial14 §6: a nurse's Spanish titles were read as no
 * occupation, so the described-role gate called her trial work "another field's"). A title
 * with an English title head in it ("Commercial Manager", "Nurse") is English and kept.
 */
import { isTitleHead } from "../../data/roles/title-heads.ts";
import { plain, translateTitle } from "./translate-title.ts";

/** The title's English reading, or the title as written when it is English or unknown. */
export function titleInEnglish(title: string): string {
  const words = plain(title).match(/\p{L}+/gu) ?? [];
  if (words.some((w) => /^[a-z]+$/.test(w) && isTitleHead(w))) return title;
  const read = translateTitle(title);
  return read && read.toLowerCase() !== plain(title) ? read : title;
}
