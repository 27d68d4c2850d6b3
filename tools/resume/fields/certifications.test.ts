import { describe, expect, it } from "vitest";
import { extractCertifications } from "./certifications.ts";

describe("extractCertifications", () => {
  it("reads a line of several certificates as several ('BLS; ACLS' was one certificate named 'BLS; ACLS')", () => {
    expect(extractCertifications(["BLS; ACLS"]).map((c) => c.name)).toEqual(["BLS", "ACLS"]);
    expect(extractCertifications(["BLS, ACLS, PALS"]).map((c) => c.name)).toEqual(["BLS", "ACLS", "PALS"]);
  });

  it("keeps a certificate's issuer on its line", () => {
    expect(extractCertifications(["Registered Nurse, State of Ohio (active)"])).toMatchObject([
      { name: "Registered Nurse", issuer: "State of Ohio (active)" },
    ]);
    expect(extractCertifications(["CCNA, Cisco"])).toMatchObject([{ name: "CCNA", issuer: "Cisco" }]);
  });
});
