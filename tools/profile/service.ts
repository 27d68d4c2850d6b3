/**
 * Profile edits as plain functions over the repository: validated (zod), scoped to the
 * user, and reported back as what changed. Hand edits are marked "manual" so a later
 * resume upload never overwrites them.
 */
import type { z } from "zod";
import type { PreferenceGroup, Preferences, Proficiency, UserSkill } from "../../contract/profile.ts";
import { CareerCraftError } from "../../data/errors.ts";
import type {
  EntryKind,
  EntrySource,
  ProfileRepository,
  StoredProfile,
} from "../../data/repositories/profile.ts";
import { slugify } from "../../data/taxonomy/normalize.ts";
import type { Skill } from "../../data/taxonomy/types.ts";
import { withShifts } from "../jobs/shifts.ts";
import { namedProduct } from "./named-product.ts";
import {
  contactSchema,
  entryFieldSchemas,
  entrySchemas,
  preferencesSchema,
  skillChangeSchema,
  skillInputSchema,
} from "./schemas.ts";
import { englishSkillReading } from "./skill-english-reading.ts";

/** The taxonomy, as far as the profile needs it. */
export interface SkillResolver {
  lookup(term: string): Skill | undefined;
}

export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.length ? ` (${issue.path.join(".")})` : "";
    throw new CareerCraftError("validation", `That ${what} is not valid${where}: ${issue.message}.`, {
      details: result.error.issues,
    });
  }
  return result.data;
}

const ENTRY_NAMES: Record<EntryKind, string> = {
  education: "education entry",
  experience: "experience entry",
  projects: "project",
  certifications: "certification",
};

/** A skill outside the taxonomy, kept under the person's own name. */
function unknownSkill(name: string): { id: string; name: string } {
  const id = slugify(name);
  if (!id) throw new CareerCraftError("validation", `"${name}" does not look like a skill name.`);
  return { id, name: name.trim() };
}

/** Who set a preference: the person, or a described dream role they gave (it yields to theirs). */
export type PreferenceSource = "stated" | "described_role";

const GROUP_FIELDS: Record<PreferenceGroup, (keyof Preferences)[]> = {
  salary: ["salaryMin", "salaryMax", "salaryTarget", "salaryCurrency", "salaryPeriod"],
  remote: ["remote"],
  desiredLocation: ["desiredLocation"],
};

/**
 * The groups now held from a described role: a role's change adds the groups it set (and a
 * role's pay replaces every pay field, so an earlier role's range does not linger); a stated
 * change removes them.
 */
function withSource(
  next: Preferences,
  change: Partial<Preferences>,
  source: PreferenceSource,
): PreferenceGroup[] {
  const held = new Set(next.fromDescribedRole ?? []);
  for (const [group, fields] of Object.entries(GROUP_FIELDS) as [PreferenceGroup, (keyof Preferences)[]][]) {
    if (!fields.some((f) => change[f] !== undefined)) continue;
    if (source === "stated") held.delete(group);
    else {
      held.add(group);
      for (const f of fields) if (change[f] === undefined) delete next[f];
    }
  }
  return [...held].sort();
}

