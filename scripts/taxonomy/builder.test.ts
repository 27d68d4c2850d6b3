import { describe, expect, it } from "vitest";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { TaxonomyBuilder } from "./builder.ts";
import { curatedSkills } from "./curated/index.ts";
import { parseCurated } from "./curated-format.ts";
import { mergeOnet, onetNames } from "./onet.ts";

describe("curated format", () => {
  it("parses one skill per line with aliases, parents, related credit and flags", () => {
    const [s] = parseCurated("go | Go | pl | golang, go lang | programming | rust:0.3 | amb=Go;GO", "test");
    expect(s).toMatchObject({
      id: "go",
      name: "Go",
      category: "programming_language",
      type: "technical",
      aliases: ["golang", "go lang"],
      parents: ["programming"],
      related: [{ id: "rust", credit: 0.3 }],
      ambiguous: true,
      ambiguousNames: ["Go", "GO"],
    });
  });

  it("rejects bad lines with their place", () => {
    expect(() => parseCurated("x | X | nope", "f.ts")).toThrowError(/f\.ts:1/);
    expect(() => parseCurated("x | X | pl | | | y:2", "f.ts")).toThrowError(/bad related/);
    expect(() => parseCurated("x | X | pl | | | | wat", "f.ts")).toThrowError(/unknown flag/);
  });

  it("the shipped curated layer has unique ids and only known references", () => {
    const builder = new TaxonomyBuilder();
    for (const c of curatedSkills()) builder.add({ ...c, source: "curated" });
    expect(() => builder.finish()).not.toThrow();
    expect(builder.warnings).toEqual([]);
    expect(builder.skills.size).toBeGreaterThan(400);
  });

  it("gives every curated spelling to exactly one curated line (a second claim was silently lost)", () => {
    const builder = new TaxonomyBuilder();
    const skills = curatedSkills();
    for (const c of skills) builder.add({ ...c, source: "curated" });
    const lost = skills.flatMap((c) =>
      c.aliases
        .filter((a) => builder.keyOwner.get(normalizeKey(a)) !== c.id)
        .map((a) => `${c.id}: "${a}" belongs to ${builder.keyOwner.get(normalizeKey(a))}`),
    );
    expect(lost).toEqual([]);
  });
});

describe("TaxonomyBuilder", () => {
  it("keeps the first owner of a spelling, links children and makes related symmetric", () => {
    const b = new TaxonomyBuilder();
    b.add({ id: "sql", name: "SQL", category: "programming_language", type: "technical", source: "curated" });
    b.add({
      id: "postgresql",
      name: "PostgreSQL",
      aliases: ["postgres"],
      parents: ["sql"],
      related: [{ id: "mysql", credit: 0.7 }],
      category: "database",
      type: "technical",
      source: "curated",
    });
    b.add({
      id: "mysql",
      name: "MySQL",
      aliases: ["Postgres"],
      category: "database",
      type: "technical",
      source: "onet",
    });
    const skills = b.finish();
    const get = (id: string) => skills.find((s) => s.id === id)!;
    expect(b.ownerOf("postgres")?.id).toBe("postgresql");
    expect(get("mysql").aliases).toEqual([]);
    expect(get("sql").children).toEqual(["postgresql"]);
    expect(get("mysql").related).toEqual([{ id: "postgresql", credit: 0.7 }]);
  });

  it("refuses unknown parents and cycles", () => {
    const b = new TaxonomyBuilder();
    b.add({ id: "a", name: "A", parents: ["b"], category: "concept", type: "technical", source: "curated" });
    expect(() => b.finish()).toThrowError(/unknown parent b/);
    const c = new TaxonomyBuilder();
    c.add({ id: "a", name: "A", parents: ["b"], category: "concept", type: "technical", source: "curated" });
    c.add({ id: "b", name: "B", parents: ["a"], category: "concept", type: "technical", source: "curated" });
    expect(() => c.finish()).toThrowError(/cycle/);
  });
});

describe("O*NET names", () => {
  const example = (e: string) => ({
    example: e,
    commodity: "Inventory management software",
    hot: false,
    inDemand: false,
  });

  it("splits vendor, 'software' and real acronyms only", () => {
    expect(onetNames("Amazon Elastic Compute Cloud EC2")).toMatchObject({
      devendored: "Elastic Compute Cloud EC2",
      acronym: "EC2",
      withoutAcronym: "Elastic Compute Cloud",
    });
    expect(onetNames("Microsoft Excel software")).toMatchObject({
      cleaned: "Microsoft Excel",
      devendored: "Excel",
    });
    expect(onetNames("DeLorme Topo USA").acronym).toBeUndefined();
  });

  it("an acronym that spells only the kind of product is not the product's spelling", () => {
    expect(onetNames("Amazon Elastic Compute Cloud EC2").acronymSpells).toBeUndefined();
    expect(onetNames("Acme Corp Fleet Tracking System FTS").acronymSpells).toBe("Fleet Tracking System");
    const b = new TaxonomyBuilder();
    mergeOnet(
      b,
      [example("Acme Corp Fleet Tracking System FTS"), example("Zyxo Parcel Routing Protocol PRP")],
      new Set(["fleet", "tracking", "system", "parcel", "routing", "protocol"]),
    );
    const t = b.finish();
    const keys = new Set(t.flatMap((s) => [s.name, ...(s.aliases ?? [])].map(normalizeKey)));
    expect(keys.has("fts")).toBe(false);
    // A protocol named after its vendor is that protocol: its acronym stays ("WCCP").
    expect(keys.has("prp")).toBe(true);
    expect(keys.has("acmecorpfleettrackingsystem")).toBe(true);
  });

  it("a product with another long form is not merged into a derived skill by a shared acronym", () => {
    const b = new TaxonomyBuilder();
    mergeOnet(b, [example("Fleet tracking system FTS"), example("Foam testing suite FTS")], new Set());
    const names = b.finish().map((s) => s.name);
    expect(names).toContain("Foam testing suite FTS");
  });

  it("ordinary words opened by an article are not a product's spelling; its acronym is", () => {
    const b = new TaxonomyBuilder();
    mergeOnet(b, [example("A programming language APL")], new Set(["a", "programming", "language"]));
    const keys = new Set(b.finish().flatMap((s) => [s.name, ...(s.aliases ?? [])].map(normalizeKey)));
    expect(keys.has("aprogramminglanguage")).toBe(false);
    expect(keys.has("apl")).toBe(true);
  });
});
