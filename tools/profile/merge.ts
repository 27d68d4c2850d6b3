/**
 * Applying a parsed resume to a stored profile. Pure: takes the stored profile and the
 * resume's snapshot, returns the merged profile and a report of what was added, what
 * changed and what was kept because the person edited it by hand. Rules:
 * - anything with source "manual" (an entry, a contact field, a stated proficiency)
 *   is never overwritten;
 * - an entry matching a resume entry (same company+title, school+degree, name...) is
 *   updated field by field, and only fields the resume actually has;
 * - entries the new resume lacks are kept (a shorter resume is not a request to delete);
 * - new resume entries are added with source "resume".
 */

import type {
  CertificationEntry,
  EducationEntry,
  ExperienceEntry,
  ProfileSnapshot,
  ProjectEntry,
  UserSkill,
} from "../../contract/profile.ts";
import { yearsCovered } from "../resume/fields/years.ts";

export type MergeSource = "manual" | "resume" | "chat";
export type WithSource<T> = T & { id?: string; source?: MergeSource };

/** A stored profile as far as merging needs it (data/repositories/profile.ts StoredProfile fits). */
export interface MergeableProfile
  extends Omit<ProfileSnapshot, "education" | "experience" | "projects" | "certifications"> {
  education: WithSource<EducationEntry>[];
  experience: WithSource<ExperienceEntry>[];
  projects: WithSource<ProjectEntry>[];
  certifications: WithSource<CertificationEntry>[];
  /** contact/summary field -> who set it last. */
  fieldSources?: Record<string, MergeSource>;
}

export type MergeEntryKind = "education" | "experience" | "projects" | "certifications";

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface MergeReport {
  added: { kind: MergeEntryKind | "skills" | "links" | "languages"; label: string; entry: unknown }[];
  changed: {
    kind: MergeEntryKind | "skills" | "contact";
    id?: string;
    label: string;
    changes: FieldChange[];
  }[];
  /** Things the resume would have changed but the person set by hand. */
  kept: { kind: MergeEntryKind | "skills" | "contact"; id?: string; label: string; reason: string }[];
  /** Stored entries the resume also lists (changed or not): that resume is one of their origins. */
  matched?: { kind: MergeEntryKind; id: string }[];
}

export interface MergeResult {
  profile: MergeableProfile;
  report: MergeReport;
}

