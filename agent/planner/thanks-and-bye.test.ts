/** trial13 §15: thanks said with a goodbye was answered "What next?". Messages written for this test. */
import { describe, expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const kinds = async (text: string) =>
  (
    await understand(text, {
      focus: { hasProfile: true },
      attachments: [],
      available: new Set(TOOL_NAMES),
      tracked: [],
      ownSkills: [],
    })
  ).says.map((s) => s.kind);

describe("thanks with a goodbye", () => {
  it.each(["cheers, bye for now", "thanks a lot, see ya"])("'%s' is a goodbye", async (text) => {
    expect(await kinds(text)).toContain("goodbye");
  });

  it("thanks alone stays thanks", async () => {
    expect(await kinds("thank you, that helped")).toContain("thanks");
  });
});
