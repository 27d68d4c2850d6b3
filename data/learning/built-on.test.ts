import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../taxonomy/index.ts";
import { skillBuiltOn } from "./built-on.ts";
import { shippedPrerequisites } from "./prerequisites.ts";

const prereqs = (id: string) => shippedPrerequisites().get(id) ?? [];

describe("skillBuiltOn", () => {
  it("joins the catalog's prerequisites and the taxonomy's concrete parents", () => {
    const graph = {
      get: (id: string) =>
        ({
          pandas: { parents: ["python", "data-science"], category: "framework_library" as const },
          python: { parents: [], category: "programming_language" as const },
          "data-science": { parents: [], category: "concept" as const },
        })[id],
    };
    // data-science is a broad grouping: neither a study step nor proved by using pandas
    expect(skillBuiltOn(graph, (id) => (id === "pandas" ? ["numpy", "pandas"] : []), "pandas")).toEqual([
      "numpy",
      "python",
    ]);
  });

  it("reads the shipped data the same way for the roadmap and the resume", () => {
    const angular = skillBuiltOn(getTaxonomy(), prereqs, "angular");
    expect(angular).toEqual(expect.arrayContaining(["html", "css"]));
    expect(angular).not.toContain("angular");
  });
});
