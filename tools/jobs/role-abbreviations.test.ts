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
