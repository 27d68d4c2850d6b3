/**
 * "je suis gérante de magasin, pas « Et Je Voudrais Passer Aux »", "I'm a store manager, not
 * "Porter Guy"", "ich bin Laborantin, nicht „CEO"": the person quotes a title we saved for them
 * and says what they are instead. That renames the experience entry quoted; it sets no target
 * (trial19: the model read "je suis … pas …" as a wish and the role finder made the words a
 * target, "Metal Worker and Plastic Worker"). The quotes are the exact format this reads: a title
 * not quoted ("I'm a nurse, not a doctor") may be a protest about the target and is left alone.
 * Which entry the quoted words name is the profile's business (correct_profile_entry asks back
 * with nothing saved when none matches).
 */
import { call, calls, type Outcome } from "./types.ts";

/** "I am", "je suis", "soy", "sou", "ich bin", with a leading "no," / "non," / "nein,". */
const I_AM = String.raw`^(?:(?:no|non|nein|n[ãa]o|nahi|nope|sorry|pardon|désolée?)[\s,!.]+)*(?:i'?m|i\s+am|je\s+suis|(?:yo\s+)?soy|(?:eu\s+)?sou|ich\s+bin|main)\s+`;
const ARTICLE = String.raw`(?:(?:an?|une?|una?|um|uma|eine?|ek)\s+)?`;
const NOT = String.raw`(?:not|pas|no|n[ãa]o|nicht|kein\p{L}*|nahi)`;
const QUOTED = String.raw`["“”„«‹'‘’]\s*([^"“”„«»‹›'‘’]{2,80}?)\s*["“”»›'‘’]`;
const SAID = new RegExp(
  String.raw`${I_AM}${ARTICLE}([^,;"“”„«»]{2,60}?)\s*(?:(?:hu|hoon|h[uū]n)\s*)?[,;]?\s+(?:et\s+|and\s+|y\s+|e\s+|und\s+)?${NOT}\s+(?:(?:an?|une?|una?|um|uma|eine?n?|de|du|le|la|el|o|a|der|die|das)\s+)?${QUOTED}[\s.!]*$`,
  "iu",
);

/** The experience entry quoted renamed to the title said, or undefined. */
export function titleNotThat(raw: string): Outcome | undefined {
  const m = SAID.exec(raw.trim());
  if (!m) return undefined;
  const title = m[1]!.trim();
  const which = m[2]!.trim();
  if (title.split(/\s+/).length > 8 || title.toLowerCase() === which.toLowerCase()) return undefined;
  return calls(call("correct_profile_entry", { action: "edit", kind: "experience", which, set: { title } }));
}
