/**
 * Trial F3.1 (issue 12): "been workin in a amazon warehouse 4 yrs, forklift certified, …" was
 * saved as a certification named with the whole sentence. The clause that names the
 * certificate is the certificate. Messages written for this test.
 */
import { expect, it } from "vitest";
import { certificateClause } from "./profile-entry-tool.ts";

it("takes the clause that names the certificate out of a longer message", () => {
  expect(
    certificateClause("3 years stocking shelves at a depot, forklift certified, packed orders too"),
  ).toBe("forklift certification");
  expect(certificateClause("did retail for a while and i have my food handler card")).toBe(
    "i have my food handler card",
  );
});

it("leaves a sentence that is only the certificate as it is", () => {
  expect(certificateClause("I have the AWS Cloud Practitioner certification")).toBe(
    "I have the AWS Cloud Practitioner certification",
  );
});
