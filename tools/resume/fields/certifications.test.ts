import { describe, expect, it } from "vitest";
import { extractCertifications } from "./certifications.ts";

describe("extractCertifications", () => {
  it("reads a line of several certificates as several ('BLS; ACLS' was one certificate named 'BLS; ACLS')", () => {
    expect(extractCertifications(["BLS; ACLS"]).map((c) => c.name)).toEqual(["BLS", "ACLS"]);
    expect(extractCertifications(["BLS, ACLS, PALS"]).map((c) => c.name)).toEqual(["BLS", "ACLS", "PALS"]);
  });

  it("reads abbreviations joined by 'and' as several certificates of one issuer ('BLS and ACLS' lost BLS)", () => {
    expect(extractCertifications(["BLS and ACLS, American Heart Association, current"])).toMatchObject([
      { name: "BLS", issuer: "American Heart Association" },
      { name: "ACLS", issuer: "American Heart Association" },
    ]);
    expect(extractCertifications(["CPR & AED - Red Cross"]).map((c) => c.name)).toEqual(["CPR", "AED"]);
    // Words other than abbreviations: one name.
    expect(extractCertifications(["Health and Safety Certificate, NEBOSH"]).map((c) => c.name)).toEqual([
      "Health and Safety Certificate",
    ]);
  });

  it("keeps a certificate's issuer on its line", () => {
    expect(extractCertifications(["Registered Nurse, State of Ohio (active)"])).toMatchObject([
      { name: "Registered Nurse", issuer: "State of Ohio (active)" },
    ]);
    expect(extractCertifications(["CCNA, Cisco"])).toMatchObject([{ name: "CCNA", issuer: "Cisco" }]);
  });
});
