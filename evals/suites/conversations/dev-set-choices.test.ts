/**
 * Issue 12 asks how often the choices of a question back hold the reading meant: the dev
 * suite keeps the message each offered choice sends, so its report can list them.
 */
import { expect, it } from "vitest";
import type { ReplyEvent } from "../../../contract/conversation.ts";
import { readTurn } from "./dev-set.ts";
import { observe } from "./run-script.ts";

it("a question back records the messages its choices send", () => {
  const events: ReplyEvent[] = [
    { type: "text_delta", text: "I'm not sure which you mean — did you want one of these?" },
    {
      type: "part",
      part: {
        type: "quickReplies",
        options: [
          { label: "Target nurse", text: "I want to move into nurse" },
          { label: "Am I a fit for nurse?", text: "am I a fit for nurse?" },
        ],
      },
    },
  ] as ReplyEvent[];
  const reading = readTurn(observe(events), events);
  expect(reading.askedBack).toBe(true);
  expect(reading.choices).toBe(2);
  expect(reading.options).toEqual(["I want to move into nurse", "am I a fit for nurse?"]);
});
