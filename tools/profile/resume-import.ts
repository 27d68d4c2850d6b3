/**
 * A resume into the person's profile, for chat and the REST API alike: keep the original
 * and its parse, merge it without overwriting what the person edited by hand, and report
 * what was added. The resume's text is data: nothing in it can steer anything, and it is
 * never logged.
 */
import type { Attachment } from "../../contract/conversation.ts";
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { Db, Queryable } from "../../data/db/types.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { resumeParseDuration } from "../../data/metrics.ts";
import { createProfileRepository, type EntryKind } from "../../data/repositories/profile.ts";
import { createResumeOriginsRepository, type OriginKind } from "../../data/repositories/resume-origins.ts";
import { createResumesRepository } from "../../data/repositories/resumes.ts";
import type { ReadOptions, ResumeReader } from "../resume/reader/pool.ts";
import type { ParsedResume } from "../resume/types.ts";
import { type MergeReport, mergeResumeIntoProfile } from "./merge.ts";

const CONTACT_FIELDS = ["name", "email", "phone", "location"] as const;

export interface ResumeImport {
  resumeId: string;
  parsed: ParsedResume;
  snapshot: ProfileSnapshot;
  report: MergeReport;
}

/** Writes the merge into the stored profile (call inside a transaction). */
async function persistMerge(
  tx: Queryable,
  userId: string,
  resume: { id: string; skillIds: string[] },
  merged: ProfileSnapshot & { fieldSources?: Record<string, string> },
  report: MergeReport,
) {
  const repo = createProfileRepository(tx);
  // Which resume each entry and skill came from, so forgetting one resume takes only its own.
  const origins: { kind: OriginKind; itemId: string }[] = [
    ...(report.matched ?? []).map((m) => ({ kind: m.kind, itemId: m.id })),
    ...resume.skillIds.map((itemId) => ({ kind: "skills" as const, itemId })),
  ];
  for (const added of report.added) {
    if (added.kind === "skills" || added.kind === "links" || added.kind === "languages") continue;
    const kind = added.kind as EntryKind;
    const id = await repo.addEntry(userId, kind, added.entry as Record<string, unknown>, "resume");
    origins.push({ kind, itemId: id });
  }
  for (const changed of report.changed) {
    if (changed.kind === "skills" || changed.kind === "contact" || !changed.id) continue;
    const fields = Object.fromEntries(changed.changes.map((c) => [c.field, c.to]));
    await repo.updateEntry(userId, changed.kind as EntryKind, changed.id, fields, "resume");
  }
  const touchedSkills = new Set(
    [...report.added, ...report.changed].filter((x) => x.kind === "skills").map((x) => x.label),
  );
  for (const skill of merged.skills) if (touchedSkills.has(skill.name)) await repo.upsertSkill(userId, skill);
  const sources = merged.fieldSources ?? {};
  const contact: Record<string, string> = {};
  for (const field of CONTACT_FIELDS) {
    const value = merged.contact[field];
    if (value && sources[field] !== "manual") contact[field] = value;
  }
  if (merged.headline && sources.headline !== "manual") contact.headline = merged.headline;
  if (merged.summary && sources.summary !== "manual") contact.summary = merged.summary;
  await repo.setContactFields(userId, contact, "resume");
  await createResumeOriginsRepository(tx).record(userId, resume.id, origins);
  await repo.setProfileMeta(userId, {
    links: merged.contact.links,
    languages: merged.languages,
    languageLevels: merged.languageLevels ?? {},
    totalYearsExperience: merged.totalYearsExperience,
    parseConfidence: merged.parseConfidence,
  });
}

/**
 * Reads one resume file into the person's profile. A file that cannot be read changes
 * nothing saved (no row, no bytes kept: bad input is the sender's to fix, and a refused
 * program or zip bomb has no business in the database); the error is rethrown for the
 * caller to show. Once read, the file, its text and the profile change are stored.
 */
export async function importResume(
  db: Db,
  userId: string,
  file: Attachment,
  reader: Pick<ResumeReader, "read">,
  options: ReadOptions = {},
): Promise<ResumeImport> {
  const parsed = await parseTimed(userId, file.bytes, reader, options);
  const stored = await createResumesRepository(db).create(userId, {
    filename: file.filename.slice(0, 300),
    mime: file.mimeType ?? "application/octet-stream",
    bytes: file.bytes,
  });
  return keepAndMerge(db, userId, stored.id, parsed);
}

/**
 * Reads the person's last stored resume file again ("re-read my resume", after the reader
 * improved or a first read went wrong): the same parse and merge as a new file, written over
 * that file's stored parse, so no second copy of the file is kept. Hand edits still win.
 */
export async function rereadStoredResume(
  db: Db,
  userId: string,
  reader: Pick<ResumeReader, "read">,
  options: ReadOptions = {},
): Promise<ResumeImport & { filename: string }> {
  const resumes = createResumesRepository(db);
  const [latest] = await resumes.list(userId);
  if (!latest)
    throw new CareerCraftError(
      "not_found",
      "I don't have a resume file from you yet. Attach your resume (PDF, DOCX or text) and I'll read it.",
    );
  const bytes = new Uint8Array(await resumes.original(userId, latest.id));
  const parsed = await parseTimed(userId, bytes, reader, options);
  return { ...(await keepAndMerge(db, userId, latest.id, parsed)), filename: latest.filename };
}

async function parseTimed(
  userId: string,
  bytes: Uint8Array,
  reader: Pick<ResumeReader, "read">,
  options: ReadOptions,
): Promise<ParsedResume> {
  const start = performance.now();
  try {
    // On a reader thread, in turn with everyone else's files, within the file limits.
    const parsed = await reader.read(userId, bytes, options);
    resumeParseDuration.observe({ outcome: "parsed" }, (performance.now() - start) / 1000);
    return parsed;
  } catch (error) {
    resumeParseDuration.observe({ outcome: "failed" }, (performance.now() - start) / 1000);
    throw error;
  }
}

/** Stores the parse on the resume row and merges it into the profile. */
async function keepAndMerge(
  db: Db,
  userId: string,
  resumeId: string,
  parsed: ParsedResume,
): Promise<ResumeImport> {
  const { toProfileSnapshot } = await import("../resume/to-profile.ts");
  await createResumesRepository(db).markParsed(userId, resumeId, parsed.text, parsed);
  const snapshot = toProfileSnapshot(parsed);
  const report = await db.transaction(async (tx) => {
    const current = await createProfileRepository(tx).load(userId);
    const { profile, report } = mergeResumeIntoProfile(current, snapshot);
    const skillIds = snapshot.skills.map((s) => s.skillId);
    await persistMerge(tx, userId, { id: resumeId, skillIds }, profile as never, report);
    return report;
  });
  return { resumeId, parsed, snapshot, report };
}

/** What was added, per kind, for a reply or an API answer. */
export function countAdded(report: MergeReport) {
  const count = (kind: string) => report.added.filter((a) => a.kind === kind).length;
  return {
    skills: count("skills"),
    experience: count("experience"),
    education: count("education"),
    projects: count("projects"),
    certifications: count("certifications"),
  };
}
