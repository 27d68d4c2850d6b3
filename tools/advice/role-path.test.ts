/**
 * The way between two named roles as the advice service gives it (the chat's answer to
 * "what's the career path from RN to nurse manager?" is these lines; trial F21.3).
 */
import { expect, it } from "vitest";
import { rolePath } from "./role-path.ts";

it("gives each role's preparation from the role data and says whether the second is the target", async () => {
  const path = await rolePath(["RN", "nurse manager"]);
  expect(path?.end).toMatch(/Nurse Manager/);
  expect(path?.isTarget).toBe(false);
  expect(path?.lines.join("\n")).toMatch(/O\*NET job zone/);
  expect((await rolePath(["cashier", "store manager"], "Store Manager"))?.isTarget).toBe(true);
});

it("answers nothing for a role the data does not know", async () => {
  expect(await rolePath(["cashier", "zzqx wizard"])).toBeUndefined();
});
