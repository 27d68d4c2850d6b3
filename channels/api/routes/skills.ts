/**
 * /api/skills: the skill taxonomy as a searchable, paged catalog with category counts,
 * and the caller's own skills (add by any spelling, change the level, remove).
 */
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import { proficiencySchema, skillChangeSchema, skillInputSchema } from "../../../tools/profile/schemas.ts";
import { searchSkillCatalog } from "../../../tools/skills/catalog.ts";
import { lookUpTerm } from "../../../tools/skills/term-lookup.ts";
import { type AnyRoute, route } from "../route.ts";
import { okSchema } from "../schemas.ts";
import { profileService } from "./profiles.ts";

const TAG = "Skills";

const CATEGORIES = [
  "programming_language",
  "framework_library",
  "database",
  "cloud_platform",
  "tool",
  "methodology",
  "soft_skill",
  "domain_knowledge",
  "spoken_language",
  "certification",
  "concept",
] as const;

const catalogQuery = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: 'Any spelling: "k8s" finds Kubernetes first' }),
  category: z.enum(CATEGORIES).optional(),
  type: z.enum(["technical", "soft", "domain"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const catalogSkill = z
  .object({
    id: z.string(),
    name: z.string(),
    category: z.string(),
    type: z.string(),
    aliases: z.array(z.string()),
    parents: z.array(z.string()),
  })
  .meta({ id: "CatalogSkill" });

const userSkill = z
  .object({
    skillId: z.string(),
    name: z.string(),
    proficiency: proficiencySchema,
    proficiencyReason: z.string(),
    proficiencyStated: z.boolean(),
    years: z.number().optional(),
    lastUsed: z.string().optional(),
    source: z.enum(["resume", "manual", "chat", "inferred"]),
    evidence: z.array(z.string()),
    validated: z.boolean(),
  })
  .meta({ id: "UserSkill" });

const skillIdParams = z.object({
  id: z.string().min(1).max(200).meta({ description: "The skill id (taxonomy id)" }),
});

export const skillRoutes: AnyRoute[] = [
  // The chat's "whats ADDIE?" answer's facts, from the same skills service (tools/skills/term-lookup.ts).
  route({
    method: "get",
    path: "/api/skills/term/",
    tag: TAG,
    summary: "What the skill data holds of a term, and whether it is one of the gaps given",
    query: z.object({
      q: z.string().trim().min(1).max(60),
      gaps: z.string().max(2000).optional().meta({ description: "Gap names, comma-separated" }),
    }),
    responses: {
      200: {
        description: "The term, the skill the data knows by it (absent when unknown), and the gap it is",
        schema: z.object({
          term: z.string(),
          skill: z
            .object({ id: z.string(), name: z.string(), kind: z.string(), listedWith: z.array(z.string()) })
            .optional(),
          gap: z.string().optional(),
        }),
      },
    },
    async handler(_ctx, { query }) {
      const gaps = (query.gaps ?? "")
        .split(",")
        .map((g) => g.trim())
        .filter(Boolean);
      const found = lookUpTerm(query.q, gaps);
      if (!found)
        throw new CareerCraftError(
          "validation",
          `"${query.q}" names no term: give a skill or a name as written.`,
        );
      return { body: found };
    },
  }),
  route({
    method: "get",
    path: "/api/skills/",
    tag: TAG,
    summary: "Search the skill taxonomy",
    query: catalogQuery,
    responses: {
      200: {
        description:
          "One page of skills, best matches first, and how many each category holds for this search",
        schema: z.object({
          items: z.array(catalogSkill),
          total: z.number().int(),
          limit: z.number().int(),
          offset: z.number().int(),
          categories: z.array(z.object({ category: z.string(), count: z.number().int() })),
        }),
      },
    },
    async handler(ctx, { query }) {
      return { body: await searchSkillCatalog(ctx.db, query) };
    },
  }),
  route({
    method: "get",
    path: "/api/skills/user/",
    tag: TAG,
    summary: "Your skills",
    responses: { 200: { description: "By name", schema: z.object({ items: z.array(userSkill) }) } },
    async handler(ctx, { caller }) {
      return { body: { items: (await profileService(ctx).get(caller.userId)).skills } };
    },
  }),
  route({
    method: "post",
    path: "/api/skills/user/",
    tag: TAG,
    summary: "Add a skill (or change its level if you have it)",
    body: skillInputSchema,
    responses: {
      201: { description: "Added", schema: userSkill },
      200: { description: "You had it: updated", schema: userSkill },
    },
    async handler(ctx, { caller, body }) {
      const r = await profileService(ctx).setSkill(caller.userId, body);
      return { status: r.action === "added" ? 201 : 200, body: r.skill };
    },
  }),
  route({
    method: "patch",
    path: "/api/skills/user/{id}/",
    tag: TAG,
    summary: "Change the level, years or validation of one of your skills",
    params: skillIdParams,
    body: skillChangeSchema,
    responses: { 200: { description: "The skill after the change", schema: userSkill } },
    async handler(ctx, { caller, params, body }) {
      return { body: (await profileService(ctx).updateSkill(caller.userId, params.id, body)).skill };
    },
  }),
  route({
    method: "delete",
    path: "/api/skills/user/{id}/",
    tag: TAG,
    summary: "Remove one of your skills",
    params: skillIdParams,
    responses: { 200: { description: "Removed", schema: okSchema } },
    async handler(ctx, { caller, params }) {
      await profileService(ctx).removeSkill(caller.userId, params.id);
      return { body: { ok: true } };
    },
  }),
];
