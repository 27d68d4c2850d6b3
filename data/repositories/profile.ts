/**
 * The person's stored profile: contact fields, education, experience, projects,
 * certifications and skills. Every query is scoped by user id; an id that belongs to
 * someone else behaves exactly like an unknown id.
 */
import type {
  CertificationEntry,
  EducationEntry,
  ExperienceEntry,
  ProfileSnapshot,
  ProjectEntry,
  UserSkill,
} from "../../contract/profile.ts";
import type { Queryable } from "../db/types.ts";
import { CareerCraftError } from "../errors.ts";
import { isUuid } from "./users.ts";

export type EntrySource = "manual" | "resume" | "chat";
export type Stored<T> = T & { id: string; source: EntrySource };

export interface StoredProfile extends ProfileSnapshot {
  education: Stored<EducationEntry>[];
  experience: Stored<ExperienceEntry>[];
  projects: Stored<ProjectEntry>[];
  certifications: Stored<CertificationEntry>[];
  /** contact/summary field -> who set it last; a resume never overwrites "manual". */
  fieldSources: Record<string, EntrySource>;
}

export type EntryKind = "education" | "experience" | "projects" | "certifications";

const ENTRY_COLUMNS: Record<EntryKind, Record<string, string>> = {
  education: {
    institution: "institution",
    degree: "degree",
    level: "level",
    field: "field",
    start: "start_date",
    end: "end_date",
    gpa: "gpa",
    inProgress: "in_progress",
    confidence: "confidence",
  },
  experience: {
    title: "title",
    company: "company",
    location: "location",
    start: "start_date",
    end: "end_date",
    current: "current",
    bullets: "bullets",
    skills: "skills",
    confidence: "confidence",
  },
  projects: { name: "name", description: "description", technologies: "technologies", link: "link" },
  certifications: { name: "name", issuer: "issuer", date: "issued_on", skills: "skills" },
};
const JSON_COLUMNS = new Set(["bullets", "skills", "technologies"]);

const CONTACT_FIELDS = {
  name: "name",
  email: "email",
  phone: "phone",
  location: "location",
  headline: "headline",
  summary: "summary",
} as const;
export type ContactField = keyof typeof CONTACT_FIELDS;

function selectList(kind: EntryKind): string {
  const cols = Object.entries(ENTRY_COLUMNS[kind]).map(([key, col]) => `${col} AS "${key}"`);
  return ["id", "source", ...cols].join(", ");
}

/** Drops nulls so stored entries look like the snapshot types (optional fields absent). */
function clean<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)) as T;
}

