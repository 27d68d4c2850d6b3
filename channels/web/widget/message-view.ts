/**
 * One assistant reply in the log: text streams into a bubble as deltas arrive, reply
 * parts become cards in the order they come. The reply's words stay in one bubble above
 * its cards, even when they arrive after them (the offline planner writes its words after
 * its tools have run): the words introduce the cards, and a reload shows them that way too.
 * Also used to replay history on reload.
 */
import type { InboundAction, QuickRepliesPart, ReplyPart } from "../../../contract/conversation.ts";
import { joinQuickReplies } from "../../../contract/quick-replies.ts";
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
  /** The reply's first card: words that come later go above it. */
  private firstPart: Element | undefined;
  /** The reply's quick replies so far, and the one row that shows them. */
  private quickReplies: QuickRepliesPart | undefined;
  private chips: HTMLElement | undefined;

  constructor(
    private readonly log: HTMLElement,
    private readonly actions: PartActions,
    private readonly onGrow: () => void,
  ) {}

  appendText(delta: string): void {
    if (!this.bubble) {
      this.bubble = h("div", { class: "msg bot typing" });
      if (this.firstPart?.parentElement === this.log) this.log.insertBefore(this.bubble, this.firstPart);
      else this.log.appendChild(this.bubble);
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
    // Words already shown are finished; the bubble stays open for words that come after the
    // cards (they join it, above the cards).
    this.flushNow();
    if (part.type === "quickReplies") {
      // One row of chips per reply: a later set joins the earlier one (contract/quick-replies.ts).
      this.quickReplies = joinQuickReplies(this.quickReplies, part);
      const row = renderPart(this.quickReplies, this.actions);
      if (this.chips?.parentElement === this.log) this.log.replaceChild(row, this.chips);
      else this.log.appendChild(row);
      this.chips = row;
      this.onGrow();
      return;
    }
    const el = renderPart(part, this.actions);
    if (part.type === "roadmap") syncRoadmap(this.log, part);
    const shown = part.type === "text" ? el : h("div", { class: "bot parts" }, el);
    // The chips stay the reply's last row when a card comes after them.
    if (this.chips?.parentElement === this.log) this.log.insertBefore(shown, this.chips);
    else this.log.appendChild(shown);
    if (!this.firstPart) this.firstPart = shown;
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

  private flushNow(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.flush();
  }

  private endBubble(): void {
    this.flushNow();
    this.bubble?.classList.remove("typing");
    this.bubble = undefined;
  }
}
