/**
 * The stored profile's entries and skills as one list of items, each keyed "kind:id" the way
 * resume_origins names them, with its source and a label a person recognises ("Line cook at
 * Nopa", "BSc Nursing, UCLA", "Excel"). Used to say what forgetting a resume takes.
 */
import type { UserSkill } from "../../contract/profile.ts";
import type { EntrySource, StoredProfile } from "../../data/repositories/profile.ts";
import type { OriginKind } from "../../data/repositories/resume-origins.ts";

export interface ProfileItem {
  key: string;
  kind: OriginKind;
  id: string;
  source: EntrySource | "inferred";
  label: string;
}

/** The level was stated by the person (tools/profile/service.ts writes these reasons), not read from a file. */
const ownLevel = (s: UserSkill) =>
  s.source === "resume" && /^stated (?:by you|in chat)/.test(s.proficiencyReason);

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(", ");

export function itemsOf(profile: StoredProfile): Map<string, ProfileItem> {
  const items = new Map<string, ProfileItem>();
  const add = (kind: OriginKind, id: string, source: ProfileItem["source"], label: string) =>
    items.set(`${kind}:${id}`, { key: `${kind}:${id}`, kind, id, source, label: label || kind });
  for (const e of profile.experience)
    add(
      "experience",
      e.id,
      e.source,
      e.title && e.company ? `${e.title} at ${e.company}` : (e.title ?? e.company ?? ""),
    );
  for (const e of profile.education)
    add("education", e.id, e.source, joined(e.degree, e.field, e.institution));
  for (const e of profile.projects) add("projects", e.id, e.source, e.name);
  for (const e of profile.certifications) add("certifications", e.id, e.source, joined(e.name, e.issuer));
  // A resume's skill whose level the person set themselves ("set Hydraulics to expert") is theirs now.
  for (const s of profile.skills)
    add("skills", s.skillId, ownLevel(s) ? "manual" : (s.source as ProfileItem["source"]), s.name);
  return items;
}
