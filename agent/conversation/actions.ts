/**
 * Button and menu presses (Inbound.action) become tool calls directly: the ids on the
 * button name exactly what to change, so no sentence is written for the planner to
 * parse back. The person's message in the history says what was pressed (a hosted model
 * reads it next turn); the tool runs with the ids, scoped to the person pressing, so an
 * id from someone else's card is refused like a missing one.
 */
import { AIMessage, type BaseMessage, HumanMessage } from "@langchain/core/messages";
import { z } from "zod";
import type { InboundAction } from "../../contract/conversation.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { ACTION_CALL_PREFIX } from "../graph/stale-button.ts";
import { applicationStatusSchema, type PlannedCall } from "../tools/schemas.ts";

const id = z.string().trim().min(1).max(200);

export const inboundActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("roadmap_item"), roadmapId: id, itemId: id, done: z.boolean() }),
  z.object({ type: z.literal("bookmark_question"), questionId: id }),
  z.object({ type: z.literal("application_status"), applicationId: id, status: applicationStatusSchema }),
  z.object({ type: z.literal("quick_reply"), replyId: id, text: z.string().trim().min(1).max(500) }),
]);

/** The action, validated; a malformed one is refused with a message for the person. */
export function validAction(action: unknown): InboundAction {
  const parsed = inboundActionSchema.safeParse(action);
  if (!parsed.success)
    throw new CareerCraftError(
      "validation",
      "That button is out of date or was not understood. Ask again and use the new buttons.",
    );
  return parsed.data;
}

/** The tool call a pressed button stands for; quick replies are sentences and go to the planner. */
export function actionCall(action: InboundAction): PlannedCall | undefined {
  switch (action.type) {
    case "roadmap_item":
      return {
        name: "record_progress",
        args: { roadmapId: action.roadmapId, itemId: action.itemId, done: action.done },
      };
    case "bookmark_question":
      return { name: "bookmark_question", args: { questionId: action.questionId } };
    case "application_status":
      return {
        name: "update_application_status",
        args: { application: action.applicationId, status: action.status },
      };
    case "quick_reply":
      return undefined;
  }
}

/** What the history records as the person's message for a button press. */
export function describeAction(action: InboundAction): string {
  switch (action.type) {
    case "roadmap_item":
      return `[Pressed: mark roadmap item ${action.itemId} as ${action.done ? "done" : "not done"}]`;
    case "bookmark_question":
      return `[Pressed: bookmark interview question ${action.questionId}]`;
    case "application_status":
      return `[Pressed: move application ${action.applicationId} to ${action.status}]`;
    case "quick_reply":
      return action.text;
  }
}

let counter = 0;

/**
 * The messages a button press adds to the thread: the person's press and the call it
 * stands for, so the graph starts at the tool node (see build.ts). Undefined for a quick
 * reply, which is an ordinary message with the chip's text.
 */
export function actionMessages(action: InboundAction): BaseMessage[] | undefined {
  const call = actionCall(action);
  if (!call) return undefined;
  return [
    new HumanMessage(describeAction(action)),
    new AIMessage({
      content: "",
      tool_calls: [
        { id: `${ACTION_CALL_PREFIX}${Date.now().toString(36)}_${(counter++).toString(36)}`, ...call },
      ],
    }),
  ];
}
