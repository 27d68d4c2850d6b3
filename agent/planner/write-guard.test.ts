/**
 * Found in a new-user trial (issue 12): after logging HubSpot, "what shud i say in the phone
 * screen" moved the application to "phone screen". A question, a hypothetical or a plan
 * never writes: every tool that changes stored data asks back with quick replies instead,
 * and a statement that something happened (or a request, "can you add…") still writes.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES, type ToolName } from "../tools/schemas.ts";
import { understand } from "./understand.ts";
import { asksRatherThanTells, GUARDED, guardWrites } from "./write-guard.ts";

const AFTER_LOGGING: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "HubSpot", position: "SDR", status: "applied" },
  applications: ["HubSpot"],
  questionId: "q-1",
  questionText: "Tell me about a time you disagreed with a teammate.",
  roadmapId: "r-1",
};
const plan = plannerWith({ focus: AFTER_LOGGING });

const WRITES: ToolName[] = [...GUARDED];

it.each(WRITES)("a question planned as %s asks back with quick replies and writes nothing", (name) => {
  const planned = {
    calls: [{ name, args: { application: "HubSpot", status: "phone_screen", skill: "Docker" } }],
  };
  for (const text of [
    "what shud i say in the phone screen",
    "what if they reject me",
    "should i add docker?",
  ]) {
    const out = guardWrites(planned, text, [{ intent: "search_questions", score: 0.3 }]);
    expect(out.calls).toEqual([]);
    expect(out.say?.kind).toBe("clarify");
    expect(out.say?.choices?.length).toBeGreaterThanOrEqual(2);
  }
  // Said as news or as a request, the same plan goes ahead.
  for (const text of ["I had my phone screen with HubSpot", "can you add docker to my skills?"]) {
    expect(guardWrites(planned, text, []).calls).toHaveLength(1);
  }
});

it("the trial's question about a stage changes no application", async () => {
  const p = await plan("what shud i say in the phone screen");
  expect(p.calls.filter((c) => WRITES.includes(c.name))).toEqual([]);
  // If the stage did happen, one tap says so plainly, and that writes.
  const choices = p.says.find((s) => s.kind === "clarify")?.choices ?? [];
  const plain = choices.find((c) => /phone screen/.test(c.label) && /HubSpot/.test(c.label));
  if (plain) {
    expect((await plan(plain.text)).calls).toEqual([
      { name: "update_application_status", args: { application: "HubSpot", status: "phone_screen" } },
    ]);
  }
});

it.each([
  ["what should i expect in the onsite with HubSpot?", "update_application_status"],
  ["what if HubSpot rejects me?", "update_application_status"],
  ["should i apply to Notion for the PM role?", "add_application"],
  ["i'm thinking about applying to Notion", "add_application"],
  ["should i add docker to my skills?", "add_skill"],
  ["should i delete my HubSpot application?", "delete_application"],
  ["is 90000 EUR a realistic salary expectation?", "set_preferences"],
  ["should i bookmark this one?", "bookmark_question"],
  ["what if i finish week 1 early?", "record_progress"],
  ["should i stop the reminders for HubSpot?", "cancel_reminder"],
])("%s writes nothing (not %s)", async (text, write) => {
  const p = await plan(text);
  expect(p.calls.map((c) => c.name)).not.toContain(write);
});

it.each([
  ["I had my phone screen with HubSpot", "update_application_status"],
  ["HubSpot rejected me", "update_application_status"],
  ["moved to onsite with HubSpot", "update_application_status"],
  ["can you add docker to my skills?", "add_skill"],
  ["I applied to Notion yesterday for the PM role", "add_application"],
])("a statement or request still writes: %s", async (text, write) => {
  expect((await plan(text)).calls.map((c) => c.name)).toContain(write);
});

it("tells questions and imaginings from news", () => {
  expect(asksRatherThanTells("so what shud i say in the phone screen")).toBe(true);
  expect(asksRatherThanTells("how do i prep for my onsite w/ Acme?")).toBe(true);
  expect(asksRatherThanTells("I'm going to apply to Google next week")).toBe(true);
  expect(asksRatherThanTells("they gave me a phone screen tmrw")).toBe(false);
  expect(asksRatherThanTells("got rejected by Acme")).toBe(false);
  expect(asksRatherThanTells("could you mark Stripe as rejected?")).toBe(false);
});

// Trial (trial12d, a student with no resume): "im a student looking for my first internship" was
// saved as an experience entry. A search under way is what the person is after, not a job held.
it.each([
  "im a student looking for my first internship",
  "currently searching for a new job in marketing",
  "I'm applying for summer internships",
])("'%s' saves no profile entry", async (text) => {
  const p = await understand(text, {
    focus: { hasProfile: false },
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(p.calls.filter((c) => WRITES.includes(c.name))).toEqual([]);
});

it("the trial's student is offered a target job and a resume instead", async () => {
  const p = await understand("im a student looking for my first internship", {
    focus: { hasProfile: false },
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  const asked = p.says.find((x) => x.kind === "clarify");
  expect(asked?.choices?.map((c) => c.text)).toEqual(
    expect.arrayContaining(["set my target job", "here is my resume"]),
  );
});

it("a past internship is still saved", async () => {
  const p = await understand("I interned at Siemens as a data analyst last summer", {
    focus: { hasProfile: false },
    attachments: [],
    available: new Set(TOOL_NAMES),
  });
  expect(p.calls.map((c) => c.name)).toContain("add_profile_entry");
});
