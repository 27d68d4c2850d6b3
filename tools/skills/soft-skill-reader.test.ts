import { describe, expect, it } from "vitest";
import { baseForms, readSoftSkills } from "./soft-skill-reader.ts";

const ids = (text: string) => readSoftSkills(text).map((h) => h.skillId);

describe("readSoftSkills: soft skills shown by behaviour (cues compiled from ESCO labels)", () => {
  it("reads mentoring from training and mentoring people, with the words that show it", () => {
    expect(ids("Trained 6 new sales reps on discovery calls.")).toContain("mentoring");
    expect(readSoftSkills("Trained 6 new sales reps on discovery calls.")[0]!.phrase).toBe(
      "Trained 6 new sales reps",
    );
    expect(ids("Mentored two junior account executives through their first year")).toContain("mentoring");
    expect(ids("You will coach and develop a team of account executives")).toContain("mentoring");
  });

  it("reads negotiation, leadership and collaboration from what was done", () => {
    expect(ids("Negotiated multi-year contracts with enterprise customers")).toEqual(["negotiation"]);
    expect(ids("Led a team of 5 engineers")).toEqual(
      expect.arrayContaining(["leadership", "team-management"]),
    );
    expect(ids("Liaised with doctors and pharmacists")).toContain("collaboration");
  });

  it("needs a person where ESCO's behaviour is about persons: training a model is not mentoring", () => {
    expect(ids("Trained a machine learning model on 2M images")).toEqual([]);
    expect(ids("Managed a territory of 80 accounts")).toEqual([]);
  });

  it("reads no behaviour from a name or title inside a sentence, or from 'led to' a result", () => {
    expect(ids("Generated opportunities from Marketing Leads and job portals")).toEqual([]);
    expect(ids("Completed the Safety Training Program for new staff")).toEqual([]);
    expect(ids("Revamped email campaigns led to 15% higher response rates")).toEqual([]);
    expect(ids("Led the team to a record year")).toContain("leadership");
  });

  it("finds nothing in a bare list of skill names: listed, not shown", () => {
    expect(ids("Communication, Teamwork, Negotiation, Leadership, Mentoring")).toEqual([]);
  });

  it("knows the base forms of regular and irregular verbs", () => {
    expect(baseForms("negotiated")).toContain("negotiate");
    expect(baseForms("planned")).toContain("plan");
    expect(baseForms("led")).toEqual(["lead"]);
    expect(baseForms("coaching")).toContain("coach");
  });
});
