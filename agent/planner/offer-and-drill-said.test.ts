import { describe, expect, it } from "vitest";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { drillForApplication, offerNews, statusCorrected } from "./offer-and-drill-said.ts";
import type { PlanContext } from "./types.ts";

const context: PlanContext = {
  focus: { application: { company: "Corvel Bank", status: "applied" } },
  attachments: [],
  available: new Set(TOOL_NAMES),
  tracked: ["Corvel Bank", "Tidewell Robotics"],
};

describe("offers, corrected statuses and drills as said (trial13 finding 11)", () => {
  it("an offer told is an offer; never logged with a role, it is logged at offer with that role", () => {
    expect(offerNews("Tidewell Robotics made me an offer!!", context)?.calls).toEqual([
      { name: "update_application_status", args: { application: "Tidewell Robotics", status: "offer" } },
    ]);
    expect(offerNews("so Parlow Studio sent me a job offer - ux researcher", context)?.calls).toEqual([
      {
        name: "add_application",
        args: { company: "Parlow Studio", position: "ux researcher", status: "offer" },
      },
    ]);
    expect(offerNews("got a verbal offer from Ansel Foods today", context)?.calls).toEqual([
      { name: "update_application_status", args: { application: "Ansel Foods", status: "offer" } },
    ]);
  });

  it("an interview offered, an offer asked about, hoped for or declined is not an offer told", () => {
    for (const t of [
      "Parlow Studio offered me an interview",
      "should I take the Tidewell Robotics offer?",
      "I hope Parlow Studio gives me an offer",
      "I turned down the Corvel Bank offer",
      "Corvel Bank didn't make me an offer",
    ])
      expect(offerNews(t, context), t).toBeUndefined();
  });

  it("a status corrected by name or by 'it' moves to the status said; other corrections are left", () => {
    expect(statusCorrected("tidewell robotics should be rejected not applied", context)?.calls).toEqual([
      { name: "update_application_status", args: { application: "Tidewell Robotics", status: "rejected" } },
    ]);
    expect(statusCorrected("no, it's an offer, not applied", context)?.calls).toEqual([
      { name: "update_application_status", args: { application: "Corvel Bank", status: "offer" } },
    ]);
    expect(statusCorrected("Corvel Bank is a bank not a startup", context)).toBeUndefined();
  });

  it("a drill for a tracked application's interview is practice for it; a drill naming none is left", () => {
    expect(drillForApplication("prep me for my tidewell interview tomorrow", context)?.calls).toEqual([
      { name: "practice_question", args: { application: "Tidewell Robotics" } },
    ]);
    expect(drillForApplication("drill me for a phone screen", context)).toBeUndefined();
  });
});
