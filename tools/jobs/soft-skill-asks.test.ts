/**
 * Issue 13: a soft skill an ad lists among its requirements ("Good communication skills", "A team
 * player") is a nice-to-have unless the ad says it is a must ("must", "required", "essential"),
 * so it cannot by itself make a qualified person UNFIT: a Java developer with the ad's
 * technologies was called UNFIT with Adaptability, Initiative and Customer Focus as HIGH required
 * gaps. Ads written here.
 */
import { describe, expect, it } from "vitest";
import { gapDeps } from "../../test-support/gap-fixtures.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseJobPosting } from "./parse.ts";

const deps = gapDeps();
const parse = (text: string) =>
  parseJobPosting(text, (t) => extractSkills(t, { section: "job ad" }), deps.graph);
const kinds = (text: string) =>
  Object.fromEntries(parse(text).skills.map((s) => [s.skillId, `${s.type}:${s.kind}`]));

describe("soft skills among an ad's requirements", () => {
  it("reads a soft skill listed without a must as a nice-to-have, a technology as required", () => {
    const got = kinds(
      "Backend Developer\nRequirements:\n- 3+ years with Java\n- Good communication skills\n- Adaptability and initiative\n- Team player",
    );
    expect(got.java).toBe("technical:required");
    const soft = Object.entries(got).filter(([, v]) => v.startsWith("soft:"));
    expect(soft.length).toBeGreaterThan(0);
    for (const [id, v] of soft) expect(v, id).toBe("soft:preferred");
  });

  it("keeps a soft skill the ad calls a must required", () => {
    const got = kinds(
      "Call Centre Agent\nRequirements:\n- Customer service experience\n- Communication skills are essential for this role",
    );
    const soft = Object.entries(got).filter(([, v]) => v.startsWith("soft:"));
    expect(soft.some(([, v]) => v === "soft:required")).toBe(true);
  });
});
