/**
 * An unrecognised "skill" that is word for word a field the parser already read — a job's
 * employer or place, a school, the person's own town — is that field, not a tool. A job line
 * written with separators ("Web Designer | Studio Kiel | Kiel | 09/2020 - 03/2022") looks
 * like a list, and the list reader kept "Studio Kiel" and "Hamburg" as skills validated by
 * years of experience. Known skills are untouched: only names the taxonomy does not know.
 */
import type { FoundSkill } from "../skills-port.ts";
import type { ParsedExperience } from "../types.ts";

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

export function entryFieldWords(
  jobs: ParsedExperience[],
  schools: (string | undefined)[],
  contactPlace: string | undefined,
): Set<string> {
  const out = new Set<string>();
  const add = (v: string | undefined) => {
    if (v && v.trim()) out.add(key(v));
  };
  for (const j of jobs) {
    add(j.company);
    add(j.location);
    for (const part of (j.location ?? "").split(",")) add(part);
  }
  for (const s of schools) add(s);
  add(contactPlace);
  for (const part of (contactPlace ?? "").split(",")) add(part);
  return out;
}

export function withoutEntryFields(found: FoundSkill[], fields: Set<string>): FoundSkill[] {
  if (fields.size === 0) return found;
  return found.filter((s) => !(s.unrecognised && s.spans.every((sp) => fields.has(key(sp.text)))));
}
