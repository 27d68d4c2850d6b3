/**
 * Show the profile and skills; add, change and remove a skill. Skill names go through
 * the taxonomy so "k8s" and "Kubernetes" are one skill; a name the taxonomy does not
 * know is still kept (people have niche skills), marked as not recognised.
 */

import type { ListPart } from "../../contract/conversation.ts";
import { PROFICIENCY_ORDER, type Proficiency, type UserSkill } from "../../contract/profile.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { undoAdded } from "../graph/profile-undo.ts";
import { profileServiceFor } from "./career-deps.ts";
import { firstPage, PAGE_SIZES, withMoreReplies } from "./list-pages.ts";
import { defineTool, type ToolContext } from "./types.ts";

/** The skills card: `skills` are the ones shown (a page), `total` how many the profile has. */
export function skillsList(skills: UserSkill[], total = skills.length, title = "Your skills"): ListPart {
  return {
    type: "list",
    title: `${title} (${total})`,
    items: skills.map((s) => ({
      text: `${s.name} — ${s.proficiency}`,
      detail: [s.validated ? "validated by your experience" : "listed", s.years ? `${s.years} yr` : ""]
        .filter(Boolean)
        .join(", "),
    })),
  };
}

/**
 * The first page of the skills card with "Show more" under it, and the focus "more" and
 * "remove the last one" read: one page for the skills list and the profile view alike (a
 * resume with 60 skills filled the whole profile reply).
 */
function skillsPage(skills: UserSkill[], title?: string) {
  const shown = skills.slice(0, PAGE_SIZES.skills);
  return {
    shown,
    parts: shown.length
      ? withMoreReplies([skillsList(shown, skills.length, title)], shown.length, skills.length, "skills")
      : [],
    focus: {
      // In the order shown, for "remove the last one" right after.
      skillsListed: shown.length ? shown.map((s) => s.name) : null,
      page: firstPage({ kind: "skills", title: "Your skills", total: skills.length }, shown.length),
    },
  };
}

const summary = (s: UserSkill) => ({
  name: s.name,
  proficiency: s.proficiency,
  validated: s.validated,
  ...(s.years ? { years: s.years } : {}),
});

const profileService = (ctx: ToolContext) => profileServiceFor(ctx.db);

/** The taxonomy's name of a spoken language, or undefined when the skill is not one. */
function spokenLanguage(said: string): string | undefined {
  const known = getTaxonomy().lookup(said);
  return known?.category === "spoken_language" ? known.name : undefined;
}

/** Chat keeps skills the taxonomy does not know: people have niche skills. */
const upsert = (ctx: ToolContext, name: string, proficiency: Proficiency | undefined) =>
  profileService(ctx).setSkill(ctx.userId, { name, ...(proficiency ? { proficiency } : {}) }, "chat", {
    allowUnknown: true,
  });

/**
 * Strongest first: the level on the profile, then whether experience backs it, then its years —
 * what a person asking "what are my strongest skills?" means (the list is alphabetical otherwise).
 */
function strongestFirst(skills: UserSkill[]): UserSkill[] {
  const rank = (s: UserSkill) => PROFICIENCY_ORDER.indexOf(s.proficiency);
  return [...skills].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      Number(b.validated) - Number(a.validated) ||
      (b.years ?? 0) - (a.years ?? 0) ||
      a.name.localeCompare(b.name),
  );
}

export const showSkillsTool = defineTool({
  name: "show_skills",
  description:
    "List the skills in the person's profile with proficiency and whether experience validates them; strongest first when asked.",
  async run(args, ctx) {
    const listed = await createProfileRepository(ctx.db).listSkills(ctx.userId);
    const skills = args.strongest ? strongestFirst(listed) : listed;
    const first = skillsPage(skills, args.strongest ? "Your skills, strongest first" : undefined);
    return {
      result: {
        ...(args.strongest ? { strongest: true } : {}),
        count: skills.length,
        shown: first.shown.length,
        validated: skills.filter((s) => s.validated).length,
        skills: first.shown.map(summary),
      },
      parts: first.parts,
      focus: first.focus,
    };
  },
});

