/**
 * The role of an application corrected (conv12n, a class of blind4's misses): the application
 * just logged, or the tracked one named, gets the role said (change_application), never a new
 * target job or a second application. Messages written for this test.
 */
import { describe, expect, it } from "vitest";
import { plannerWith } from "../../test-support/planner-turn.ts";
import type { Focus } from "../graph/focus.ts";

const JUST_LOGGED: Focus = {
  hasProfile: true,
  topic: "application",
  lastIntent: "add_application",
  application: { company: "Rivian", position: "Backend Engineer", status: "applied", id: "app-7" },
};
const plan = plannerWith({ focus: JUST_LOGGED, tracked: ["Rivian", "Etsy"] });
const changed = (position: string, application = "app-7") => [
  { name: "change_application", args: { application, position } },
];

describe("a role corrected after logging an application", () => {
  it.each([
    ["the rivian role is actually platform engineer, not backend. oops", "platform engineer"],
    ["sorry that application was for data scientist not backend engineer", "data scientist"],
    ["wrong job title, it's QA tester", "QA tester"],
    ["the position was really site reliability engineer", "site reliability engineer"],
    ["el puesto era analista de datos, no backend", "analista de datos"],
    ["die Stelle war eigentlich Data Engineer, nicht Backend", "Data Engineer"],
  ])("'%s' changes the role to %s", async (text, role) => {
    expect((await plan(text)).calls).toEqual(changed(role));
  });

  it("a tracked company named picks that application, whatever was logged last", async () => {
    expect(
      (await plan("the Etsy job was for product analyst, not engineer", { hasProfile: true })).calls,
    ).toEqual(changed("product analyst", "Etsy"));
  });

  it.each([
    "my job is data analyst",
    "the job is actually fully remote",
    "the role was backend engineer",
    "the rivian role was a rejection",
  ])("'%s' changes no application's role", async (text) => {
    const calls = (await plan(text)).calls;
    expect(calls.filter((c) => c.name === "change_application" && c.args.position)).toEqual([]);
  });
});
