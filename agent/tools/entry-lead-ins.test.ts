/**
 * Found trying the product (issue 12, blind3 writer's trial): "hmm you missed that I'm also
 * certified in Google Analytics (GAIQ, 2015)" was saved as a certification named by the whole
 * sentence. What is said to the agent before the entry is not part of it. Written for this test.
 */
import { expect, it } from "vitest";
import { asResumeLine } from "./profile-entry-tool.ts";

it.each([
  [
    "hmm you missed that I'm also certified in Google Analytics (GAIQ, 2015)",
    "Google Analytics (GAIQ, 2015)",
  ],
  ["btw I forgot to mention I'm certified in Six Sigma Green Belt", "Six Sigma Green Belt"],
  ["oh and you left out that I'm a certified scrum master since 2019", "certified scrum master, 2019"],
  ["fyi, I hold a CDL Class A licence", "CDL Class A licence"],
])("'%s' is the resume line '%s'", (said, line) => {
  expect(asResumeLine(said)).toBe(line);
});
