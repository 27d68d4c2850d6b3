/**
 * Found trying Slack as a nurse who writes Spanish and English: "apliqué a Sunrise Family
 * Clinic ayer para clinic manager" was logged as "Role Not Given", applied today. The role
 * after "para / pour / comme / como" and the day ("ayer", "hier", "ontem") are read.
 */
import { expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const plan = plannerWith({ focus: {} });

it.each([
  [
    "apliqué a Sunrise Family Clinic ayer para clinic manager",
    { company: "Sunrise Family Clinic", position: "clinic manager", appliedOn: "yesterday" },
  ],
  [
    "postulé chez Decathlon hier comme chef de rayon",
    { company: "Decathlon", position: "chef de rayon", appliedOn: "yesterday" },
  ],
  // Issue 12 trial: German puts the verb last, and "beworben" was kept in the title.
  [
    "Ich habe mich bei Siemens als Werkstudentin Einkauf beworben",
    { company: "Siemens", position: "Werkstudentin Einkauf" },
  ],
  [
    "hab mich gestern bei Zalando als Lagerhelfer beworben",
    { company: "Zalando", position: "Lagerhelfer", appliedOn: "yesterday" },
  ],
  // lead26 trial: a filler and "kal" (the day before, for something sent) before the company left
  // the role unread and the day today.
  [
    "bhai maine kal Zomato mein delivery ops executive ke liye apply kiya",
    { company: "Zomato", position: "delivery ops executive", appliedOn: "yesterday" },
  ],
  [
    "aaj Swiggy pe store manager ke liye apply kiya",
    { company: "Swiggy", position: "store manager", appliedOn: "today" },
  ],
])("%s", async (text, args) => {
  const p = await plan(text);
  expect(p.calls).toEqual([{ name: "add_application", args }]);
});

it("English is read as before", async () => {
  const p = await plan("I applied to Stripe yesterday as a backend engineer");
  expect(p.calls).toEqual([
    {
      name: "add_application",
      args: { company: "Stripe", position: "backend engineer", appliedOn: "yesterday" },
    },
  ]);
});

// lead26 trial: "reject ho gaya" asked "what happened with Zomato?".
it.each(["Zomato se reject ho gaya yaar", "Zomato ne mana kar diya"])("%s is a rejection", async (text) => {
  const p = await understand(text, {
    focus: {},
    attachments: [],
    available: new Set(TOOL_NAMES),
    tracked: ["Zomato", "Swiggy"],
  });
  expect(p.calls).toEqual([
    { name: "update_application_status", args: { application: "Zomato", status: "rejected" } },
  ]);
});
