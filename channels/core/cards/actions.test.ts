import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { InboundAction } from "../../../contract/conversation.ts";
import { decodeAction, encodeAction } from "./actions.ts";

const actions: InboundAction[] = [
  {
    type: "roadmap_item",
    roadmapId: "0b7e9c1e-3f7a-4c55-9d7e-1a2b3c4d5e6f",
    itemId: "apache-kafka@data-engineer",
    done: true,
  },
  { type: "bookmark_question", questionId: "de-sql-window-functions" },
  {
    type: "application_status",
    applicationId: "5f0c1a2b-0000-4000-8000-00000000abcd",
    status: "phone_screen",
  },
  { type: "quick_reply", replyId: "why", text: "Why?" },
];

describe("button actions as strings", () => {
  it("round-trips every action type and fits Discord's 100-character custom_id", () => {
    for (const action of actions) {
      const encoded = encodeAction(action);
      expect(encoded.length).toBeLessThanOrEqual(100);
      expect(decodeAction(encoded)).toEqual(action);
    }
  });

  it("round-trips ids with any characters, including the separator", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.boolean(), (r, i, done) => {
        const action: InboundAction = { type: "roadmap_item", roadmapId: r, itemId: i, done };
        expect(decodeAction(encodeAction(action))).toEqual(action);
      }),
    );
  });

  it("rejects strings that are not ours or are malformed", () => {
    for (const bad of [
      "",
      "hello",
      "cc1|",
      "cc1|r|x|2|y",
      "cc1|q|",
      "cc1|z|1",
      "cc1|a|short|applied",
      42,
      null,
    ])
      expect(decodeAction(bad)).toBeUndefined();
  });
});
