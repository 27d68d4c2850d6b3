/**
 * Trial 2026-12-06 (chat12q's note): "cafe manager" and "corporate travel management" were read
 * as "Military Officer Special and Tactical Operations Leaders" through that occupation's one-word
 * title "Management". A one-word title naming an activity is no practitioner's title.
 */
import { expect, it } from "vitest";
import { findDescribedRole } from "./described-role.ts";
import { loadRoleFinder } from "./target.ts";

it("a manager of a place unknown to the role data is not read as a military leader", async () => {
  const finder = await loadRoleFinder();
  for (const said of ["bistro manager", "corporate travel management", "cafe manager"]) {
    const title = findDescribedRole(said, finder).match?.role.title ?? "";
    expect(title, said).not.toMatch(/Military/);
  }
  expect(findDescribedRole("restaurant manager", finder).match?.role.title).toBe("Food Service Managers");
});
