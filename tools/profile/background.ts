/**
 * A background described instead of a resume ("I'm a cook, no resume yet, 4 years on the line,
 * good with grill and sauté, I have my food handler card"): the roles held as experience
 * entries, the skills named at the level said, and the certificates held, saved through the
 * profile service in one step. Everything is checked before anything is written, so a bad
 * part saves nothing at all; a role or certificate already on the profile is not added twice.
 */
import { z } from "zod";
import { CareerCraftError } from "../../data/errors.ts";
import { countYears, monthOf } from "../experience/roles.ts";
import { currentMonth } from "../resume/fields/dates.ts";
import {
  certificationSchema,
  educationFields,
  educationSchema,
  experienceSchema,
  skillInputSchema,
} from "./schemas.ts";
import { type ProfileService, parseOrThrow } from "./service.ts";

const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/);

/** What a described background gives: roles (with a start counted from the years said), skills, certificates. */
export const backgroundSchema = z
  .object({
    roles: z
      .array(
        z
          .object({
            title: z.string().trim().min(2).max(120),
            company: z.string().trim().min(1).max(200).optional(),
            start: partialDate.optional(),
            bullets: z.array(z.string().trim().min(2).max(300)).max(10).optional(),
            end: partialDate.optional(),
            current: z.boolean().optional(),
          })
          .strict(),
      )
      .max(4)
      .default([]),
    skills: z.array(skillInputSchema).max(15).default([]),
    certifications: z.array(z.string().trim().min(2).max(200)).max(5).default([]),
    // Degrees said ("I have a BSN"): the same education entry a resume gives.
    education: z.array(educationFields).max(3).default([]),
  })
  .strict()
  .refine(
    (b) => b.roles.length + b.skills.length + b.certifications.length + b.education.length > 0,
    "names no role, skill, certificate or degree",
  );

export type Background = z.input<typeof backgroundSchema>;

const same = (a: string | undefined, b: string) => (a ?? "").trim().toLowerCase() === b.trim().toLowerCase();

export interface SavedBackground {
  roles: {
    title: string;
    company?: string;
    bullets?: string[];
    start?: string;
    end?: string;
    current?: boolean;
    alreadyThere: boolean;
  }[];
  skills: {
    name: string;
    proficiency: string;
    stated: boolean;
    recognised: boolean;
    alreadyThere: boolean;
  }[];
  certifications: { name: string; alreadyThere: boolean }[];
  education: {
    degree: string;
    field?: string;
    level?: string;
    end?: string;
    inProgress?: boolean;
    alreadyThere: boolean;
  }[];
  /** The profile held roles or schooling before (a resume read, entries added): no "no resume needed" then. */
  profileHadEntries?: boolean;
}

/** Saves a described background for `userId`; throws a validation error (nothing saved) on a bad part. */
export async function saveBackground(
  profile: ProfileService,
  userId: string,
  input: unknown,
): Promise<SavedBackground> {
  const background = parseOrThrow(backgroundSchema, input, "background");
  const skillNames = background.skills.map((s) => s.name);
  // Every entry is checked with the entry rules first: nothing is written when one is bad.
  const roles = background.roles.map((r) =>
    parseOrThrow(experienceSchema, { ...r, skills: skillNames }, "experience entry"),
  );
  const certificates = background.certifications.map((name) =>
    parseOrThrow(certificationSchema, { name }, "certification"),
  );
  const degrees = background.education.map((e) => parseOrThrow(educationSchema, e, "education entry"));
  const stored = await profile.get(userId);
  const out: SavedBackground = {
    roles: [],
    skills: [],
    certifications: [],
    education: [],
    profileHadEntries: stored.experience.length + stored.education.length > 0,
  };
  for (const role of roles) {
    const title = role.title ?? "";
    const there = stored.experience.find((e) => same(e.title, title));
    if (!there) await profile.addEntry(userId, "experience", role, "chat");
    // A role the profile has keeps its own dates (a resume's), not the span counted from the years said.
    const kept = there ?? role;
    out.roles.push({
      title: there?.title ?? title,
      ...(kept.company ? { company: kept.company } : {}),
      ...(!there && role.bullets.length ? { bullets: role.bullets } : {}),
      start: kept.start,
      end: kept.end,
      current: kept.current,
      alreadyThere: Boolean(there),
    });
  }
  const backing = roleBehindSkills(roles.at(-1));
  for (const skill of background.skills) {
    let saved = await profile.setSkill(userId, skill, "chat", { allowUnknown: true });
    // Skills named with the job held ("a data analyst with 2 years of SQL and Tableau") are that
    // job's tools, as duties under a job on a resume are: backed by it, with its years (trial
    // 2026-12-06: SQL said in that sentence counted as "only listed" and failed the must-have).
    const more = backing && backing.years > (saved.skill.years ?? 0);
    if (backing && (more || !saved.skill.validated)) {
      const change = { validated: true, ...(more ? { years: backing?.years } : {}) };
      saved = { ...saved, skill: (await profile.updateSkill(userId, saved.skill.skillId, change)).skill };
    }
    out.skills.push({
      name: saved.skill.name,
      proficiency: saved.skill.proficiency,
      stated: saved.skill.proficiencyStated,
      recognised: saved.recognised,
      alreadyThere: saved.action === "updated",
    });
  }
  for (const certificate of certificates) {
    const alreadyThere = stored.certifications.some((c) => same(c.name, certificate.name));
    if (!alreadyThere) await profile.addEntry(userId, "certifications", certificate, "chat");
    out.certifications.push({ name: certificate.name, alreadyThere });
  }
  for (const degree of degrees) {
    const name = degree.degree ?? degree.field ?? "";
    const alreadyThere = stored.education.some(
      (e) => same(e.degree, name) || (e.level === degree.level && same(e.field, degree.field ?? "")),
    );
    if (!alreadyThere) await profile.addEntry(userId, "education", degree, "chat");
    out.education.push({
      degree: name,
      ...(degree.field ? { field: degree.field } : {}),
      ...(degree.level ? { level: degree.level } : {}),
      ...(degree.end ? { end: degree.end } : {}),
      ...(degree.inProgress ? { inProgress: true } : {}),
      alreadyThere,
    });
  }
  if (out.roles.length + out.skills.length + out.certifications.length + out.education.length === 0)
    throw new CareerCraftError("validation", "Tell me the job you do or did, and for how long.");
  return out;
}

/**
 * The job the skills were named with (the last one said: the one held now or most recently),
 * and its years so far; undefined when no job was said. A job with no dates said still backs
 * the skills, with no years.
 */
function roleBehindSkills(
  role: { start?: string; end?: string; current?: boolean } | undefined,
): { years: number } | undefined {
  if (!role) return undefined;
  // Up to this month, not through it: "2 years" said is 2, as the span was counted back from now.
  const now = monthOf(currentMonth(new Date()));
  return { years: role.start ? countYears([role], now).years : 0 };
}
