/** Gaps between the person and the job, most urgent first, coloured by severity. */
import type { GapListPart } from "../../../../contract/conversation.ts";
import { h } from "../dom.ts";

export function gapList(part: GapListPart): HTMLElement {
  const gaps = [...part.gaps].sort((a, b) => a.priority - b.priority);
  return h(
    "section",
    { class: "card gaps", "aria-label": "Skill gaps" },
    h("h3", {}, `Gaps to close (${gaps.length})`),
    gaps.length === 0
      ? h("p", { class: "muted" }, "No gaps found for this job.")
      : h(
          "ul",
          { role: "list" },
          ...gaps.map((gap) =>
            h(
              "li",
              { class: "gap", "data-severity": gap.severity },
              h("span", { class: `sev sev-${gap.severity}` }, gap.severity),
              h(
                "div",
                {},
                h("strong", {}, gap.skill),
                h("span", { class: "muted" }, ` · ${gap.kind}`),
                h("p", { class: "explain" }, gap.reason),
              ),
            ),
          ),
        ),
  );
}
