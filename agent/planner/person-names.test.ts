/**
 * The person's tracked companies are read only for a message that could name an application
 * (issue 12, speed): every offline turn listed them before, "show my skills" included. The
 * messages that need them still get them, so "google said no" still moves Google.
 */
import { expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { withPersonNames } from "./person-names.ts";
import { understand } from "./understand.ts";

const TRACKED = ["Google", "Zomato", "Goldman Sachs"];

/** The plan for a message, and how many times each of the person's lists was read. */
async function planned(text: string, focus = { hasProfile: true } as Record<string, unknown>) {
  const reads = { tracked: 0, skills: 0 };
  const context = await withPersonNames(
    text,
    { focus, attachments: [], available: new Set(TOOL_NAMES) },
    {
      trackedCompanies: async () => {
        reads.tracked++;
        return TRACKED;
      },
      skills: async () => {
        reads.skills++;
        return ["Python", "Swift"];
      },
    },
  );
  return { plan: await understand(text, context), reads };
}

it.each(["show my skills", "am I a fit?", "make me a roadmap", "give me an interview question"])(
  "%s reads neither list",
  async (text) => {
    expect((await planned(text)).reads).toEqual({ tracked: 0, skills: 0 });
  },
);

it.each([
  ["google said no", "update_application_status", "Google"],
  ["zomato wants to interview me", "update_application_status", "Zomato"],
  ["delete the goldman sachs app pls", "delete_application", "Goldman Sachs"],
])("%s reads the tracked companies and names the tracked one", async (text, tool, company) => {
  const { plan, reads } = await planned(text);
  expect(reads.tracked).toBe(1);
  expect(plan.calls[0]).toMatchObject({ name: tool, args: { application: company } });
});

it("a message that takes something away reads the profile's skills once", async () => {
  const { plan, reads } = await planned("take swift off the list");
  expect(reads.skills).toBe(1);
  expect(plan.calls).toEqual([{ name: "remove_skill", args: { skill: "Swift" } }]);
});

it("with applications in focus the tracked companies are read", async () => {
  const { reads } = await planned("thanks", { hasProfile: true, topic: "application" });
  expect(reads.tracked).toBe(1);
});
