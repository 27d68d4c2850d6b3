/**
 * Found trying Discord as an accountant: a roadmap's embed showed four weeks, then all four
 * weeks' "Checkpoint: …" lines together in the footer, under week 4 and apart from their own
 * weeks. A note now stays where it stands: a week's checkpoint under that week.
 */
import { expect, it } from "vitest";
import type { RoadmapPart } from "../../../contract/conversation.ts";
import { roadmapCard } from "../../core/cards/from-parts.ts";
import { DISCORD_PLATFORM_LIMITS } from "../adapter.ts";
import { messageBody } from "./message.ts";

const week = (n: number) => ({
  week: n,
  title: `Budgeting models, part ${n}`,
  hours: 5,
  items: [{ id: `i${n}`, text: `Build forecast model ${n}`, done: false }],
  checkpoint: `Checkpoint ${n} reviewed with a colleague`,
});

it("puts each week's checkpoint under that week, not in the footer", () => {
  const part: RoadmapPart = {
    type: "roadmap",
    roadmapId: "r1",
    title: "Roadmap",
    weeks: [1, 2, 3].map(week),
  };
  const card = roadmapCard(part, DISCORD_PLATFORM_LIMITS);
  const [embed] = messageBody({ text: card.fallback ?? "", cards: [card] }).embeds;
  const description = embed!.description ?? "";
  for (const n of [1, 2, 3]) {
    const at = description.indexOf(`Checkpoint ${n} reviewed`);
    expect(at, `week ${n}'s checkpoint is in the description`).toBeGreaterThan(
      description.indexOf(`**Week ${n}**`),
    );
    if (n < 3) expect(at).toBeLessThan(description.indexOf(`**Week ${n + 1}**`));
  }
  expect(embed!.footer?.text ?? "").not.toMatch(/Checkpoint/);
});

it("keeps the closing note (weeks not shown) after the last week shown", () => {
  const part: RoadmapPart = {
    type: "roadmap",
    roadmapId: "r1",
    title: "Roadmap",
    weeks: [1, 2, 3, 4, 5, 6, 7, 8].map(week),
  };
  const card = roadmapCard(part, DISCORD_PLATFORM_LIMITS);
  const [embed] = messageBody({ text: card.fallback ?? "", cards: [card] }).embeds;
  const description = embed!.description ?? "";
  expect(description.indexOf("Weeks 5–8")).toBeGreaterThan(description.indexOf("Checkpoint 4 reviewed"));
});
