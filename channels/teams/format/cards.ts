/**
 * The kit's neutral cards as Adaptive Cards 1.5, the version Teams renders on desktop,
 * web and mobile: the title as a large TextBlock, fields as a FactSet, a roadmap row as a
 * ColumnSet with its Done/Undo button beside the line, a row of buttons as an ActionSet,
 * small print in a subtle TextBlock. A button is an Action.Submit whose data carries the
 * kit's encoded action and whose message it is (`owner`): Teams sends that data back as
 * the activity's `value` when it is pressed. Card text is Adaptive Card markdown (bold,
 * italic, links, lists), which never renders HTML, so it goes in as the agent wrote it.
 */
import type { Card, CardButton, CardElement } from "../../core/cards/card.ts";

export const ADAPTIVE_CARD_VERSION = "1.5";
export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

/** What an Action.Submit sends back. */
export interface SubmitData {
  cc: string;
  /** The Teams user id the card was drawn for. */
  owner?: string;
}

type Json = Record<string, unknown>;

const TONE_COLOUR = { good: "Good", bad: "Attention", neutral: "Default" } as const;

function submit(button: CardButton, owner: string | undefined): Json {
  const data: SubmitData = { cc: button.value, ...(owner ? { owner } : {}) };
  return {
    type: "Action.Submit",
    title: button.label,
    data,
    ...(button.style === "primary"
      ? { style: "positive" }
      : button.style === "danger"
        ? { style: "destructive" }
        : {}),
  };
}

function element(e: CardElement, owner: string | undefined): Json[] {
  switch (e.kind) {
    case "text":
      return [{ type: "TextBlock", text: e.text, wrap: true }];
    case "fields":
      return [{ type: "FactSet", facts: e.fields.map((f) => ({ title: f.label, value: f.value })) }];
    case "row":
      if (!e.button) return [{ type: "TextBlock", text: e.text, wrap: true, spacing: "Small" }];
      return [
        {
          type: "ColumnSet",
          spacing: "Small",
          columns: [
            {
              type: "Column",
              width: "stretch",
              verticalContentAlignment: "Center",
              items: [{ type: "TextBlock", text: e.text, wrap: true }],
            },
            {
              type: "Column",
              width: "auto",
              verticalContentAlignment: "Center",
              items: [{ type: "ActionSet", actions: [submit(e.button, owner)] }],
            },
          ],
        },
      ];
    case "buttons":
      return [{ type: "ActionSet", actions: e.buttons.map((b) => submit(b, owner)) }];
    case "note":
      return [{ type: "TextBlock", text: e.text, wrap: true, isSubtle: true, size: "Small" }];
    case "divider":
      return [{ type: "TextBlock", text: " ", separator: true, spacing: "Medium", size: "Small" }];
  }
}

/** One neutral card as an Adaptive Card; `owner` is who may press its buttons. */
export function adaptiveCard(card: Card, owner?: string): Json {
  const body: Json[] = [];
  if (card.title)
    body.push({
      type: "TextBlock",
      text: card.title,
      size: "Large",
      weight: "Bolder",
      wrap: true,
      ...(card.tone ? { color: TONE_COLOUR[card.tone] } : {}),
    });
  if (card.subtitle)
    body.push({ type: "TextBlock", text: card.subtitle, isSubtle: true, spacing: "None", wrap: true });
  for (const e of card.elements) body.push(...element(e, owner));
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: ADAPTIVE_CARD_VERSION,
    fallbackText: card.fallback,
    speak: card.fallback,
    // Teams draws cards at the chat's full width instead of a narrow bubble.
    msteams: { width: "Full" },
    body,
  };
}
