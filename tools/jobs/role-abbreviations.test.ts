/**
 * Found trying the product as a warehouse supervisor: "wat am i missing for ops manager"
 * and "I wanna be an ops manager" got "I could not match "ops manager" to a known role",
 * and "customer service rep" was read as a sales representative. Title abbreviations
 * people type are read as the words they stand for.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { createRoleFinder } from "./role-finder.ts";

const roles = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "../../data/roles/roles.json"), "utf8"),
) as CompiledRoles;
const findRole = createRoleFinder(roles);

it("reads common title abbreviations as the words they stand for", () => {
  for (const [short, long] of [
    ["ops manager", "operations manager"],
    ["warehouse ops mgr", "warehouse operations manager"],
    ["customer service rep", "customer service representative"],
    ["web dev", "web developer"],
    ["project coord", "project coordinator"],
    ["sr accountant", "senior accountant"],
  ]) {
    const expected = findRole(long!);
    expect(expected, long).toBeDefined();
    expect(findRole(short!)?.role.code, short).toBe(expected!.role.code);
  }
});

// trial12e: "set my target to SWE", "am I a fit for DS roles?" got "could not match".
it("reads role acronyms as the titles they stand for, and only where they stand alone", () => {
  for (const [said, long] of [
    ["SWE", "software engineer"],
    ["to swe", "software engineer"],
    ["DS roles", "data scientist"],
    ["ds", "data scientist"],
    ["an SRE", "site reliability engineer"],
    ["BA", "business analyst"],
  ]) {
    expect(findRole(said!)?.role.code, said).toBe(findRole(long!)!.role.code);
  }
  // A lower-case two-letter word inside other words is a word ("analista de datos"), and an
  // acronym followed by a title word names that title ("QA tester").
  expect(findRole("analista de datos", { loose: false })?.matchedTitle).not.toBe("data engineer");
  expect(findRole("QA tester")?.matchedTitle).toBe("qa tester");
});
