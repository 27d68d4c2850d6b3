/**
 * The FIT/UNFIT verdict with its confidence and the 11 scores as labelled bars. Each
 * row opens (click or Enter) to show why the score is what it is; a score with too
 * little data says so instead of drawing a bar.
 */
import type { ScoreCardPart } from "../../../../contract/conversation.ts";
import { h } from "../dom.ts";

export function scoreCard(part: ScoreCardPart): HTMLElement {
  const verdictClass = part.verdict === "FIT" ? "fit" : "unfit";
  const confidence = Math.round(clamp01(part.confidence) * 100);
  return h(
    "section",
    { class: "card score-card", "aria-label": `Fit analysis${part.jobTitle ? ` for ${part.jobTitle}` : ""}` },
    h(
      "header",
      { class: "score-head" },
      h("span", { class: `badge ${verdictClass}`, role: "status" }, part.verdict),
      h(
        "div",
        { class: "score-title" },
        h("strong", {}, part.jobTitle ?? "Your fit"),
        h("span", { class: "muted" }, `Confidence ${confidence}%`),
      ),
    ),
    h("ul", { class: "scores", role: "list" }, ...part.scores.map(scoreRow)),
  );
}

function scoreRow(score: ScoreCardPart["scores"][number]): HTMLElement {
  const known = typeof score.value === "number";
  const value = known ? Math.round(Math.max(0, Math.min(100, score.value as number))) : 0;
  const tone = !known ? "none" : value >= 70 ? "good" : value >= 45 ? "mid" : "low";
  return h(
    "li",
    { class: "score", "data-key": score.key },
    h(
      "details",
      {},
      h(
        "summary",
        {},
        h("span", { class: "score-label" }, score.label),
        h(
          "span",
          {
            class: `bar ${tone}`,
            role: "meter",
            "aria-label": score.label,
            "aria-valuemin": 0,
            "aria-valuemax": 100,
            "aria-valuenow": known ? value : undefined,
            "aria-valuetext": known ? `${value} out of 100` : "not enough data",
          },
          fill(value),
        ),
        h("span", { class: "score-value" }, known ? String(value) : "n/a"),
      ),
      h("p", { class: "explain" }, score.explanation || "No explanation available."),
    ),
  );
}

/** Width set through the CSSOM, which a host page's strict CSP (no inline style attributes) allows. */
function fill(percent: number): HTMLElement {
  const el = h("span", { class: "fill" });
  el.style.width = `${percent}%`;
  return el;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0);
