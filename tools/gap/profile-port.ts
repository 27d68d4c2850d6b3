/**
 * The ProfilePort over the stored profile (data/repositories/profile.ts): a snapshot for
 * the analysis, and skills the person mentions in chat added with source "chat". A skill
 * already on the profile keeps its evidence; the person's own statement sets the level.
 */

import type { ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import type { ProfileRepository } from "../../data/repositories/profile.ts";
import type { ProfilePort, SkillAddition } from "./ports.ts";

export function profilePortFromRepository(
  repo: Pick<ProfileRepository, "load" | "upsertSkill">,
): ProfilePort {
  return {
    async snapshot(userId: string): Promise<ProfileSnapshot> {
      const { fieldSources: _sources, ...profile } = await repo.load(userId);
      return profile as ProfileSnapshot;
    },
    async addSkills(userId: string, additions: SkillAddition[]): Promise<void> {
      const current = (await repo.load(userId)).skills;
      for (const a of additions) {
        const existing = current.find((s) => s.skillId === a.skillId);
        const next: UserSkill = {
          skillId: a.skillId,
          name: a.name,
          proficiency: a.proficiency,
          proficiencyReason: a.proficiencyReason,
          proficiencyStated: a.proficiencyStated,
          ...(a.years !== undefined
            ? { years: a.years }
            : existing?.years !== undefined
              ? { years: existing.years }
              : {}),
          ...(existing?.lastUsed ? { lastUsed: existing.lastUsed } : {}),
          source: existing?.source ?? "chat",
          evidence: [...new Set([...(existing?.evidence ?? []), `said in chat: ${a.evidence}`])],
          validated: existing?.validated ?? false,
        };
        await repo.upsertSkill(userId, next);
      }
    },
  };
}