export const showProfileTool = defineTool({
  name: "show_profile",
  description:
    "Show the person's stored profile: contact, education, experience, projects, certifications, skills, spoken languages with their levels.",
  async run(_args, ctx) {
    const p = await createProfileRepository(ctx.db).load(ctx.userId);
    const items: ListPart["items"] = [
      ...p.education.map((e) => ({
        text:
          (e.degree && e.field && !e.degree.includes(e.field)
            ? `${e.degree} in ${e.field}`
            : (e.degree ?? e.field)) || "Education",
        detail: [e.institution, e.inProgress ? `in progress${e.end ? `, expected ${e.end}` : ""}` : e.end]
          .filter(Boolean)
          .join(", "),
      })),
      ...p.experience.map((e) => ({
        text: [e.title, e.company].filter(Boolean).join(" at ") || "Experience",
        detail: [e.start, e.current ? "present" : e.end].filter(Boolean).join(" – "),
      })),
      ...p.projects.map((x) => ({ text: `Project: ${x.name}`, detail: x.technologies.join(", ") })),
      ...p.certifications.map((x) => ({ text: `Certification: ${x.name}`, detail: x.issuer ?? "" })),
      ...p.languages.map((l) => ({ text: `Language: ${l}`, detail: p.languageLevels?.[l] ?? "" })),
    ];
    const empty = !p.contact.name && items.length === 0 && p.skills.length === 0;
    const skills = skillsPage(p.skills);
    return {
      result: {
        empty,
        name: p.contact.name ?? null,
        headline: p.headline ?? null,
        totalYearsExperience: p.totalYearsExperience,
        education: p.education.length,
        experience: p.experience.length,
        projects: p.projects.length,
        certifications: p.certifications.length,
        skills: p.skills.length,
        skillsShown: skills.shown.length,
        topSkills: p.skills.slice(0, 8).map((s) => s.name),
        languages: p.languages.map((l) => (p.languageLevels?.[l] ? `${l} (${p.languageLevels[l]})` : l)),
        // What they want from a job (pay, place, shifts …), said in the reply's last line.
        preferences: p.preferences,
      },
      parts: empty
        ? []
        : [
            { type: "list", title: p.contact.name ? `Profile of ${p.contact.name}` : "Your profile", items },
            ...skills.parts,
          ],
      focus: { hasProfile: !empty, ...(empty ? {} : skills.focus) },
    };
  },
});

export const addSkillTool = defineTool({
  name: "add_skill",
  description: "Add a skill to the person's profile, with the proficiency they state (beginner..expert).",
  async run(args, ctx) {
    // "I speak Spanish too, native": a language goes with the profile's languages and its level
    // as said, where the resume's are read from; a beginner..expert skill would not meet "B2".
    const language = spokenLanguage(args.skill);
    if (language) {
      const r = await profileService(ctx).setSpokenLanguage(ctx.userId, language, args.spokenLevel);
      return {
        result: {
          skill: r.language,
          proficiency: r.level ?? "",
          proficiencyStated: Boolean(r.level),
          alreadyHad: !r.added,
          recognised: true,
          spoken: { ...(r.level ? { level: r.level } : {}), added: r.added },
        },
        focus: { hasProfile: true },
      };
    }
    const r = await upsert(ctx, args.skill, args.proficiency);
    return {
      result: {
        skill: r.skill.name,
        proficiency: r.skill.proficiency,
        proficiencyStated: r.skill.proficiencyStated,
        alreadyHad: r.action === "updated",
        recognised: r.recognised,
        ...(r.certificate ? { certificate: r.certificate } : {}),
      },
      // "undo" right after: a skill new to the profile is removed again (profile-undo.ts).
      focus: {
        hasProfile: true,
        ...undoAdded(
          ctx.focus,
          r.action === "updated" ? undefined : { name: "remove_skill", args: { skill: r.skill.name } },
        ),
      },
    };
  },
});

export const updateSkillTool = defineTool({
  name: "update_skill",
  description: "Change the proficiency of a skill in the person's profile (adds it when missing).",
  async run(args, ctx) {
    const r = await upsert(ctx, args.skill, args.proficiency);
    return {
      result: {
        skill: r.skill.name,
        proficiency: r.skill.proficiency,
        previous: r.previous ?? null,
        added: r.action === "added",
      },
      // "undo" right after: the level it had back, or a skill it added removed (trial16 §6).
      focus: {
        hasProfile: true,
        ...undoAdded(
          ctx.focus,
          r.action === "added"
            ? { name: "remove_skill", args: { skill: r.skill.name } }
            : r.previous && r.previous !== r.skill.proficiency
              ? { name: "update_skill", args: { skill: r.skill.name, proficiency: r.previous } }
              : undefined,
        ),
      },
    };
  },
});

export const removeSkillTool = defineTool({
  name: "remove_skill",
  description: "Remove a skill from the person's profile.",
  async run(args, ctx) {
    try {
      const removed = await profileService(ctx).removeSkill(ctx.userId, args.skill);
      return { result: { skill: removed.name, removed: true } };
    } catch (error) {
      if (!(error instanceof CareerCraftError) || error.code !== "not_found") throw error;
      return {
        result: { skill: getTaxonomy().lookup(args.skill)?.name ?? args.skill.trim(), removed: false },
      };
    }
  },
});
