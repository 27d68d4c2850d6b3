/**
 * The knowledge an occupation's duties call for, read by meaning with the shipped offline
 * embedder (scripts/taxonomy/duty-skills.ts). Occupations and nodes are written for the test.
 */
import { describe, expect, it } from "vitest";
import { createOfflineEmbedder } from "../../data/embeddings/offline-embedder.ts";
import { DUTY_SKILL_OPTIONS, dutySkills } from "./duty-skills.ts";

const embedder = createOfflineEmbedder();
const embed = (t: readonly string[]) => embedder.embedSync!(t);

const occupations = [
  {
    code: "nurse",
    sentences: [
      "Ward Nurse",
      "Provide nursing care to patients in hospital wards",
      "Give medication to patients",
    ],
  },
  {
    code: "cs-teacher",
    sentences: [
      "Computer Science Lecturer",
      "Teach courses in computer science",
      "Grade student programming work",
    ],
  },
  {
    code: "freight",
    sentences: [
      "Freight Agent",
      "Arrange the shipping of cargo by road, rail and sea",
      "Prepare bills of lading",
    ],
  },
];
const nodes = [
  { id: "patient-care", name: "patient care" },
  { id: "nursing-science", name: "nursing science" },
  { id: "computer-science", name: "computer science" },
  { id: "cargo-shipping", name: "cargo shipping" },
];

describe("dutySkills", () => {
  const picked = dutySkills(occupations, nodes, embed, { ...DUTY_SKILL_OPTIONS, nearestOccupations: 1 });

  it("gives each occupation the knowledge its own duties name", () => {
    expect(picked.get("nurse")).toContain("patient-care");
    expect(picked.get("cs-teacher")).toEqual(["computer-science"]);
    expect(picked.get("freight")).toEqual(["cargo-shipping"]);
  });

  it("never gives knowledge whose topic word the occupation does not say, however near in spelling", () => {
    // "nursing science" is near "computer science" by its letters; the nurse never says "science".
    expect(picked.get("cs-teacher")).not.toContain("nursing-science");
    expect(picked.get("nurse") ?? []).not.toContain("nursing-science");
  });

  it("is deterministic", () => {
    const again = dutySkills(occupations, nodes, embed, { ...DUTY_SKILL_OPTIONS, nearestOccupations: 1 });
    expect([...again.entries()]).toEqual([...picked.entries()]);
  });
});
