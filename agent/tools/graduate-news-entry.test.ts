/**
 * Found trying the chat as a new graduate (trial12f): "i just graduated with a finance degree,
 * no resume yet" answered "I couldn't read that as an education": the sentence was handed to
 * the resume parser with "i just graduated with" and ", no resume yet" still on it. The
 * resume line keeps the degree only; the parser reads it as it reads a resume's line.
 */
import { expect, it } from "vitest";
import { parseResumeText } from "../../tools/resume/parse-text.ts";
import { asResumeLine } from "./profile-entry-tool.ts";

it.each([
  ["i just graduated with a finance degree, no resume yet", "finance degree"],
  ["i recently finished my marketing degree", "marketing degree"],
  ["I have a BSc in Statistics from Pune University, 2019", "BSc in Statistics from Pune University, 2019"],
])("'%s' is the resume line '%s', read as an education", async (said, line) => {
  expect(asResumeLine(said)).toBe(line);
  const parsed = await parseResumeText(`EDUCATION\n${line}`);
  expect(parsed.education[0]?.degree).toBeTruthy();
});
