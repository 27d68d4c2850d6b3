/**
 * Found trying Slack as a nurse: a reply whose first words came as a text part ("What pay do
 * you expect? … I can score salary.") and whose next words streamed ("Good news: you're a
 * FIT …") showed "salary.Good news" — one paragraph glued to the next.
 */
import { expect, it } from "vitest";
import { RecordingAdapter } from "../../../test-support/channel-kit/recording-adapter.ts";
import { ReplyWriter } from "./writer.ts";

it("starts streamed words after a text part on a paragraph of their own", async () => {
  const adapter = new RecordingAdapter();
  const writer = new ReplyWriter(adapter, { platform: "recording", conversation: "c1" });
  await writer.write({ type: "part", part: { type: "text", text: "With your figure I can score salary." } });
  await writer.write({ type: "text_delta", text: "Good news: " });
  await writer.write({ type: "text_delta", text: "you're a FIT." });
  await writer.finish();
  const texts = adapter.messages.map((m) => m.message.text).join("\n");
  expect(texts).toContain("I can score salary.\n\nGood news: you're a FIT.");
});
