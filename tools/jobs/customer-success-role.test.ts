/**
 * "Customer Success Manager" is an O*NET alternate title of First-Line Supervisors of Office
 * and Administrative Support Workers (43-1011) only, so the described role was an office
 * supervisor's: no required skill, duties "supervise clerical workers" (issue 13). The curated
 * title map files it under Sales Representatives of Services (41-3091: sell services, resolve
 * client problems, a CRM asked), whose tools and duties are the job's.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { loadRoleFinder } from "./target.ts";

describe("customer success manager as a described role", () => {
  it("is a client-facing services role asking a CRM, not an office supervisor", async () => {
    const find = await loadRoleFinder();
    for (const said of ["I want to be a customer success manager", "I want to move into customer success"]) {
      const job = describeDreamRole(said, find, getTaxonomy());
      expect(job.title, said).toBe("Customer Success Manager");
      expect(job.notes.join(" "), said).not.toMatch(/Office and Administrative Support/);
      const required = job.skills.filter((s) => s.kind === "required");
      expect(
        required.some((s) => s.skillId === "crm" || s.toolKind === "CRM software"),
        said,
      ).toBe(true);
      expect(job.responsibilities.join(" "), said).not.toMatch(/clerical/i);
    }
  });
});
