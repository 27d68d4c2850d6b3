/**
 * Found trying the widget as a teacher who pasted her resume: the reply said "Got it — I
 * read pasted-resume.txt", a file she never had. A pasted resume is "the resume you pasted".
 */
import { expect, it } from "vitest";
import { toolReply } from "./replies-tools.ts";

const result = {
  filename: "pasted-resume.txt",
  name: "Daniel Okafor",
  experience: 2,
  education: 2,
  skills: 9,
};

it("calls a pasted resume 'the resume you pasted', a file by its name", () => {
  for (const seed of ["a", "b", "c"]) {
    const pasted = toolReply("read_resume", { ...result, pasted: true }, {}, seed);
    expect(pasted).toMatch(/the resume you pasted \(Daniel Okafor\)/);
    expect(pasted).not.toMatch(/pasted-resume\.txt/);
  }
  expect(toolReply("read_resume", { ...result, filename: "cv.pdf" }, {}, "a")).toMatch(
    /cv\.pdf \(Daniel Okafor\)/,
  );
});
