/**
 * Reanalysis takes every skill in what the person adds, with its own clause's years, and
 * reads ambiguous names (Spark, Go, R) from the words around them (issue 13, item 8).
 * Real skill extractor and taxonomy.
 */
import { describe, expect, it } from "vitest";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { extractSkills } from "../skills/extract.ts";
import { parseContext } from "./history.ts";

const extract = (t: string) => extractSkills(t, { section: "chat" });
const read = (message: string, known: string[] = []) =>
  Object.fromEntries(
    parseContext(
      message,
      extract,
      known.map((id) => {
        const s = getTaxonomy().get(id)!;
        return { id, name: s.name, aliases: s.aliases, type: s.type, category: s.category };
      }),
    ).map((a) => [a.skillId, { years: a.years, level: a.proficiency }]),
  );

describe("what the person adds for a reanalysis", () => {
  it('"I also have 3 years of Spark and Airflow" adds both, each with 3 years', () => {
    expect(read("I also have 3 years of Spark and Airflow")).toEqual({
      spark: { years: 3, level: expect.any(String) },
      airflow: { years: 3, level: expect.any(String) },
    });
  });

  it("keeps each clause's own years and level", () => {
    expect(read("I have 3 years of Spark and 2 years of Airflow")).toMatchObject({
      spark: { years: 3 },
      airflow: { years: 2 },
    });
    const mixed = read("2 years of Kubernetes and I'm an expert in Terraform.");
    expect(mixed.kubernetes).toMatchObject({ years: 2 });
    expect(mixed.terraform).toEqual({ years: undefined, level: "expert" });
  });

  it("reads Spark, Go and R as skills from the words around them, and not in ordinary sentences", () => {
    expect(read("I also have 3 years of Spark")).toHaveProperty("spark.years", 3);
    expect(read("I have 2 years of R")).toHaveProperty("r.years", 2);
    expect(read("I have four years of Go")).toHaveProperty("go.years", 4);
    expect(read("I will go to the office and spark a conversation")).toEqual({});
  });

  it("uses the job's requirements as context for a name it asks for", () => {
    expect(read("Spark is something I'm good at", ["spark"])).toHaveProperty("spark.level", "intermediate");
    expect(read("Go: 2 years", ["go"])).toHaveProperty("go.years", 2);
    expect(read("Spark is something I'm good at")).toEqual({});
    // Named by the job but said in passing, with nothing about experience: not a claim.
    expect(read("Spark joy at work", ["spark"])).toEqual({});
  });
});
