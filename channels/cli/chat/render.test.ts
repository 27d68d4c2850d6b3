/**
 * Found trying the CLI as new users: after a resume the hint read 'Try: "Show my skills" ·
 * "I want to be a"', an unfinished sentence that looks like a bug. A quick reply whose
 * text ends in a space is one to complete (the widget puts it in the input box); the
 * terminal shows it with an ellipsis.
 */
import { expect, it } from "vitest";
import { PLAIN, renderPart } from "./render.ts";

it("shows a sentence to complete with an ellipsis, a whole one as it is", () => {
  const out = renderPart(
    {
      type: "quickReplies",
      options: [
        { label: "Show my skills", text: "Show my skills" },
        { label: "Set a target job", text: "I want to be a " },
      ],
    },
    PLAIN,
    { saveFile: () => "" },
  );
  expect(out).toBe('Try: "Show my skills" · "I want to be a …"');
});
