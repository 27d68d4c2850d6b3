/**
 * The kit's neutral card: what a reply part looks like on a chat platform, before it
 * becomes Block Kit, a Discord embed or an Adaptive Card. Each platform's format/cards.ts
 * maps these few elements one to one, so a new part type is drawn once, here.
 */
import type { InboundAction } from "../../../contract/conversation.ts";

export interface CardButton {
  label: string;
  /** What pressing it sends back (Inbound.action). */
  action: InboundAction;
  /** The action encoded for the platform's button id/value (actions.ts). */
  value: string;
  style?: "primary" | "danger";
}

export type CardElement =
  /** A paragraph of the agent's markdown-lite (**bold**, [links](url), "- " bullets). */
  | { kind: "text"; text: string }
  /** Label/value pairs shown side by side where the platform can. */
  | { kind: "fields"; fields: { label: string; value: string }[] }
  /** One line with an optional button beside it (a roadmap item, a question). */
  | { kind: "row"; text: string; button?: CardButton }
  /** A row of buttons (quick replies, reminder answers). */
  | { kind: "buttons"; buttons: CardButton[] }
  /** Small print under the content. */
  | { kind: "note"; text: string }
  | { kind: "divider" };

export interface Card {
  /** Plain words standing in for the card in notifications, screen readers and old clients. */
  fallback: string;
  title?: string;
  subtitle?: string;
  tone?: "good" | "bad" | "neutral";
  elements: CardElement[];
}

/** Buttons a card carries, wherever they sit. */
export function cardButtons(card: Card): CardButton[] {
  return card.elements.flatMap((e) =>
    e.kind === "buttons" ? e.buttons : e.kind === "row" && e.button ? [e.button] : [],
  );
}
