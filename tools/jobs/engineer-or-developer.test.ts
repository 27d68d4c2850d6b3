/**
 * trial13 (2026-12-06): "backend engineer" was read as O*NET's Web Developers (whose alternate
 * titles hold "Back End Engineer") and asked WordPress and Jira, UNFIT at 88% for a new grad with
 * a Go backend internship, while "backend developer" read the curated core and gave FIT. The same
 * job said either way asks the same things.
 */
import { expect, it } from "vitest";
import { readJobTarget } from "./target.ts";

const asks = async (said: string) => {
  const { posting } = await readJobTarget(said, "role");
  return {
    occupation: posting.occupation,
    skills: posting.skills
      .filter((r) => r.kind === "required")
      .map((r) => r.skillId)
      .sort(),
  };
};

it.each([
  ["backend engineer", "backend developer"],
  ["a back-end engineer at a fintech", "a back-end developer at a fintech"],
  ["frontend engineer", "frontend developer"],
  ["full stack engineer", "full stack developer"],
])("%s asks what %s asks", async (engineer, developer) => {
  const [a, b] = await Promise.all([asks(engineer), asks(developer)]);
  expect(a).toEqual(b);
  expect(a.skills).not.toContain("wordpress");
});
