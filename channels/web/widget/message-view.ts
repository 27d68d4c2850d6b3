/**
 * One assistant reply in the log: text streams into a bubble as deltas arrive, reply
 * parts become cards in the order they come. Also used to replay history on reload.
 */
import type { InboundAction, ReplyPart } from "../../../contract/conversation.ts";
import { h } from "./dom.ts";
import { gapList } from "./render/gap-list.ts";
import { richText } from "./render/rich-text.ts";
import { roadmap, syncRoadmap } from "./render/roadmap.ts";
import { scoreCard } from "./render/score-card.ts";
import { chart, file, list, quickReplies } from "./render/simple-parts.ts";

export interface PartActions {
  /** A button press: the action (ids) goes to the agent, `label` is what the log shows. */
  act(action: InboundAction, label: string): void;
  prefill(text: string): void;
  /** Ticks the item in every rendering of the roadmap, then acts. */
  itemDone(roadmapId: string, item: { id: string; text: string }): void;
}

export function renderPart(part: ReplyPart, actions: PartActions): HTMLElement {
  switch (part.type) {
    case "text":
      return h("div", { class: "msg bot" }, richText(part.text));
    case "scoreCard":
      return scoreCard(part);
    case "gapList":
      return gapList(part);
    case "roadmap":
      return roadmap(part, part.roadmapId ? (item) => actions.itemDone(part.roadmapId!, item) : undefined);
    case "list":
      return list(part, actions.act);
    case "chart":
      return chart(part);
    case "file":
      return file(part);
    case "quickReplies":
      return quickReplies(part, actions.act, actions.prefill);
  }
}

export class AssistantMessage {
  private bubble: HTMLElement | undefined;
  private text = "";
  private frame = 0;

  constructor(
    private readonly log: HTMLElement,
    private readonly actions: PartActions,
    private readonly onGrow: () => void,
  ) {}

  appendText(delta: string): void {
    if (!this.bubble) {
      this.bubble = h("div", { class: "msg bot typing" });
      this.log.appendChild(this.bubble);
      this.text = "";
    }
    this.text += delta;
    // Re-render at most once a frame: deltas can arrive faster than the screen refreshes.
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.flush();
      });
    }
  }

  addPart(part: ReplyPart): void {
    this.endBubble();
    const el = renderPart(part, this.actions);
    if (part.type === "roadmap") syncRoadmap(this.log, part);
    this.log.appendChild(
      part.type === "text" || part.type === "quickReplies" ? el : h("div", { class: "bot parts" }, el),
    );
    this.onGrow();
  }

  error(message: string): void {
    this.endBubble();
    this.log.appendChild(h("div", { class: "msg bot error", role: "alert" }, message));
    this.onGrow();
  }

  note(message: string): void {
    this.endBubble();
    this.log.appendChild(h("div", { class: "muted note" }, message));
    this.onGrow();
  }

  finish(): void {
    this.endBubble();
  }

  private flush(): void {
    if (!this.bubble) return;
    this.bubble.replaceChildren(richText(this.text));
    this.onGrow();
  }

  private endBubble(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.flush();
    this.bubble?.classList.remove("typing");
    this.bubble = undefined;
  }
}