const norm = (s: string | undefined) =>
  (s ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** Loose equality for names: "Infosys Ltd" matches "Infosys Limited", "B.E." matches "BE". */
function sameName(a: string | undefined, b: string | undefined): boolean {
  const x = norm(a)
    .replace(/\b(?:ltd|limited|pvt|private|inc|llc|the)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const y = norm(b)
    .replace(/\b(?:ltd|limited|pvt|private|inc|llc|the)\b/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!x || !y) return false;
  return x === y || x.replace(/ /g, "") === y.replace(/ /g, "");
}

type Entry = Record<string, unknown>;
const as = <T>(e: Entry) => e as unknown as T;

const IDENTITY: Record<MergeEntryKind, (a: Entry, b: Entry) => boolean> = {
  experience: (a, b) => {
    const [x, y] = [as<ExperienceEntry>(a), as<ExperienceEntry>(b)];
    return (
      sameName(x.company, y.company) && (sameName(x.title, y.title) || (!!x.start && x.start === y.start))
    );
  },
  education: (a, b) => {
    const [x, y] = [as<EducationEntry>(a), as<EducationEntry>(b)];
    return (
      sameName(x.institution, y.institution) &&
      (sameName(x.degree, y.degree) || (!!x.level && x.level === y.level))
    );
  },
  projects: (a, b) => sameName(as<ProjectEntry>(a).name, as<ProjectEntry>(b).name),
  certifications: (a, b) => sameName(as<CertificationEntry>(a).name, as<CertificationEntry>(b).name),
};

const LABEL: Record<MergeEntryKind, (e: Entry) => string> = {
  experience: (e) => {
    const x = as<ExperienceEntry>(e);
    return [x.title, x.company].filter(Boolean).join(" at ") || "a job";
  },
  education: (e) => {
    const x = as<EducationEntry>(e);
    return [x.degree, x.institution].filter(Boolean).join(", ") || "an education entry";
  },
  projects: (e) => as<ProjectEntry>(e).name,
  certifications: (e) => as<CertificationEntry>(e).name,
};

/** Bookkeeping fields that are not the person's data. */
const SKIP_FIELDS = new Set(["id", "source", "confidence"]);

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function mergeEntries<K extends MergeEntryKind>(
  kind: K,
  stored: MergeableProfile[K],
  incoming: ProfileSnapshot[K],
  report: MergeReport,
): MergeableProfile[K] {
  const out = stored.map((e) => ({ ...e })) as WithSource<Entry>[];
  for (const entry of incoming as unknown as Entry[]) {
    const match = out.find((e) => IDENTITY[kind](e, entry));
    if (match?.id) report.matched = [...(report.matched ?? []), { kind, id: match.id }];
    if (!match) {
      const added = { ...entry, source: "resume" as const };
      out.push(added);
      report.added.push({ kind, label: LABEL[kind](entry), entry: added });
      continue;
    }
    if (match.source === "manual") {
      const differs = Object.entries(entry).some(
        ([k, v]) => !SKIP_FIELDS.has(k) && v !== undefined && !sameValue(match[k], v),
      );
      if (differs)
        report.kept.push({ kind, id: match.id, label: LABEL[kind](match), reason: "edited by hand" });
      continue;
    }
    const changes: FieldChange[] = [];
    for (const [field, value] of Object.entries(entry)) {
      if (SKIP_FIELDS.has(field) || value === undefined) continue;
      if (Array.isArray(value) && value.length === 0) continue;
      if (!sameValue(match[field], value)) {
        changes.push({ field, from: match[field], to: value });
        match[field] = value;
      }
    }
    if (changes.length > 0) report.changed.push({ kind, id: match.id, label: LABEL[kind](match), changes });
  }
  return out as unknown as MergeableProfile[K];
}

function mergeSkills(stored: UserSkill[], incoming: UserSkill[], report: MergeReport): UserSkill[] {
  const out = stored.map((s) => ({ ...s, evidence: [...s.evidence] }));
  for (const skill of incoming) {
    const match = out.find((s) => s.skillId === skill.skillId);
    if (!match) {
      out.push({ ...skill, source: "resume" });
      report.added.push({ kind: "skills", label: skill.name, entry: skill });
      continue;
    }
    const changes: FieldChange[] = [];
    const set = <F extends keyof UserSkill>(field: F, value: UserSkill[F]) => {
      if (value === undefined || sameValue(match[field], value)) return;
      changes.push({ field, from: match[field], to: value });
      match[field] = value;
    };
    // Evidence is fact from the resume: it only ever grows, even on hand-entered skills.
    const evidence = [...new Set([...match.evidence, ...skill.evidence])];
    set("evidence", evidence);
    set("validated", match.validated || skill.validated);
    const handSet = match.source === "manual" || match.proficiencyStated;
    if (handSet) {
      if (match.proficiency !== skill.proficiency && !skill.proficiencyStated) {
        report.kept.push({
          kind: "skills",
          label: match.name,
          reason: `proficiency ${match.proficiency} was set by hand`,
        });
      }
    } else {
      set("proficiency", skill.proficiency);
      set("proficiencyReason", skill.proficiencyReason);
      set("proficiencyStated", skill.proficiencyStated);
    }
    if (match.source !== "manual") {
      set("years", skill.years);
      set("lastUsed", skill.lastUsed);
    }
    if (changes.length > 0) report.changed.push({ kind: "skills", label: match.name, changes });
  }
  return out;
}

const CONTACT_KEYS = ["name", "email", "phone", "location"] as const;

export function mergeResumeIntoProfile(
  stored: MergeableProfile,
  resume: ProfileSnapshot,
  options: { now?: Date } = {},
): MergeResult {
  const report: MergeReport = { added: [], changed: [], kept: [] };
  const fieldSources: Record<string, MergeSource> = { ...(stored.fieldSources ?? {}) };
  const contact = { ...stored.contact, links: [...stored.contact.links] };
  const top: { summary?: string; headline?: string } = { summary: stored.summary, headline: stored.headline };

  const mergeField = (
    field: string,
    from: string | undefined,
    to: string | undefined,
    apply: (v: string) => void,
  ) => {
    if (!to || from === to) return;
    if (fieldSources[field] === "manual" && from) {
      report.kept.push({ kind: "contact", label: field, reason: "edited by hand" });
      return;
    }
    apply(to);
    fieldSources[field] = "resume";
    report.changed.push({ kind: "contact", label: field, changes: [{ field, from, to }] });
  };
  for (const key of CONTACT_KEYS)
    mergeField(key, stored.contact[key], resume.contact[key], (v) => (contact[key] = v));
  mergeField("summary", stored.summary, resume.summary, (v) => (top.summary = v));
  mergeField("headline", stored.headline, resume.headline, (v) => (top.headline = v));
  for (const link of resume.contact.links) {
    if (contact.links.some((l) => norm(l.url) === norm(link.url))) continue;
    contact.links.push(link);
    report.added.push({ kind: "links", label: link.url, entry: link });
  }

  const languages = [...stored.languages];
  for (const l of resume.languages) {
    if (languages.some((x) => norm(x) === norm(l))) continue;
    languages.push(l);
    report.added.push({ kind: "languages", label: l, entry: l });
  }
  // A level the newer resume writes replaces the older one (no level is set by hand yet); a
  // language it lists without a level keeps the level stored.
  const languageLevels: Record<string, string> = { ...stored.languageLevels };
  for (const [name, level] of Object.entries(resume.languageLevels ?? {})) {
    languageLevels[languages.find((x) => norm(x) === norm(name)) ?? name] = level;
  }
  const experience = mergeEntries("experience", stored.experience, resume.experience, report);

  const profile: MergeableProfile = {
    ...stored,
    contact,
    ...(top.summary ? { summary: top.summary } : {}),
    ...(top.headline ? { headline: top.headline } : {}),
    education: mergeEntries("education", stored.education, resume.education, report),
    experience,
    projects: mergeEntries("projects", stored.projects, resume.projects, report),
    certifications: mergeEntries("certifications", stored.certifications, resume.certifications, report),
    skills: mergeSkills(stored.skills, resume.skills, report),
    languages,
    ...(Object.keys(languageLevels).length > 0 ? { languageLevels } : {}),
    // Recomputed over every job now in the profile, hand-entered ones included.
    totalYearsExperience: yearsCovered(experience, options.now ?? new Date()),
    parseConfidence: resume.parseConfidence,
    fieldSources,
  };
  return { profile, report };
}
