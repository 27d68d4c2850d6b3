/**
 * The practitioner of a field said instead of a title: "B2B sales" -> sales representative,
 * "nursing" -> nurse. Used where a person names their work or the work they want by its field
 * ("I've been in B2B sales for 12 years", agent/planner/job-by-field.ts; "I want to move into
 * dental sales", dream-role.ts).
 *
 * The field must be a domain or soft skill the skill taxonomy knows (Sales, Nursing, Customer
 * Service), so "Python" is never a job; the title is the one the role data gives for the field
 * ("nursing" -> nurse) or the most common of the titles holding its words ("sales" -> sales
 * representative). Words in front the taxonomy does not know ("B2B", "dental") only narrow the
 * field and stay beside the title the reply shows.
 *
 * A field of work the taxonomy does not list as a skill ("trucking", "plumbing") is still a
 * field when O*NET's titles name its practitioner ("trucker", "plumber"; field-occupation.ts),
 * and a field whose words the finder does not read as a title ("teaching", "logistics") is
 * read through that practitioner's word ("teacher", "logistician") — found trying the chat as
 * a new user (lead's trial 2026-12-06e: "teaching", "logistics" could not be matched).
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { practitionerWord } from "./field-occupation.ts";
import type { RoleFinder } from "./role-finder-types.ts";

export interface Field {
  /** The field's words as said, from the first the taxonomy knows ("sales" of "B2B sales"). */
  said: string;
  /** The taxonomy's name for it ("Sales"). */
  name: string;
  domain: boolean;
}

/** How the name of a field of work ends ("-ing", "-ics", "-ry", "-ism", "-ogy", "-ture"). */
const FIELD_FORM = /\p{L}{3,}(?:ing|ics|ry|ism|ogy|ture|ance|ence|ship)$/iu;

/** The field named by the phrase's last words, when the taxonomy knows them as a domain or a soft skill. */
export function fieldOf(phrase: string): Field | undefined {
  const words = phrase.replace(/^(?:the|a|an)\s+/i, "").split(/\s+/);
  for (let from = 0; from < words.length; from++) {
    const said = words.slice(from).join(" ");
    const skill = getTaxonomy().byNormalizedKey(normalizeKey(said));
    if (skill)
      return skill.type === "technical"
        ? undefined
        : { said, name: skill.name, domain: skill.type === "domain" };
  }
  // Only a word formed as a field of work ("trucking", "carpentry", "logistics"): "two hospitals"
  // is where one worked, not a field whose practitioner is a hospitalist.
  const last = words.at(-1) ?? "";
  return FIELD_FORM.test(last) && practitionerWord(last)
    ? { said: last, name: last, domain: true }
    : undefined;
}

/**
 * The practitioner's title for a field, or undefined when the role data names none: the title
 * the finder reads for the words ("nursing" -> nurse), else for a domain the most common title
 * holding them ("sales" -> sales representative; the reply shows it, so it can be corrected).
 */
export function practitionerOf(field: Field, finder: RoleFinder): string | undefined {
  for (const words of new Set([field.said, field.name])) {
    // "customer service" is itself a title the finder knows; its practitioner is the fuller one.
    const found = finder(words)?.matchedTitle;
    const named = found && normalizeKey(found) !== normalizeKey(words) ? found : undefined;
    const common = field.domain || found ? finder.choices?.(words)[0] : undefined;
    const title = named ?? common ?? found;
    if (title) return title;
  }
  const person = practitionerWord(field.said.split(/\s+/).at(-1) ?? "");
  return person ? (finder(person)?.matchedTitle ?? finder.choices?.(person)[0]) : undefined;
}

/**
 * "nurse (nursing)", "sales representative (B2B sales)"; the title alone when it holds the
 * field's words, or is the field said as its practitioner ("teaching" -> "Teacher").
 */
export function titleWithField(title: string, field: string): string {
  const key = normalizeKey(field);
  if (normalizeKey(title).includes(key)) return title;
  const person = !key.includes(" ") ? practitionerWord(key) : undefined;
  return person && normalizeKey(title).split(" ").includes(person) ? title : `${title} (${field})`;
}
