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
    "food handler card",
  );
});

it("keeps only the certificate's name from a sentence that is only the certificate", () => {
  expect(certificateClause("I have the AWS Cloud Practitioner certification")).toBe(
    "AWS Cloud Practitioner certification",
  );
});

// New-user trial 2026-12-06: "CPHIMS certification now" and "forklift certified" were saved as names.
it("drops the words around the name, reads 'X certified' and 'last year'", () => {
  const now = new Date("2026-12-06T00:00:00Z");
  expect(certificateClause("I also have my CPHIMS certification now", now)).toBe("CPHIMS certification");
  expect(certificateClause("I'm forklift certified", now)).toBe("forklift certification");
  expect(certificateClause("got my CPA last year", now)).toBe("CPA in 2025");
  expect(certificateClause("I hold an active RN license in Ohio", now)).toBe("active RN license in Ohio");
});
