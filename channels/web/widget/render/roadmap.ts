/**
 * The roadmap as a week timeline. Ticking an item reports it to the agent (the same
 * as typing "done with week 2: ..."), and every rendering of the same roadmap updates,
 * so history and the newest reply agree.
 */
import type { RoadmapPart } from "../../../../agent/conversation/types.ts";
import { h, link } from "../dom.ts";

export type ItemDone = (week: number, itemText: string) => void;

export function roadmap(part: RoadmapPart, onDone: ItemDone): HTMLElement {
  const totalItems = part.weeks.reduce((n, w) => n + w.items.length, 0);
  const doneItems = part.weeks.reduce((n, w) => n + w.items.filter((i) => i.done).length, 0);
  return h(
    "section",
    { class: "card roadmap", "aria-label": part.title, "data-roadmap": part.roadmapId ?? "" },
    h("h3", {}, part.title),
    h("p", { class: "muted" }, `${part.weeks.length} weeks · ${doneItems} of ${totalItems} done`),
    h(
      "ol",
      { class: "timeline" },
      ...part.weeks.map((week) =>
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
    ),
  );
}

function itemRow(week: number, item: RoadmapPart["weeks"][number]["items"][number], onDone: ItemDone) {
  const box = h("input", {
    type: "checkbox",
    "data-item": item.id,
    "aria-label": `Week ${week}: ${item.text}`,
    checked: item.done,
    disabled: item.done,
  });
  box.addEventListener("change", () => {
    if (!box.checked) return;
    box.disabled = true;
    onDone(week, item.text);
  });
  return h("li", { class: "item" }, h("label", {}, box, h("span", {}, link(item.url, item.text))));
}

/** Marks an item done in every rendering of the roadmap (its id is stable across replies). */
export function markItemDone(root: ParentNode, itemId: string): void {
  root.querySelectorAll<HTMLInputElement>(`input[data-item="${CSS.escape(itemId)}"]`).forEach((box) => {
    box.checked = true;
    box.disabled = true;
  });
}
