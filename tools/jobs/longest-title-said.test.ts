/**
 * Found by a colleague trying the chat (2026-12-05): "I want to become a product marketing
 * manager at a SaaS company" set the target "Marketing Manager" — a word of the title dropped,
 * a different job. Said without a lead-in, the whole message is the phrase, and the first of the
 * occupation's titles found inside it ("marketing manager") won over the longer one said.
 */
import { expect, it } from "vitest";
import { readJobTarget } from "./target.ts";

it.each([
  ["product marketing manager at a SaaS company", "Product Marketing Manager"],
  ["a product marketing manager at a saas company", "Product Marketing Manager"],
  ["senior product marketing manager at a fintech, remote", "Senior Product Marketing Manager"],
  ["pediatric nurse at a children's hospital", "Pediatric Nurse"],
])("%s keeps every word of the title said", async (said, title) => {
  const target = await readJobTarget(said, "role");
  expect(target.posting.title).toBe(title);
});
