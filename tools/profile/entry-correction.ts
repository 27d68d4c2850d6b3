/**
 * A profile entry corrected or removed as the person says it: "rename the bus driver one to
 * Bus Driver", "my employer there was Stagecoach", "delete the second one" (after the profile
 * was shown), "remove my first aid certificate", "my GPA is 3.7 not 3.6". The entry is found by
 * words (a title, company, degree, school or certificate name said) or by its position in the
 * profile as it is shown (education, experience, projects, certifications); a kind said alone
 * finds the only entry of that kind. Found nothing, or more than one: nothing is written and the
 * result lists the entries so the reply can ask which one. Every write goes through the profile
 * service's updateEntry / removeEntry, which the REST entry routes use too.
 */

import { CareerCraftError } from "../../data/errors.ts";
import type { EntryKind } from "../../data/repositories/profile.ts";
import { entryCorrectionSchema, ENTRY_KINDS as KINDS } from "./entry-correction-schema.ts";
import { type ProfileService, parseOrThrow } from "./service.ts";

/** An entry as the reply names it: its kind and a label ("Bus Driver at Stagecoach"). */
export interface EntryNamed {
  kind: EntryKind;
  label: string;
}

export type EntryCorrectionResult =
  | {
      changed: true;
      action: "edit" | "remove";
      kind: EntryKind;
      /** The entry as it was named before the change. */
      before: string;
      /** The entry after the change (edits). */
      after?: string;
      /** The fields set, with their new values. */
      fields?: Record<string, string | boolean>;
      /** The entry changed (edits), and the fields set as they were before (only those that had a value). */
      id?: string;
      previous?: Record<string, string | boolean>;
    }
  | {
      changed: false;
      action: "edit" | "remove";
      /** Why nothing changed: no entry answers, or several do. */
      reason: "none" | "several" | "empty";
      kind?: EntryKind;
      which?: string;
      /** The entries that could be meant (all of the kind when none answered), to ask which. */
      entries: EntryNamed[];
    };

/** Which fields each kind of entry has; a field another kind has is refused by name. */
const FIELDS: Record<EntryKind, readonly string[]> = {
  experience: ["title", "company", "start", "end", "current"],
  education: ["degree", "institution", "start", "end", "gpa"],
  projects: ["name"],
  certifications: ["name", "issuer"],
};

const FIELD_WORDS: Record<string, string> = {
  title: "job title",
  company: "employer",
  start: "start date",
  end: "end date",
  current: "current",
  gpa: "GPA",
  degree: "degree",
  institution: "school",
  name: "name",
  issuer: "issuer",
};

interface AnyEntry {
  id: string;
  title?: string;
  company?: string;
  degree?: string;
  field?: string;
  institution?: string;
  name?: string;
  issuer?: string;
  start?: string;
  end?: string;
  current?: boolean;
  gpa?: string;
}

/** The entry's label as the profile card shows it. */
export function entryLabel(kind: EntryKind, e: AnyEntry): string {
  if (kind === "experience") return [e.title, e.company].filter(Boolean).join(" at ") || "a role";
  if (kind === "education")
    return [e.degree ?? e.field, e.institution].filter(Boolean).join(", ") || "an education entry";
  return e.name ?? "an entry";
}

/** Words that say which kind of entry, or point, and name no entry. */
const FILLER = new Set(
  "the a an my one entry entries that this job jobs role roles position work experience certification certificate cert licence license education degree school project at as from on of in for with i im i'm was is called named listed saying says".split(
    " ",
  ),
);

const words = (s: string | undefined) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}&+#]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

/** Every naming word said is a word of the entry ("bus driver" names "Im a bus driver at Stagecoach"). */
function named(e: AnyEntry, which: string): boolean {
  const said = words(which).filter((w) => !FILLER.has(w));
  if (said.length === 0) return false;
  const own = new Set(
    words([e.title, e.company, e.degree, e.field, e.institution, e.name, e.issuer].join(" ")),
  );
  return said.every((w) => own.has(w));
}

