/**
 * A field named with a typo ("wanna get into customer sucess", trial12g): read as the
 * field's practitioner like the field spelt right, not "I could not match … to a known role".
 */
import { expect, it } from "vitest";
import { loadRoleFinder } from "./target.ts";

it.each(["customer sucess", "cusomer success"])("'%s' finds the practitioner of the field", async (said) => {
  const find = await loadRoleFinder();
  expect(find(said)?.matchedTitle).toBe(find("customer success")?.matchedTitle);
  expect(find("customer success")?.matchedTitle).toBe("customer success manager");
});

it("said word for word only (loose: false), a typo still finds nothing", async () => {
  const find = await loadRoleFinder();
  expect(find("customer sucess", { loose: false })).toBeUndefined();
});
