/**
 * Found trying the chat as a product designer: after logging a Spotify application, "they
 * want a portfolio review next tuesday" asked "What happened with Spotify: a phone screen, an
 * interview…?". The skills rounds of non-engineering work (a portfolio review, a case study,
 * a design challenge, a work sample, a skills test) move the application to that stage.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";

const plan = plannerWith({
  focus: { hasProfile: true, topic: "application", application: { company: "Spotify", status: "applied" } },
  tracked: ["Spotify", "Figma"],
});

it.each([
  "they want a portfolio review next tuesday",
  "they sent me a design challenge",
  "they want a work sample",
  "spotify wants a portfolio review",
])("%s is the skills round", async (text) => {
  const [call] = (await plan(text)).calls;
  expect(call).toMatchObject({ name: "update_application_status", args: { status: "technical_interview" } });
});
