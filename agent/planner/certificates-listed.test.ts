/**
 * Issue 12 (profile13u), new-user trial 13 finding 7: a list of certificates kept only its first
 * item, or the lead-in as the name ("also add …"), and "X and Y as skills" saved a skill named
 * "Y as". Messages written for this test.
 */
import { expect, it } from "vitest";
import { planText } from "../../test-support/planner-turn.ts";
import { certificatesListed } from "./certificates-listed.ts";

const calls = async (text: string) => (await planText(text, {}, { ownSkills: [] })).calls;

it("each certificate of a list is its own entry, without the words that add it", async () => {
  const labelled = await calls("also add the IPAF ticket and a CSCS card as certifications");
  expect(labelled.map((c) => c.args.text)).toEqual(["IPAF ticket", "CSCS card"]);
  const told = await calls(
    "i hold a full driving licence, an HGV licence (C+E), always on time, first aid certificate",
  );
  expect(told.map((c) => [c.name, c.args.text])).toEqual([
    ["add_profile_entry", "full driving licence"],
    ["add_profile_entry", "HGV licence (C+E)"],
    ["add_profile_entry", "first aid certificate"],
  ]);
});

it("one certificate stays one entry; a list of what is no certificate is no list of them", () => {
  expect(certificatesListed("I have my forklift certification")).toBeUndefined();
  expect(certificatesListed("i have a food hygiene certificate and i'm good with people")).toBeUndefined();
});

it("'add X and Y as skills' adds X and Y, the 'as' no part of a name", async () => {
  const added = await calls("add plastering and tiling as skills");
  expect(added.map((c) => c.args.skill)).toEqual(["plastering", "tiling"]);
  const mine = await calls("please add bookkeeping and payroll as my skills");
  expect(mine.map((c) => c.args.skill)).toEqual(["bookkeeping", "payroll"]);
});
