/**
 * The App Home tab: when a person opens it (`app_home_opened`), their profile summary is
 * published with views.publish — who they are, experience and education, their
 * strongest skills, where they want to work, and how far along their roadmap is. Someone
 * who never talked to CareerCraft gets the first steps instead; opening the tab creates
 * nothing. The view is drawn as a kit Card and rendered by the same Block Kit renderer as
 * messages, within a view's 100-block limit.
 */
import type { Queryable } from "../../data/db/types.ts";
import { createProfileRepository, type StoredProfile } from "../../data/repositories/profile.ts";
import { createUsersRepository } from "../../data/repositories/users.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { createProfileService } from "../../tools/profile/service.ts";
import { createRoadmapService, type RoadmapView } from "../../tools/roadmap/service.ts";
import type { Card, CardElement } from "../core/cards/card.ts";
import { BLOCK_LIMITS, type Block, cardsToBlocks } from "./format/cards.ts";

const TOP_SKILLS = 12;
const PROFICIENCY_RANK = { expert: 0, advanced: 1, intermediate: 2, beginner: 3 } as const;

const FIRST_STEPS =
  "Send me your resume (PDF or Word) in the **Messages** tab, tell me the job you want, " +
  "and I'll score your fit, list the gaps and plan a roadmap. Your profile shows up here.";

function profileElements(profile: StoredProfile): CardElement[] {
  const elements: CardElement[] = [];
  const who = [profile.contact.name, profile.headline].filter(Boolean).join(" — ");
  if (who) elements.push({ kind: "text", text: `**${who}**` });
  if (profile.summary) elements.push({ kind: "text", text: profile.summary });
  const latestJob = profile.experience[0];
  const degree = profile.education[0];
  const prefs = profile.preferences;
  const where = [
    prefs.desiredLocation,
    prefs.remote && prefs.remote !== "any" ? prefs.remote.replace(/_/g, " ") : undefined,
  ]
    .filter(Boolean)
    .join(", ");
  const fields = [
    {
      label: "Experience",
      value: `${profile.totalYearsExperience} years, ${profile.experience.length} roles`,
    },
    ...(latestJob
      ? [{ label: "Latest role", value: [latestJob.title, latestJob.company].filter(Boolean).join(" at ") }]
      : []),
    ...(degree
      ? [{ label: "Education", value: [degree.degree, degree.institution].filter(Boolean).join(", ") }]
      : []),
    { label: "Skills", value: String(profile.skills.length) },
    ...(where ? [{ label: "Wants to work", value: where }] : []),
  ].filter((f) => f.value);
  elements.push({ kind: "fields", fields });
  const top = [...profile.skills]
    .sort(
      (a, b) =>
        PROFICIENCY_RANK[a.proficiency] - PROFICIENCY_RANK[b.proficiency] || a.name.localeCompare(b.name),
    )
    .slice(0, TOP_SKILLS);
  if (top.length)
    elements.push({
      kind: "text",
      text: `**Strongest skills:** ${top.map((s) => `${s.name} (${s.proficiency})`).join(", ")}`,
    });
  return elements;
}

function roadmapElements(view: RoadmapView): CardElement[] {
  const { done, total, currentWeek } = view.progress;
  return [
    { kind: "divider" },
    { kind: "text", text: `**${view.roadmap.title}** — ${done} of ${total} items done` },
    ...(currentWeek
      ? [{ kind: "note" as const, text: `Now: week ${currentWeek.week}, ${currentWeek.title}` }]
      : []),
  ];
}

/** The Home tab's blocks for a Slack person (`team:user`). */
export async function homeBlocks(db: Queryable, externalId: string): Promise<Block[]> {
  const userId = await createUsersRepository(db).userIdOf("slack", externalId);
  const card: Card = {
    fallback: "Your CareerCraft profile",
    title: "Your CareerCraft profile",
    elements: [],
  };
  if (!userId) {
    card.elements.push({ kind: "text", text: FIRST_STEPS });
    return cardsToBlocks([card], undefined, BLOCK_LIMITS.blocksPerView);
  }
  const [profile, roadmap] = await Promise.all([
    createProfileService(createProfileRepository(db), getTaxonomy()).get(userId),
    createRoadmapService(db).get(userId),
  ]);
  const empty = !profile.contact.name && profile.skills.length === 0 && profile.experience.length === 0;
  card.elements.push(...(empty ? [{ kind: "text" as const, text: FIRST_STEPS }] : profileElements(profile)));
  if (roadmap) card.elements.push(...roadmapElements(roadmap));
  card.elements.push({
    kind: "note",
    text: "Change anything by telling me in the Messages tab, e.g. “add Docker as advanced”.",
  });
  return cardsToBlocks([card], undefined, BLOCK_LIMITS.blocksPerView);
}
