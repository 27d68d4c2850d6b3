/**
 * Found trying Slack as a nurse: a reply whose first words came as a text part ("What pay do
 * you expect? … I can score salary.") and whose next words streamed ("Good news: you're a
 * FIT …") showed "salary.Good news" — one paragraph glued to the next. Found again trying
 * Slack as a nurse moving to clinic management: the question stood ABOVE the words that
 * introduce the analysis ("What pay do you expect? …" then "Noted: Clinic Manager … Not there
 * yet: UNFIT …"). A tool's question closes the reply, on a paragraph of its own.
 */
import { expect, it } from "vitest";
import { RecordingAdapter } from "../../../test-support/channel-kit/recording-adapter.ts";
import { ReplyWriter } from "./writer.ts";

it("puts a tool's question after the streamed words, on a paragraph of its own", async () => {
  const adapter = new RecordingAdapter();
  const writer = new ReplyWriter(adapter, { platform: "recording", conversation: "c1" });
  await writer.write({ type: "part", part: { type: "text", text: "With your figure I can score salary." } });
  await writer.write({ type: "text_delta", text: "Good news: " });
  await writer.write({ type: "text_delta", text: "you're a FIT." });
  await writer.finish();
  const last = adapter.messages.at(-1)!.message.text;
  expect(last).toBe("Good news: you're a FIT.\n\nWith your figure I can score salary.");
});

it("shows a tool's question on its own when no words stream", async () => {
  const adapter = new RecordingAdapter();
  const writer = new ReplyWriter(adapter, { platform: "recording", conversation: "c1" });
  await writer.write({ type: "part", part: { type: "text", text: "Would you relocate for it?" } });
  await writer.finish();
  expect(adapter.messages.at(-1)!.message.text).toBe("Would you relocate for it?");
});

// An analysis with more than ten gaps yields "Show more" under its gap list and then the
// planner's next steps: platforms kept only the last set, so "Show more" was lost.
it("joins every quick-reply set of a turn into one row, in order, without repeats", async () => {
  const adapter = new RecordingAdapter();
  const writer = new ReplyWriter(adapter, { platform: "recording", conversation: "c1" });
  await writer.write({ type: "text_delta", text: "Not there yet." });
  await writer.write({
    type: "part",
    part: {
      type: "quickReplies",
      options: [{ id: "show_more", label: "Show more (4 left)", text: "show more" }],
    },
  });
  await writer.write({
    type: "part",
    part: {
      type: "quickReplies",
      options: [
        { label: "Why?", text: "why?" },
        { label: "More", text: "Show more" },
      ],
    },
  });
  await writer.finish();
  const buttons = adapter.seen("c1").flatMap((m) => m.buttons.map((b) => b.label));
  expect(buttons).toEqual(["Show more (4 left)", "Why?"]);
});