export function createProfileService(repo: ProfileRepository, skills: SkillResolver) {
  function resolveSkill(name: string): Skill {
    const skill = skills.lookup(name);
    if (!skill) {
      throw new CareerCraftError(
        "validation",
        `I don't know a skill called "${name}". Try its common name (for example "PostgreSQL", "React", "project management").`,
      );
    }
    return skill;
  }

  /** Adds the certificate unless one of its names is held already; says which it was. */
  async function holdCertificate(
    userId: string,
    known: Skill,
    source: EntrySource,
  ): Promise<"added" | "held"> {
    const held = (await repo.load(userId)).certifications.some(
      (c) =>
        c.name.trim().toLowerCase() === known.name.toLowerCase() || skills.lookup(c.name)?.id === known.id,
    );
    if (!held) await repo.addEntry(userId, "certifications", { name: known.name, skills: [] }, source);
    return held ? "held" : "added";
  }

  return {
    get: (userId: string): Promise<StoredProfile> => repo.load(userId),

    async updateContact(userId: string, input: unknown, source: EntrySource = "manual") {
      const fields = parseOrThrow(contactSchema, input, "profile update");
      if (Object.keys(fields).length === 0)
        throw new CareerCraftError("validation", "Tell me which profile field to change.");
      await repo.setContactFields(userId, fields, source);
      return { changed: Object.keys(fields) };
    },

    /**
     * Merges a preferences change into what is stored: fields given replace theirs, values
     * are added to the list (without repeats), nothing else is touched.
     */
    async setPreferences(userId: string, input: unknown, source: PreferenceSource = "stated") {
      const change = parseOrThrow(preferencesSchema, input, "preference");
      if (Object.keys(change).length === 0)
        throw new CareerCraftError(
          "validation",
          "Tell me which preference to set (salary, location, remote, values).",
        );
      const current = (await repo.load(userId)).preferences;
      const values = change.values
        ? [...new Set([...(current.values ?? []), ...change.values])]
        : current.values;
      const shifts = change.shifts ? withShifts(current.shifts, change.shifts) : current.shifts;
      const next: Preferences = {
        ...current,
        ...change,
        ...(values ? { values } : {}),
        ...(shifts ? { shifts } : {}),
      };
      if (next.salaryMin !== undefined && next.salaryMax !== undefined && next.salaryMin > next.salaryMax)
        delete next.salaryMax;
      // A pay expectation is either a target ("around 120k") or a minimum/range: the new one replaces the other.
      if (change.salaryTarget !== undefined) {
        if (change.salaryMin === undefined) delete next.salaryMin;
        if (change.salaryMax === undefined) delete next.salaryMax;
      } else if (change.salaryMin !== undefined || change.salaryMax !== undefined) delete next.salaryTarget;
      const fromRole = withSource(next, change, source);
      if (fromRole.length > 0) next.fromDescribedRole = fromRole;
      else delete next.fromDescribedRole;
      await repo.setProfileMeta(userId, { preferences: next });
      return { preferences: next, changed: Object.keys(change) };
    },

    async addEntry(userId: string, kind: EntryKind, input: unknown, source: EntrySource = "manual") {
      const entry = parseOrThrow(
        entrySchemas[kind] as z.ZodType<Record<string, unknown>>,
        input,
        ENTRY_NAMES[kind],
      );
      const id = await repo.addEntry(userId, kind, entry, source);
      return { id, kind, entry };
    },

    /**
     * A spoken language said in chat ("I speak Spanish too, native"): kept with the profile's
     * languages and its level as said, where the resume's languages are, so a job's language
     * ask reads it; never a skill with a beginner..expert proficiency.
     */
    async setSpokenLanguage(userId: string, name: string, level?: string) {
      const language = name.trim();
      if (!language || language.length > 60)
        throw new CareerCraftError("validation", 'Which language? For example "I speak Spanish, native".');
      const current = await repo.load(userId);
      const norm = (x: string) => x.trim().toLowerCase();
      const stored = current.languages.find((l) => norm(l) === norm(language));
      const named = stored ?? language;
      const languages = stored ? current.languages : [...current.languages, language];
      const said = level?.trim().slice(0, 40);
      const languageLevels = { ...(current.languageLevels ?? {}), ...(said ? { [named]: said } : {}) };
      await repo.setProfileMeta(userId, { languages, languageLevels });
      return { language: named, level: languageLevels[named], added: !stored };
    },

    async updateEntry(userId: string, kind: EntryKind, id: string, input: unknown) {
      // Partial edits: the fields given are checked against the same rules; defaults are not
      // applied, so an edit never blanks a list it did not mention.
      const fields = entryFieldSchemas[kind] as unknown as z.ZodObject;
      const parsed = parseOrThrow(fields.partial(), input, ENTRY_NAMES[kind]) as Record<string, unknown>;
      const given = new Set(Object.keys(input as object));
      const changes = Object.fromEntries(Object.entries(parsed).filter(([key]) => given.has(key)));
      if (Object.keys(changes).length === 0)
        throw new CareerCraftError("validation", `Tell me what to change in that ${ENTRY_NAMES[kind]}.`);
      await repo.updateEntry(userId, kind, id, changes, "manual");
      return { id, kind, changed: Object.keys(changes) };
    },

    async removeEntry(userId: string, kind: EntryKind, id: string) {
      await repo.deleteEntry(userId, kind, id);
      return { id, kind, removed: true };
    },

    /**
     * Adds a skill, or changes its proficiency when the person already has it. A name the
     * taxonomy does not know is refused, unless `allowUnknown` (chat: people have niche
     * skills), where it is kept under its own name and reported as not recognised.
     */
    async setSkill(
      userId: string,
      input: unknown,
      source: UserSkill["source"] = "manual",
      options: { allowUnknown?: boolean } = {},
    ) {
      const { name, proficiency, years } = parseOrThrow(skillInputSchema, input, "skill");
      const direct = namedProduct(name, (t) => skills.lookup(t)) ?? skills.lookup(name);
      // "inventario", "pedidos a proveedores": said in another language, kept with its English reading.
      const translated = direct ? undefined : englishSkillReading(name, (t) => skills.lookup(t));
      const known = direct ?? translated;
      const skill = known
        ? { id: known.id, name: known.name }
        : options.allowUnknown
          ? unknownSkill(name)
          : resolveSkill(name);
      const existing = (await repo.listSkills(userId)).find((s) => s.skillId === skill.id);
      const level: Proficiency = proficiency ?? existing?.proficiency ?? "intermediate";
      const next: UserSkill = {
        skillId: skill.id,
        name: skill.name,
        proficiency: level,
        proficiencyReason: proficiency
          ? `stated ${source === "chat" ? "in chat" : "by you"}`
          : (existing?.proficiencyReason ?? "default: no level given"),
        proficiencyStated: proficiency ? true : (existing?.proficiencyStated ?? false),
        years: years ?? existing?.years,
        lastUsed: existing?.lastUsed,
        source: existing?.source ?? source,
        evidence: translated
          ? [...new Set([...(existing?.evidence ?? []), `said as "${name.trim()}"`])]
          : (existing?.evidence ?? []),
        validated: existing?.validated ?? false,
      };
      await repo.upsertSkill(userId, next);
      // "I have my PMP", "BLS and ACLS": a certificate the taxonomy knows is held, not only a
      // skill — a job's certification ask reads the certifications (new-user trial 2026-12-06:
      // a nurse's BLS and ACLS stayed gaps of the ad that asked for them).
      const certificate =
        known?.category === "certification"
          ? await holdCertificate(
              userId,
              known,
              source === "resume" ? "resume" : source === "chat" ? "chat" : "manual",
            )
          : undefined;
      return {
        skill: next,
        action: existing ? ("updated" as const) : ("added" as const),
        previous: existing?.proficiency,
        recognised: Boolean(known),
        ...(certificate ? { certificate } : {}),
      };
    },

    /** Changes the level or years of a skill the person has, by its id. */
    async updateSkill(userId: string, skillId: string, input: unknown) {
      const change = parseOrThrow(skillChangeSchema, input, "skill change");
      if (Object.keys(change).length === 0)
        throw new CareerCraftError("validation", "Tell me what to change: proficiency or years.");
      const existing = (await repo.listSkills(userId)).find((s) => s.skillId === skillId);
      if (!existing)
        throw new CareerCraftError("not_found", `"${skillId.slice(0, 80)}" is not in your skills.`);
      const next: UserSkill = {
        ...existing,
        ...(change.proficiency
          ? { proficiency: change.proficiency, proficiencyReason: "stated by you", proficiencyStated: true }
          : {}),
        ...(change.years !== undefined ? { years: change.years } : {}),
        ...(change.validated !== undefined ? { validated: change.validated } : {}),
      };
      await repo.upsertSkill(userId, next);
      return { skill: next, previous: existing.proficiency };
    },

    /** The names of the person's skills as saved (the planner matches "take swift off" against them). */
    async skillNames(userId: string): Promise<string[]> {
      return (await repo.listSkills(userId)).map((s) => s.name);
    },

    /** Removes a skill named by its id, any spelling the taxonomy knows, or the name it was saved under. */
    async removeSkill(userId: string, name: string) {
      const wanted = name.trim().toLowerCase();
      const ids = new Set([skills.lookup(name)?.id, name.trim(), slugify(name)].filter(Boolean));
      const held = await repo.listSkills(userId);
      const match = held.find((s) => ids.has(s.skillId)) ?? held.find((s) => s.name.toLowerCase() === wanted);
      if (!match || !(await repo.removeSkill(userId, match.skillId)))
        throw new CareerCraftError("not_found", `"${name.slice(0, 80)}" is not in your skills.`);
      return { skillId: match.skillId, name: match.name, removed: true };
    },
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;
