/**
 * The person's name corrected in chat ("my name is Marcus Bell, not MARCUS BELL", "mi nombre es
 * Lucía Fernández García"): a resume read in capitals, or a heading read as the name, left the
 * profile with a name the person never wrote and no way to fix it but the REST API. Written
 * through the profile service's updateContact, the same step the REST profile route uses.
 * A name all in capitals or all in small letters is written with capitals at each word's start:
 * the complaint is usually exactly the capitals.
 */
import { z } from "zod";
import { CareerCraftError } from "../../data/errors.ts";
import { nameWithPartRespelled } from "./name-part.ts";
import type { ProfileService } from "./service.ts";

/** Letters of any script, with the marks names carry: "O'Neill", "Jean-Luc", "J. R.", "García". */
const PERSON_NAME = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}'’.-]*){0,5}$/u;

export const nameCorrectionSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2)
      .max(120)
      .regex(PERSON_NAME, 'must be a person\'s name (letters, up to six words), such as "Marcus Bell"')
      .describe("The person's full name as they write it"),
    exact: z
      .boolean()
      .optional()
      .describe("Write it exactly, capitals as given (an undo puts the old name back)"),
  })
  .strict();

export interface NameCorrectionResult {
  name: string;
  /** The name stored before, when there was one. */
  before: string | null;
  changed: boolean;
}

const capitalised = (word: string) =>
  word
    .split(/(?<=[-'’])/u)
    .map((part) => part.charAt(0).toLocaleUpperCase() + part.slice(1).toLocaleLowerCase())
    .join("");

/** "MARCUS BELL" / "marcus bell" -> "Marcus Bell"; a name with its own mixed case stays as written. */
export function nameAsWritten(name: string): string {
  const words = name.trim().split(/\s+/u);
  const letters = name.replace(/[^\p{L}]/gu, "");
  const oneCase = letters === letters.toLocaleUpperCase() || letters === letters.toLocaleLowerCase();
  return oneCase ? words.map(capitalised).join(" ") : words.join(" ");
}

export async function correctName(
  profile: ProfileService,
  userId: string,
  input: unknown,
): Promise<NameCorrectionResult> {
  const parsed = nameCorrectionSchema.safeParse(input);
  if (!parsed.success)
    throw new CareerCraftError(
      "validation",
      `That doesn't look like a name, so I left your profile as it was. Say it like "my name is Marcus Bell".`,
    );
  const before = (await profile.get(userId)).contact.name ?? null;
  // "my name is spelled Priyah with an h": one word of the stored name respelled (name-part.ts).
  const said = nameWithPartRespelled(before, parsed.data.name) ?? parsed.data.name;
  const name = parsed.data.exact ? said : nameAsWritten(said);
  if (before === name) return { name, before, changed: false };
  await profile.updateContact(userId, { name });
  return { name, before, changed: true };
}
