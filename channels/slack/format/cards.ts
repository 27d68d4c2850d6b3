/**
 * The kit's neutral cards as Block Kit, within Slack's documented limits: 50 blocks per
 * message, 3000 characters per section text, 10 fields of 2000, header 150 plain
 * characters, 25 elements per actions block, button text 75, value 2000, action_id 255
 * and unique within a message. A card that would need more blocks is cut with a note.
 */
import type { Card, CardButton, CardElement } from "../../core/cards/card.ts";
import { toMrkdwn, toPlain } from "./text.ts";

export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  /** A Home tab (or modal) view holds up to 100 blocks. */
  blocksPerView: 100,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
} as const;

// Block Kit is JSON; these are the shapes this file writes.
export type Block = Record<string, unknown> & { type: string };

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

function button(b: CardButton, actionId: string): Record<string, unknown> {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: clip(toPlain(b.label), BLOCK_LIMITS.buttonText), emoji: true },
    value: b.value,
    ...(b.style ? { style: b.style } : {}),
  };
}

function mrkdwn(text: string, max: number = BLOCK_LIMITS.sectionText) {
  return { type: "mrkdwn", text: clip(toMrkdwn(text), max) };
}

/** Groups of at most `size`, for elements Slack caps per block. */
function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function elementBlocks(element: CardElement, nextActionId: () => string): Block[] {
  switch (element.kind) {
    case "text":
      return [{ type: "section", text: mrkdwn(element.text) }];
    case "fields":
      return chunks(element.fields, BLOCK_LIMITS.fieldsPerSection).map((fields) => ({
        type: "section",
        fields: fields.map((f) => mrkdwn(`**${f.label}**\n${f.value}`, BLOCK_LIMITS.fieldText)),
      }));
    case "row":
      return [
        {
          type: "section",
          text: mrkdwn(element.text),
          ...(element.button ? { accessory: button(element.button, nextActionId()) } : {}),
        },
      ];
    case "buttons":
      return chunks(element.buttons, BLOCK_LIMITS.actionsElements).map((buttons) => ({
        type: "actions",
        elements: buttons.map((b) => button(b, nextActionId())),
      }));
    case "note":
      return [{ type: "context", elements: [mrkdwn(element.text)] }];
    case "divider":
      return [{ type: "divider" }];
  }
}

/**
 * Blocks for the cards of one message (after an optional lead text section); a view (the
 * Home tab) passes its own larger block limit.
 */
export function cardsToBlocks(
  cards: Card[],
  leadText?: string,
  maxBlocks: number = BLOCK_LIMITS.blocksPerMessage,
): Block[] {
  let actions = 0;
  const nextActionId = () => `cc-${actions++}`;
  const blocks: Block[] = [];
  if (leadText?.trim()) blocks.push({ type: "section", text: mrkdwn(leadText) });
  for (const card of cards) {
    if (card.title)
      blocks.push({
        type: "header",
        text: { type: "plain_text", text: clip(toPlain(card.title), BLOCK_LIMITS.headerText), emoji: true },
      });
    if (card.subtitle) blocks.push({ type: "context", elements: [mrkdwn(card.subtitle)] });
    for (const element of card.elements) blocks.push(...elementBlocks(element, nextActionId));
  }
  if (blocks.length <= maxBlocks) return blocks;
  const kept = blocks.slice(0, maxBlocks - 1);
  kept.push({
    type: "context",
    elements: [mrkdwn("There is more than one Slack message can show: ask for the rest in smaller parts.")],
  });
  return kept;
}
