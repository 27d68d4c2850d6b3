/**
 * A change to a role said in chat: "I left Brightline last month" ends it (end date set, no
 * longer current); "it's about 2.5 years actually" corrects how long it lasted (its start moved,
 * its end kept). The role is found among the experience entries by the company or title said;
 * with nothing said, by the title the conversation was on, else the role held now. A role not
 * found changes nothing: the result lists the roles so the reply can ask which one was meant.
 * Every edit goes through the profile service's updateEntry (the REST API's entry edit too).
 */
import { z } from "zod";
import type { PartialDate } from "../../contract/profile.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { monthLabel, monthOf } from "../experience/roles.ts";
import { currentMonth } from "../resume/fields/dates.ts";
import { type ProfileService, parseOrThrow } from "./service.ts";

const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, "must be a year or year-month");

export const roleChangeSchema = z
  .object({
    /** The company or title as said ("Brightline", "my barista job"). */
    role: z.string().trim().min(1).max(200).optional(),
    /** The title the conversation was on, used when `role` is not said. */
    inFocus: z.string().trim().min(1).max(200).optional(),
    /** When it ended ("last month" = the month before this one). */
    end: partialDate.optional(),
    /** How long it lasted, corrected ("2.5 years" = 30). */
    months: z.number().int().min(1).max(720).optional(),
    /** Left, with no month said: this month, unless the role had ended already. */
    left: z.literal(true).optional(),
    /**
     * The message as said, in any language ("dejé Acme en marzo"): a role whose company or title
     * it names as whole words is the one meant, before the name read from it.
     */
    said: z.string().trim().min(1).max(300).optional(),
  })
  .strict()
  .refine(
    (c) => c.end !== undefined || c.months !== undefined || c.left,
    "say when it ended or how long it lasted",
  );

export type RoleChange = z.input<typeof roleChangeSchema>;

interface RoleNamed {
  title?: string;
  company?: string;
}

export type RoleChangeResult =
  | {
      changed: true;
      title?: string;
      company?: string;
      start?: string;
      end?: string;
      current: boolean;
      /** What it was before, for the reply ("was 6 years"). */
      before: { start?: string; end?: string; current?: boolean };
    }
  | { changed: false; said?: string; roles: RoleNamed[] };

const words = (s: string | undefined) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .trim();

/** The said name is the company or title, or one holds the other ("brightline" / "Brightline Inc."). */
function names(entry: RoleNamed, said: string): boolean {
  const s = words(said);
  if (!s) return false;
  return [entry.company, entry.title].some((n) => {
    const w = words(n);
    return w.length > 0 && (w === s || ` ${w} `.includes(` ${s} `) || ` ${s} `.includes(` ${w} `));
  });
}

/** The company or title is said, as whole words, among the words of the message. */
const namedIn = (entry: RoleNamed, said: string) =>
  [entry.company, entry.title].some(
    (n) => words(n).length > 0 && ` ${words(said)} `.includes(` ${words(n)} `),
  );

/** Changes one experience entry as said; nothing is written when the role is not found or the dates clash. */
export async function changeRole(
  profile: ProfileService,
  userId: string,
  input: unknown,
  now = new Date(),
): Promise<RoleChangeResult> {
  const change = parseOrThrow(roleChangeSchema, input, "role change");
  const roles = (await profile.get(userId)).experience;
  const listed = roles.map(({ title, company }) => ({ title, company }));
  const now1 = roles.filter((r) => r.current);
  const held = now1.length === 1 ? now1 : roles.length === 1 ? roles : [];
  const inFocus = change.inFocus ? roles.filter((r) => names(r, change.inFocus!)) : [];
  // A role the message names; else the role said must be found; else the one in focus, else the
  // one held now (or the only one).
  const inWords = change.said ? roles.filter((r) => namedIn(r, change.said!)) : [];
  const found =
    inWords.length === 1
      ? inWords
      : change.role
        ? roles.filter((r) => names(r, change.role!))
        : inFocus.length === 1
          ? inFocus
          : held;
  // A name the profile has twice, or none: which one is asked, nothing is guessed.
  if (found.length !== 1)
    return { changed: false, ...(change.role ? { said: change.role } : {}), roles: listed };
  const role = found[0]!;
  const here = monthOf(currentMonth(now));
  const fields: { start?: PartialDate; end?: PartialDate; current?: boolean } = {};
  const ended =
    change.end ??
    (change.left ? (role.current === false && role.end ? role.end : currentMonth(now)) : undefined);
  if (ended) {
    if (monthOf(ended)! > here!) throw new CareerCraftError("validation", "That date is still to come.");
    Object.assign(fields, { end: ended, current: false });
  }
  if (change.months !== undefined) {
    const end = fields.end ?? (role.current || !role.end ? currentMonth(now) : role.end);
    fields.start = monthLabel(monthOf(end)! - change.months);
  }
  const start = fields.start ?? role.start;
  const end = fields.end ?? role.end;
  if (start && end && monthOf(start)! > monthOf(end)!)
    throw new CareerCraftError(
      "validation",
      `${role.title ?? role.company} started ${start}, after ${end}: tell me the month it ended.`,
    );
  await profile.updateEntry(userId, "experience", role.id, fields);
  return {
    changed: true,
    ...(role.title ? { title: role.title } : {}),
    ...(role.company ? { company: role.company } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    current: fields.current ?? role.current ?? !end,
    before: { start: role.start, end: role.end, current: role.current },
  };
}
