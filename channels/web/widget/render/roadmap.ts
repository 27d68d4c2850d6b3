/**
 * The roadmap as a week timeline. Ticking an item reports it to the agent as an action
 * carrying the roadmap and item ids (never a sentence to parse back), and every rendering of the same roadmap shows the newest done state, so
 * history and the latest reply agree. Long plans show the first weeks and fold the rest.
 */
import type { RoadmapPart } from "../../../../contract/conversation.ts";
import { h, link } from "../dom.ts";

/** Called with the ticked item; absent when the roadmap has no id to act on (read-only boxes). */
export type ItemDone = (item: { id: string; text: string }) => void;
type Week = RoadmapPart["weeks"][number];

const VISIBLE_WEEKS = 4;

export function roadmap(part: RoadmapPart, onDone: ItemDone | undefined): HTMLElement {
  const totalItems = part.weeks.reduce((n, w) => n + w.items.length, 0);
  const doneItems = part.weeks.reduce((n, w) => n + w.items.filter((i) => i.done).length, 0);
  // A long plan opens at the week the reply is about ("show week 2"), else at week 1.
  const long = part.weeks.length > VISIBLE_WEEKS + 2;
  const at = long ? part.weeks.findIndex((w) => w.week === part.focusWeek) : 0;
  const start = Math.max(0, Math.min(at, part.weeks.length - VISIBLE_WEEKS));
  const end = long ? start + VISIBLE_WEEKS : part.weeks.length;
  const before = part.weeks.slice(0, start);
  const rest = part.weeks.slice(end);
  return h(
    "section",
    { class: "card roadmap", "aria-label": part.title, "data-roadmap": part.roadmapId ?? "" },
    h("h3", {}, part.title),
    h("p", { class: "muted" }, `${part.weeks.length} weeks · ${doneItems} of ${totalItems} done`),
    before.length > 0
      ? h(
          "details",
          { class: "more-weeks" },
          h("summary", {}, `Show weeks ${before[0]!.week}–${before.at(-1)!.week}`),
          timeline(before, onDone),
        )
      : null,
    timeline(part.weeks.slice(start, end), onDone),
    rest.length > 0
      ? h(
          "details",
          { class: "more-weeks" },
          h("summary", {}, `Show ${rest.length} more weeks`),
          timeline(rest, onDone),
        )
      : null,
  );
}

function timeline(weeks: Week[], onDone: ItemDone | undefined): HTMLElement {
  return h(
    "ol",
    { class: "timeline" },
    ...weeks.map((week) =>
      h(
        "li",
        { class: "week" },
        h(
          "div",
          { class: "week-head" },
          h("strong", {}, `Week ${week.week}`),
          h("span", {}, ` ${week.title}`),
          h("span", { class: "muted" }, ` · ${week.hours} h`),
        ),
        h(
          "ul",
          { role: "list", class: "items" },
          ...week.items.map((item) => itemRow(week.week, item, onDone)),
        ),
        week.checkpoint ? h("p", { class: "checkpoint" }, `Checkpoint: ${week.checkpoint}`) : null,
      ),
    ),
  );
}

function itemRow(week: number, item: Week["items"][number], onDone: ItemDone | undefined) {
  const box = h("input", {
    type: "checkbox",
    "data-item": item.id,
    "aria-label": `Week ${week}: ${item.text}`,
    checked: item.done,
    disabled: item.done || !onDone,
  });
  box.addEventListener("change", () => {
    if (!box.checked || !onDone) return;
    box.disabled = true;
    onDone(item);
  });
  return h("li", { class: "item" }, h("label", {}, box, h("span", {}, link(item.url, item.text))));
}

/** Marks an item done in every rendering of one roadmap (item ids are stable across replies). */
export function markItemDone(root: ParentNode, roadmapId: string | undefined, itemId: string): void {
  const scope = roadmapId ? `[data-roadmap="${CSS.escape(roadmapId)}"] ` : "";
  for (const box of root.querySelectorAll<HTMLInputElement>(
    `${scope}input[data-item="${CSS.escape(itemId)}"]`,
  )) {
    box.checked = true;
    box.disabled = true;
  }
}

/** Brings earlier renderings of a roadmap up to date with a newer one. */
export function syncRoadmap(root: ParentNode, part: RoadmapPart): void {
  for (const week of part.weeks) {
    for (const item of week.items) if (item.done) markItemDone(root, part.roadmapId, item.id);
  }
}