export function createProfileRepository(db: Queryable) {
  async function listEntries<K extends EntryKind>(userId: string, kind: K): Promise<StoredProfile[K]> {
    const { rows } = await db.query(
      `SELECT ${selectList(kind)} FROM ${kind} WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    return rows.map(clean) as unknown as StoredProfile[K];
  }

  async function listSkills(userId: string): Promise<UserSkill[]> {
    const { rows } = await db.query<UserSkill>(
      `SELECT skill_id AS "skillId", name, proficiency, proficiency_reason AS "proficiencyReason",
              proficiency_stated AS "proficiencyStated", years, last_used AS "lastUsed", source, evidence, validated
       FROM user_skills WHERE user_id = $1 ORDER BY name`,
      [userId],
    );
    return rows.map(clean);
  }

  return {
    async load(userId: string): Promise<StoredProfile> {
      const { rows } = await db.query<Record<string, any>>(`SELECT * FROM profiles WHERE user_id = $1`, [
        userId,
      ]);
      const p = rows[0];
      const [education, experience, projects, certifications, skills] = await Promise.all([
        listEntries(userId, "education"),
        listEntries(userId, "experience"),
        listEntries(userId, "projects"),
        listEntries(userId, "certifications"),
        listSkills(userId),
      ]);
      return {
        contact: clean({
          name: p?.name,
          email: p?.email,
          phone: p?.phone,
          location: p?.location,
          links: p?.links ?? [],
        }),
        ...(p?.summary ? { summary: p.summary } : {}),
        ...(p?.headline ? { headline: p.headline } : {}),
        education,
        experience,
        projects,
        certifications,
        skills,
        languages: p?.languages ?? [],
        ...(p?.language_levels && Object.keys(p.language_levels).length > 0
          ? { languageLevels: p.language_levels }
          : {}),
        totalYearsExperience: p?.total_years_experience ?? 0,
        preferences: p?.preferences ?? {},
        parseConfidence: p?.parse_confidence ?? 1,
        fieldSources: p?.field_sources ?? {},
      };
    },

    async setContactFields(
      userId: string,
      fields: Partial<Record<ContactField, string | null>>,
      source: EntrySource,
    ): Promise<void> {
      const entries = Object.entries(fields).filter(([k]) => k in CONTACT_FIELDS) as [
        ContactField,
        string | null,
      ][];
      await db.query(`INSERT INTO profiles (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [userId]);
      if (entries.length === 0) return;
      const sets = entries.map(([k], i) => `${CONTACT_FIELDS[k]} = $${i + 2}`);
      const sources = Object.fromEntries(entries.map(([k]) => [k, source]));
      await db.query(
        `UPDATE profiles SET ${sets.join(", ")}, field_sources = field_sources || $${entries.length + 2}::jsonb,
         updated_at = now() WHERE user_id = $1`,
        [userId, ...entries.map(([, v]) => v), JSON.stringify(sources)],
      );
    },

    /** Empties contact fields a resume filled in (their source forgotten with it). */
    async clearContactFields(userId: string, fields: ContactField[]): Promise<void> {
      const known = fields.filter((k) => k in CONTACT_FIELDS);
      if (known.length === 0) return;
      const sets = known.map((k) => `${CONTACT_FIELDS[k]} = NULL`);
      await db.query(
        `UPDATE profiles SET ${sets.join(", ")}, field_sources = field_sources - $2::text[], updated_at = now()
         WHERE user_id = $1`,
        [userId, known],
      );
    },

    async setProfileMeta(
      userId: string,
      meta: {
        links?: ProfileSnapshot["contact"]["links"];
        languages?: string[];
        languageLevels?: Record<string, string>;
        preferences?: ProfileSnapshot["preferences"];
        totalYearsExperience?: number;
        parseConfidence?: number;
      },
    ): Promise<void> {
      await db.query(`INSERT INTO profiles (user_id) VALUES ($1) ON CONFLICT (user_id) DO NOTHING`, [userId]);
      await db.query(
        `UPDATE profiles SET
           links = COALESCE($2::jsonb, links), languages = COALESCE($3::jsonb, languages),
           preferences = COALESCE($4::jsonb, preferences),
           total_years_experience = COALESCE($5, total_years_experience),
           parse_confidence = COALESCE($6, parse_confidence),
           language_levels = COALESCE($7::jsonb, language_levels), updated_at = now()
         WHERE user_id = $1`,
        [
          userId,
          meta.links ? JSON.stringify(meta.links) : null,
          meta.languages ? JSON.stringify(meta.languages) : null,
          meta.preferences ? JSON.stringify(meta.preferences) : null,
          meta.totalYearsExperience ?? null,
          meta.parseConfidence ?? null,
          meta.languageLevels ? JSON.stringify(meta.languageLevels) : null,
        ],
      );
    },

    async addEntry<K extends EntryKind>(
      userId: string,
      kind: K,
      entry: Record<string, unknown>,
      source: EntrySource,
    ): Promise<string> {
      const mapping = ENTRY_COLUMNS[kind];
      const keys = Object.keys(entry).filter((k) => k in mapping && entry[k] !== undefined);
      const cols = ["user_id", "source", ...keys.map((k) => mapping[k]!)];
      const values = [
        userId,
        source,
        ...keys.map((k) => (JSON_COLUMNS.has(k) ? JSON.stringify(entry[k]) : entry[k])),
      ];
      const { rows } = await db.query<{ id: string }>(
        `INSERT INTO ${kind} (${cols.join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")}) RETURNING id`,
        values,
      );
      return rows[0]!.id;
    },

    async updateEntry(
      userId: string,
      kind: EntryKind,
      id: string,
      changes: Record<string, unknown>,
      source: EntrySource,
    ): Promise<void> {
      const mapping = ENTRY_COLUMNS[kind];
      const keys = Object.keys(changes).filter((k) => k in mapping && changes[k] !== undefined);
      if (!isUuid(id)) throw new CareerCraftError("not_found", `No ${kind} entry with id ${id}.`);
      const sets = keys.map((k, i) => `${mapping[k]} = $${i + 4}`);
      const { rowCount } = await db.query(
        `UPDATE ${kind} SET source = $3${sets.length ? `, ${sets.join(", ")}` : ""} WHERE id = $1 AND user_id = $2`,
        [
          id,
          userId,
          source,
          ...keys.map((k) => (JSON_COLUMNS.has(k) ? JSON.stringify(changes[k]) : changes[k])),
        ],
      );
      if (rowCount === 0) throw new CareerCraftError("not_found", `No ${kind} entry with id ${id}.`);
    },

    async deleteEntry(userId: string, kind: EntryKind, id: string): Promise<void> {
      if (!isUuid(id)) throw new CareerCraftError("not_found", `No ${kind} entry with id ${id}.`);
      const { rowCount } = await db.query(`DELETE FROM ${kind} WHERE id = $1 AND user_id = $2`, [id, userId]);
      if (rowCount === 0) throw new CareerCraftError("not_found", `No ${kind} entry with id ${id}.`);
    },

    listSkills,

    async upsertSkill(userId: string, skill: UserSkill): Promise<void> {
      await db.query(
        `INSERT INTO user_skills (user_id, skill_id, name, proficiency, proficiency_reason, proficiency_stated, years,
           last_used, source, evidence, validated)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10::jsonb,$11)
         ON CONFLICT (user_id, skill_id) DO UPDATE SET name = EXCLUDED.name, proficiency = EXCLUDED.proficiency,
           proficiency_reason = EXCLUDED.proficiency_reason, proficiency_stated = EXCLUDED.proficiency_stated,
           years = EXCLUDED.years, last_used = EXCLUDED.last_used, source = EXCLUDED.source,
           evidence = EXCLUDED.evidence, validated = EXCLUDED.validated, updated_at = now()`,
        [
          userId,
          skill.skillId,
          skill.name,
          skill.proficiency,
          skill.proficiencyReason,
          skill.proficiencyStated,
          skill.years ?? null,
          skill.lastUsed ?? null,
          skill.source,
          JSON.stringify(skill.evidence),
          skill.validated,
        ],
      );
    },

    async removeSkill(userId: string, skillId: string): Promise<boolean> {
      const { rowCount } = await db.query(`DELETE FROM user_skills WHERE user_id = $1 AND skill_id = $2`, [
        userId,
        skillId,
      ]);
      return rowCount > 0;
    },
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;
