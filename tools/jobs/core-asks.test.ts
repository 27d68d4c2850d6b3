import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RoleCores } from "../../data/roles/cores.ts";
import { getRoleExtras } from "../../data/roles/extras.ts";
import type { CompiledRoles } from "../../data/roles/types.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { describeDreamRole } from "./dream-role.ts";
import { createRoleFinder } from "./role-finder.ts";
import { loadRoleFinder } from "./target.ts";

const read = <T>(file: string) =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../data/roles", file), "utf8")) as T;
const findRole = createRoleFinder(
  read<CompiledRoles>("roles.json"),
  getRoleExtras(),
  read<RoleCores>("role-cores.json"),
);
const graph = getTaxonomy();
const asks = (title: string, kind: "required" | "preferred") =>
  describeDreamRole(title, findRole, graph)
    .skills.filter((s) => s.kind === kind)
    .map((s) => s.skillId);

describe("core asks of common described titles (issue 13 trial: O*NET's technology lists gave poor profiles)", () => {
  it("a data analyst is asked SQL, a spreadsheet, a BI tool and statistics, not Azure, SAS and SAP", () => {
    const required = asks("I want to be a data analyst", "required");
    expect(required).toEqual(
      expect.arrayContaining(["sql", "spreadsheets", "business-intelligence", "statistics"]),
    );
    for (const id of ["azure", "sas", "erp"]) expect(required).not.toContain(id);
    expect(asks("I want to be a data analyst", "preferred")).not.toContain("azure");
    // Any BI tool meets the BI ask: Power BI is one of its alternatives.
    const bi = describeDreamRole("data analyst", findRole, graph).skills.find(
      (s) => s.skillId === "business-intelligence",
    );
    expect(bi?.alternatives).toEqual(expect.arrayContaining(["tableau", "power-bi"]));
    expect(bi?.name).toMatch(/^BI tool \(such as Tableau, Power BI\)$/);
  });

  it("a data scientist is asked Python or R, SQL, machine learning and statistics, not Hadoop, Docker and Git", () => {
    const required = asks("I want to become a data scientist", "required");
    expect(required).toEqual(expect.arrayContaining(["python", "sql", "machine-learning", "statistics"]));
    for (const id of ["hadoop", "docker", "git"]) expect(required).not.toContain(id);
    const python = describeDreamRole("data scientist", findRole, graph).skills.find(
      (s) => s.skillId === "python",
    );
    expect(python?.alternatives).toContain("r");
  });

  it("a UX designer is asked UX and UI design and a design tool, not HTML/JavaScript, InVision or Photoshop, and never Java", () => {
    const required = asks("i'd like to work as a ux designer", "required");
    expect(required).toEqual(expect.arrayContaining(["ux-design", "ui-design", "figma"]));
    for (const id of ["javascript", "invision", "photoshop"]) expect(required).not.toContain(id);
    const all = describeDreamRole("ux designer", findRole, graph).skills.map((s) => s.skillId);
    expect(all).not.toContain("java");
    expect(all).not.toContain("invision");
  });

  it("keeps the grade and applies only to the occupation the core was curated for", () => {
    const job = describeDreamRole("senior data analyst", findRole, graph);
    expect(job.title).toBe("Senior Data Analyst");
    expect(job.skills.find((s) => s.skillId === "sql")?.kind).toBe("required");
    // A title without a core keeps O*NET's kinds (Business Intelligence Analyst's own profile).
    const onet = describeDreamRole("business intelligence analyst", findRole, graph);
    expect(onet.skills.some((s) => s.evidence.includes("(O*NET)"))).toBe(true);
  });

  it("fields beyond software: a teacher, a nurse and an accountant are asked the work itself", () => {
    expect(asks("teacher", "required")).toEqual(
      expect.arrayContaining(["lesson-planning", "classroom-management"]),
    );
    expect(asks("registered nurse", "required")).toEqual(expect.arrayContaining(["nursing", "patient-care"]));
    expect(asks("accountant", "required")).toEqual(
      expect.arrayContaining(["accounting", "financial-reporting"]),
    );
  });

  it("the product's own role finder (loadRoleFinder) reads the cores", async () => {
    const job = describeDreamRole("data analyst", await loadRoleFinder(), graph);
    expect(job.skills.filter((s) => s.kind === "required").map((s) => s.skillId)).not.toContain("azure");
  });
});