/** "2007" is after "2006-05"; "2006-05" is not after "2006" (the same year, month unknown). */
function after(start: string, end: string): boolean {
  const [sy, sm] = start.split("-").map(Number);
  const [ey, em] = end.split("-").map(Number);
  return sy! > ey! || (sy === ey && sm !== undefined && em !== undefined && sm > em);
}

/** Finds the entry meant and edits or removes it; nothing is written unless exactly one is found. */
export async function correctEntry(
  profile: ProfileService,
  userId: string,
  input: unknown,
): Promise<EntryCorrectionResult> {
  const change = parseOrThrow(entryCorrectionSchema, input, "profile correction");
  const stored = await profile.get(userId);
  // The order the profile card lists them in (agent/tools/skills-tools.ts show_profile).
  const shown = KINDS.flatMap((kind) =>
    (stored[kind] as unknown as AnyEntry[]).map((entry) => ({ kind, entry })),
  );
  const ofKind = change.kind ? shown.filter((s) => s.kind === change.kind) : shown;
  const listed = (list: typeof shown) =>
    list.map((s) => ({ kind: s.kind, label: entryLabel(s.kind, s.entry) }));
  const nothing = (reason: "none" | "several" | "empty", among: typeof shown) => ({
    changed: false as const,
    action: change.action,
    reason,
    ...(change.kind ? { kind: change.kind } : {}),
    ...(change.which ? { which: change.which } : {}),
    entries: listed(among.length ? among : ofKind.length ? ofKind : shown),
  });
  if (ofKind.length === 0) return nothing("empty", []);
  let found: typeof shown;
  if (change.id) {
    found = ofKind.filter((s) => s.entry.id === change.id);
  } else if (change.position !== undefined) {
    const at = change.position === -1 ? ofKind.at(-1) : ofKind[change.position - 1];
    found = at ? [at] : [];
  } else if (change.which) {
    found = ofKind.filter((s) => named(s.entry, change.which!));
  } else {
    // Nothing named: the only entry of the kind said, or the only one holding the field set
    // ("my GPA is 3.7" with one degree).
    const holders = change.set?.gpa ? ofKind.filter((s) => s.kind === "education") : ofKind;
    found = holders.length === 1 ? holders : [];
    if (holders.length > 1) return nothing("several", holders);
  }
  if (found.length !== 1) return nothing(found.length > 1 ? "several" : "none", found);
  const { kind, entry } = found[0]!;
  const before = entryLabel(kind, entry);
  if (change.action === "remove") {
    await profile.removeEntry(userId, kind, entry.id);
    return { changed: true, action: "remove", kind, before };
  }
  const set = { ...change.set } as Record<string, string | boolean>;
  const foreign = Object.keys(set).filter((k) => !FIELDS[kind].includes(k));
  if (foreign.length)
    throw new CareerCraftError(
      "validation",
      `"${before}" is ${kind === "experience" ? "a role" : `in your ${kind}`}: it has no ${foreign.map((k) => FIELD_WORDS[k]).join(" or ")}.`,
    );
  // A start set on a role still held, with no end: it stays current.
  const start = (set.start as string | undefined) ?? entry.start;
  const end = (set.end as string | undefined) ?? (set.current === true ? undefined : entry.end);
  if (start && end && after(start, end))
    throw new CareerCraftError(
      "validation",
      `That would have "${before}" start in ${start}, after it ended in ${end}. Tell me both dates.`,
    );
  if (set.end && kind === "experience" && set.current === undefined) set.current = false;
  await profile.updateEntry(userId, kind, entry.id, set);
  // What an undo puts back (agent/tools/entry-correction-tool.ts).
  const was = entry as unknown as Record<string, string | boolean | undefined>;
  const previous = Object.fromEntries(
    Object.keys(set).flatMap((k) => (was[k] === undefined ? [] : [[k, was[k]!]])),
  );
  return {
    changed: true,
    action: "edit",
    kind,
    id: entry.id,
    previous,
    before,
    after: entryLabel(kind, { ...entry, ...set } as AnyEntry),
    fields: set,
  };
}
