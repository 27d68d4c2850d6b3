/**
 * "Delete my resume": one stored resume forgotten (its file, text and parse) with what came
 * only from it — the jobs, studies, projects, certificates and skills no other resume of the
 * person lists and the person never said or edited themselves. Everything else stays, and so
 * does every other part of the account (deleting everything is tools/privacy).
 *
 * One service for the chat tool, the CLI and the REST route: `confirm: false` only reports
 * what would go and what stays (nothing is changed); `confirm: true` does it, in one
 * transaction, and reports the same.
 */
import type { Db, Queryable } from "../../data/db/types.ts";
import { CareerCraftError } from "../../data/errors.ts";
import {
  type ContactField,
  createProfileRepository,
  type EntryKind,
  type StoredProfile,
} from "../../data/repositories/profile.ts";
import { createResumeOriginsRepository, type OriginKind } from "../../data/repositories/resume-origins.ts";
import { createResumesRepository, type StoredResume } from "../../data/repositories/resumes.ts";
import { isUuid } from "../../data/repositories/users.ts";
import { yearsCovered } from "../resume/fields/years.ts";
import { itemsOf, type ProfileItem } from "./profile-items.ts";

export interface ForgetItem {
  kind: OriginKind;
  id: string;
  label: string;
}

/** Why an item the resume lists stays: the person said or edited it, or another resume lists it too. */
export type KeptBecause = "said_by_you" | "in_other_resume" | "origin_unknown";

export interface ResumeForgetting {
  resume: { id: string; filename: string; createdAt: string };
  /** Came from this resume alone: goes with it. */
  removes: ForgetItem[];
  /** Listed by this resume but kept, each with why. */
  keeps: (ForgetItem & { because: KeptBecause })[];
  /** Contact and summary fields the resume filled in (cleared when it is the last resume). */
  clears: ContactField[];
  /** The person's other resumes, which stay. */
  otherResumes: { id: string; filename: string }[];
  /** False: a preview, nothing changed. True: done. */
  done: boolean;
}

const CONTACT: ContactField[] = ["name", "email", "phone", "location", "headline", "summary"];

/** Which resume is meant: the id given, or the newest when none is (the one "my resume" means). */
async function resumeMeant(db: Queryable, userId: string, resumeId?: string): Promise<StoredResume> {
  const resumes = createResumesRepository(db);
  const id = resumeId?.trim();
  if (id && !isUuid(id))
    throw new CareerCraftError(
      "validation",
      `"${id.slice(0, 60)}" is not a resume id (ids look like 3f1c2a9e-…). Nothing was deleted; list your resumes to see their ids.`,
    );
  const all = await resumes.list(userId);
  if (id) {
    const found = all.find((r) => r.id === id);
    if (!found)
      throw new CareerCraftError("not_found", `No resume of yours has the id ${id}. Nothing was deleted.`);
    return found;
  }
  const newest = all[0];
  if (!newest)
    throw new CareerCraftError(
      "not_found",
      "You have no resume stored with me, so there is nothing to delete.",
    );
  return newest;
}

/** What forgetting that resume takes and keeps, read from the stored profile and the origin links. */
async function planFor(db: Queryable, userId: string, resume: StoredResume): Promise<ResumeForgetting> {
  const all = await createResumesRepository(db).list(userId);
  const others = all.filter((r) => r.id !== resume.id);
  const profile = await createProfileRepository(db).load(userId);
  const items = itemsOf(profile);
  const origins = await createResumeOriginsRepository(db).ofResume(userId, resume.id);
  const removes: ForgetItem[] = [];
  const keeps: ResumeForgetting["keeps"] = [];
  const linked = new Set<string>();
  for (const origin of origins) {
    const item = items.get(`${origin.kind}:${origin.itemId}`);
    if (!item) continue; // removed since
    linked.add(item.key);
    if (item.source !== "resume") keeps.push({ ...pick(item), because: "said_by_you" });
    else if (origin.otherResumes > 0) keeps.push({ ...pick(item), because: "in_other_resume" });
    else removes.push(pick(item));
  }
  // Rows from before the links were kept (migration 0420) whose resume is not known: with no
  // other resume left they can only have come from this one; otherwise they stay, said so.
  const linkedAnywhere = await createResumeOriginsRepository(db).linkedItems(userId);
  for (const item of items.values()) {
    if (item.source !== "resume" || linked.has(item.key) || linkedAnywhere.has(item.key)) continue;
    if (others.length === 0) removes.push(pick(item));
    else keeps.push({ ...pick(item), because: "origin_unknown" });
  }
  const sources = profile.fieldSources;
  const clears =
    others.length === 0 ? CONTACT.filter((f) => sources[f] === "resume" && filled(profile, f)) : [];
  return {
    resume: { id: resume.id, filename: resume.filename, createdAt: resume.createdAt },
    removes,
    keeps,
    clears,
    otherResumes: others.map((r) => ({ id: r.id, filename: r.filename })),
    done: false,
  };
}

const pick = (item: ProfileItem): ForgetItem => ({ kind: item.kind, id: item.id, label: item.label });

function filled(profile: StoredProfile, field: ContactField): boolean {
  if (field === "headline") return Boolean(profile.headline);
  if (field === "summary") return Boolean(profile.summary);
  return Boolean(profile.contact[field]);
}

/**
 * Reports (confirm false) or does (confirm true) the forgetting of one resume of the person.
 * An id that is not a resume id, or not one of theirs, is refused with a clear message and
 * changes nothing.
 */
export async function forgetResume(
  db: Db,
  userId: string,
  input: { resumeId?: string; confirm: boolean },
  now: Date = new Date(),
): Promise<ResumeForgetting> {
  if (!input.confirm) return planFor(db, userId, await resumeMeant(db, userId, input.resumeId));
  return db.transaction(async (tx) => {
    const plan = await planFor(tx, userId, await resumeMeant(tx, userId, input.resumeId));
    const profile = createProfileRepository(tx);
    for (const item of plan.removes) {
      if (item.kind === "skills") await profile.removeSkill(userId, item.id);
      else await profile.deleteEntry(userId, item.kind as EntryKind, item.id);
    }
    await profile.clearContactFields(userId, plan.clears);
    await createResumesRepository(tx).remove(userId, plan.resume.id);
    // Years of experience counted again over the jobs that are left.
    const left = await profile.load(userId);
    await profile.setProfileMeta(userId, { totalYearsExperience: yearsCovered(left.experience, now) });
    return { ...plan, done: true };
  });
}

/** The person's stored resumes, newest first (to pick one by id). */
export async function listResumes(db: Queryable, userId: string): Promise<StoredResume[]> {
  return createResumesRepository(db).list(userId);
}
