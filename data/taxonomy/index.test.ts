import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CareerCraftError } from "../errors.ts";
import type { LookupOnlyTaxonomy, MatcherTables } from "./compiled.ts";
import { getTaxonomy, LOOKUP_ONLY_FILE, loadTaxonomy, MATCHER_FILE, TAXONOMY_FILE } from "./index.ts";
import { lookupOnlyOfRows, readPackedLookupOnly, writePackedLookupOnly } from "./lookup-only.ts";
import { readPackedMatcher, writePackedMatcher, writePackedTaxonomy } from "./packed.ts";
import { readPackedText, SortedLines, sortedBlock } from "./sorted-lines.ts";

const taxonomy = getTaxonomy();
const dir = mkdtempSync(path.join(os.tmpdir(), "careercraft-taxonomy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("taxonomy lookup", () => {
  it.each([
    ["k8s", "kubernetes"],
    ["Kubernetes", "kubernetes"],
    ["postgres", "postgresql"],
    ["Postgre SQL", "postgresql"],
    ["JS", "javascript"],
    ["java script", "javascript"],
    ["TS", "typescript"],
    ["NodeJS", "nodejs"],
    ["Node.js", "nodejs"],
    ["node", "nodejs"],
    ["GCP", "gcp"],
    ["ML", "machine-learning"],
    ["NLP", "nlp"],
    ["CI/CD", "ci-cd"],
    ["cicd", "ci-cd"],
    ["C++", "cpp"],
    ["C#", "csharp"],
    ["C", "c"],
    [".NET", "dotnet"],
    ["ASP.NET", "aspnet"],
    ["golang", "go"],
    ["MS-Office", "microsoft-office"],
    ["Oracle 10g", "oracle-database"],
    ["PHP5", "php"],
    ["HTML5", "html"],
    ["Python (computer programming)", "python"],
    ["Microsoft Excel", "excel"],
    ["team player", "teamwork"],
    ["registered nurse", "nursing"],
  ])("%s -> %s", (term, id) => {
    expect(taxonomy.lookup(term)?.id).toBe(id);
  });

  it("finds ESCO competences that are kept for lookup only", () => {
    const skill = taxonomy.lookup("manage musical staff");
    expect(skill).toMatchObject({ category: "domain_knowledge", extractable: false, sources: ["esco"] });
    expect(taxonomy.get(skill!.id)?.name).toBe(skill!.name);
  });

  it("returns undefined for unknown, empty or non-string terms", () => {
    expect(taxonomy.lookup("zzqx not a skill")).toBeUndefined();
    expect(taxonomy.lookup("   ")).toBeUndefined();
    expect(taxonomy.lookup(42 as unknown as string)).toBeUndefined();
  });
});

describe("taxonomy graph", () => {
  it("puts PostgreSQL under SQL and relational databases, with MySQL related", () => {
    expect(taxonomy.parentsOf("postgresql").map((s) => s.id)).toEqual(["sql", "relational-databases"]);
    expect(taxonomy.ancestorsOf("postgresql").map((s) => s.id)).toContain("databases");
    expect(taxonomy.relatedCredit("postgresql", "mysql")).toBeGreaterThan(0.5);
    expect(taxonomy.relatedCredit("mysql", "postgresql")).toBe(taxonomy.relatedCredit("postgresql", "mysql"));
  });

  it("links children both ways and partial credit for cloud peers", () => {
    expect(taxonomy.parentsOf("react").map((s) => s.id)).toContain("javascript");
    expect(taxonomy.childrenOf("javascript").map((s) => s.id)).toContain("react");
    expect(taxonomy.parentsOf("kubernetes").map((s) => s.id)).toEqual(["containers"]);
    expect(taxonomy.parentsOf("pandas").map((s) => s.id)).toContain("python");
    expect(taxonomy.relatedCredit("gcp", "aws")).toBeGreaterThan(0);
    expect(taxonomy.relatedCredit("aws", "aws")).toBe(1);
    expect(taxonomy.relatedCredit("aws", "nursing")).toBe(0);
    expect(taxonomy.isAncestor("programming", "react")).toBe(true);
    expect(taxonomy.descendantsOf("databases").map((s) => s.id)).toContain("postgresql");
  });

  it("marks short names that need context", () => {
    for (const id of ["go", "r", "c", "swift", "rust", "spark", "react", "excel"]) {
      expect(taxonomy.get(id)?.ambiguous, id).toBe(true);
    }
    expect(taxonomy.get("go")?.ambiguousKeys).toContain("go");
    expect(taxonomy.get("go")?.ambiguousKeys).not.toContain("golang");
  });

  it("carries O*NET hot technology flags and categories/types", () => {
    expect(taxonomy.get("python")).toMatchObject({
      hot: true,
      category: "programming_language",
      type: "technical",
    });
    expect(taxonomy.get("leadership")).toMatchObject({ category: "soft_skill", type: "soft" });
    expect(taxonomy.get("accounting")).toMatchObject({ type: "domain" });
  });

  it("has unique ids, known parents and no parent cycles", () => {
    const all = taxonomy.all();
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    for (const s of all) {
      for (const p of s.parents) expect(taxonomy.get(p), `${s.id} -> ${p}`).toBeDefined();
      expect(taxonomy.ancestorsOf(s.id).some((a) => a.id === s.id)).toBe(false);
    }
  });

  it("throws a clear not_found for an unknown id", () => {
    expect(taxonomy.get("no-such-skill")).toBeUndefined();
    expect(() => taxonomy.require("no-such-skill")).toThrowError(CareerCraftError);
  });

  it("returns the same instance every time", () => {
    expect(getTaxonomy()).toBe(taxonomy);
  });
});

describe("loading the taxonomy file", () => {
  it("reads the matcher tables only when extraction needs them, and says so when they are missing", () => {
    const file = path.join(dir, "taxonomy.json");
    copyFileSync(TAXONOMY_FILE, file);
    const t = loadTaxonomy(file);
    expect(t.lookup("k8s")?.id).toBe("kubernetes");
    expect(() => t.isPhrase("ruby on rails")).toThrowError(/matcher data file is missing/);
  });

  it("refuses a missing, damaged or foreign file with a clear message", () => {
    expect(() => loadTaxonomy(path.join(dir, "missing.json"))).toThrowError(/taxonomy data file is missing/);
    const damaged = path.join(dir, "damaged.json");
    writeFileSync(damaged, "{not json");
    expect(() => loadTaxonomy(damaged)).toThrowError(/damaged/);
    const foreign = path.join(dir, "foreign.json");
    writeFileSync(foreign, JSON.stringify({ version: 9 }));
    expect(() => loadTaxonomy(foreign)).toThrowError(/unknown format/);
  });
});

describe("distinct products keep their own names (issue 14)", () => {
  // Each of these was once an alias of the tool on the right, so a resume saying "WinSCP"
  // was reported as FileZilla. They are products of their own, related to that tool.
  it.each([
    ["WinSCP", "WinSCP", "filezilla"],
    ["Putty", "PuTTY", "winscp"],
    ["NetBeans", "NetBeans", "intellij"],
    ["Jdeveloper", "Oracle JDeveloper", "java-ides-legacy"],
    ["nexus", "Sonatype Nexus", "artifactory"],
    ["etcd", "etcd", "zookeeper"],
    ["cron", "cron", "control-m"],
    ["Kibana", "Kibana", "elasticsearch"],
    ["Slack", "Slack", "teams"],
    ["VS Code", "Visual Studio Code", "visual-studio"],
  ])("%s is %s, related to (not a spelling of) %s", (spelling, name, formerOwner) => {
    const skill = taxonomy.lookup(spelling);
    expect(skill?.name).toBe(name);
    expect(skill?.id).not.toBe(formerOwner);
    expect(taxonomy.relatedCredit(skill!.id, formerOwner)).toBeGreaterThan(0);
  });

  it("products that belong to a field or family are its children, not its spellings", () => {
    expect(taxonomy.lookup("JCL")?.parents).toContain("mainframe");
    expect(taxonomy.lookup("Helm")?.parents).toContain("kubernetes");
    expect(taxonomy.lookup("Ubuntu")?.parents).toContain("linux");
    expect(taxonomy.lookup("Ubuntu")?.id).not.toBe("linux");
  });
});

describe("taxonomy key index", () => {
  // The index is the parsed file's own object: names of Object.prototype members are misses.
  it.each(["constructor", "__proto__", "tostring", "hasownproperty"])("%s is not a skill", (key) => {
    expect(taxonomy.byNormalizedKey(key)).toBeUndefined();
    expect(taxonomy.get(key)).toBeUndefined();
  });

  it("lists every spelling with its skill id", () => {
    const spellings = new Map(taxonomy.spellings());
    expect(spellings.get("k8s")).toBe("kubernetes");
    expect(spellings.size).toBeGreaterThan(10_000);
  });
});

describe("the packed taxonomy (taxonomy.packed, written by the compiled build)", () => {
  it("gives the same skills, spellings and lookups as taxonomy.json", () => {
    const file = path.join(dir, "taxonomy.json");
    copyFileSync(TAXONOMY_FILE, file);
    writePackedTaxonomy(file, path.join(dir, "taxonomy.packed"));
    const matcher = path.join(dir, "matcher.json");
    copyFileSync(MATCHER_FILE, matcher);
    writePackedMatcher(matcher, path.join(dir, "matcher.packed"));
    const packed = loadTaxonomy(file, undefined, matcher);
    const json = loadTaxonomy(TAXONOMY_FILE, undefined, MATCHER_FILE);
    expect(packed.size).toBe(json.size);
    expect(packed.builtFrom).toEqual(json.builtFrom);
    expect([...packed.spellings()]).toEqual([...json.spellings()]);
    expect(packed.all()).toEqual(json.all());
    for (const term of ["k8s", "Postgre SQL", "C#", "Oracle 10g", "ruby on rails", "no such skill"])
      expect(packed.lookup(term)).toEqual(json.lookup(term));
    const sets = readPackedMatcher(path.join(dir, "matcher.packed"))!;
    const tables = JSON.parse(readFileSync(MATCHER_FILE, "utf8")) as MatcherTables;
    for (const [list, set] of [
      [tables.prefixes, sets.prefix],
      [tables.phrases, sets.phrase],
      [tables.phrasePrefixes, sets.phrasePrefix],
    ] as const) {
      expect(list.filter((entry) => !set.has(entry))).toEqual([]);
      // Near misses of real entries are misses: the search compares whole keys.
      const misses = list.slice(0, 300).flatMap((entry) => [`${entry}x`, entry.slice(0, -1), ` ${entry}`]);
      expect(misses.filter((m) => set.has(m) !== list.includes(m))).toEqual([]);
    }
    expect(packed.isPhrase("ruby on rails")).toBe(true);
    expect(packed.isPhrase("ruby on")).toBe(false);
    const ids = json.all().map((s) => s.id);
    for (const id of [...ids.slice(0, 200), ...ids.slice(-200), "no-such-skill", "constructor", ""])
      expect(packed.get(id)).toEqual(json.get(id));
  });

  it("reads the ESCO lookup rows packed (esco-lookup.packed) as it reads esco-lookup.json", () => {
    const packedFile = path.join(dir, "esco-lookup.packed");
    writePackedLookupOnly(LOOKUP_ONLY_FILE, packedFile);
    const packed = readPackedLookupOnly(packedFile)!;
    const { rows } = JSON.parse(readFileSync(LOOKUP_ONLY_FILE, "utf8")) as LookupOnlyTaxonomy;
    const json = lookupOnlyOfRows(rows);
    expect(packed.all()).toEqual(json.all());
    const sample = rows.filter((_, i) => i % 37 === 0);
    for (const [id, , , , , keys] of sample) {
      expect(packed.byId(id)).toEqual(json.byId(id));
      for (const key of keys) expect(packed.byKey(key)).toEqual(json.byKey(key));
    }
    for (const miss of ["no-such-competence", "constructor", "__proto__", "zzzz"]) {
      expect(packed.byId(miss)).toBeUndefined();
      expect(packed.byKey(miss)).toBeUndefined();
    }
    // Through the taxonomy: a main-file miss reads the packed rows beside the JSON.
    const file = path.join(dir, "esco-lookup.json");
    copyFileSync(LOOKUP_ONLY_FILE, file);
    writePackedLookupOnly(file, path.join(dir, "esco-lookup.packed"));
    const viaPacked = loadTaxonomy(TAXONOMY_FILE, file, MATCHER_FILE);
    const viaJson = loadTaxonomy(TAXONOMY_FILE, LOOKUP_ONLY_FILE, MATCHER_FILE);
    for (const [id, name] of sample.slice(0, 50)) {
      expect(viaPacked.get(id)).toEqual(viaJson.get(id));
      expect(viaPacked.lookup(name)).toEqual(viaJson.lookup(name));
    }
  });
});

describe("sorted blocks (sorted-lines.ts)", () => {
  it("finds every key and no other, whatever the order written", () => {
    const keys = ["b", "a", "ab", "a b", "ä", "Z", "a\u00e9", "10", "9", "x".repeat(300)];
    const block = sortedBlock(keys.map((k, i) => [k, String(i)] as const));
    const lines = new SortedLines(`head\n${block}`, 5, 5 + block.length);
    for (const [i, k] of keys.entries()) expect(lines.get(k)).toBe(String(i));
    for (const miss of ["", "aa", "a ", "b ", "c", "0", "ä ", "x".repeat(299)])
      expect(lines.get(miss)).toBeUndefined();
    expect(() =>
      sortedBlock([
        ["a", "1"],
        ["a", "2"],
      ]),
    ).toThrow(/twice/);
    expect(() => sortedBlock([["a\tb", "1"]])).toThrow(/tab/);
  });
});

describe("packed files read as latin1 only when they are ASCII (issue 14)", () => {
  it("finds entries with accents and other non-ASCII letters, and ASCII ones beside them", () => {
    // Written for this test.
    const entries = ["développement web", "c++", "gestión de proyectos", "日本語", "zebra"];
    const tables: MatcherTables = { version: 1, prefixes: entries, phrases: entries, phrasePrefixes: ["a"] };
    const json = path.join(dir, "accented-matcher.json");
    writeFileSync(json, JSON.stringify(tables));
    writePackedMatcher(json, path.join(dir, "accented-matcher.packed"));
    const sets = readPackedMatcher(path.join(dir, "accented-matcher.packed"))!;
    expect(entries.filter((entry) => !sets.phrase.has(entry))).toEqual([]);
    expect(sets.prefix.has("developpement web")).toBe(false);
    expect(readPackedText(path.join(dir, "accented-matcher.packed"))).toBe(
      readFileSync(path.join(dir, "accented-matcher.packed"), "utf8"),
    );
    const ascii = path.join(dir, "ascii-matcher.json");
    writeFileSync(
      ascii,
      JSON.stringify({ prefixes: ["c++"], phrases: ["c++", "zebra"], phrasePrefixes: ["a"] }),
    );
    writePackedMatcher(ascii, path.join(dir, "ascii-matcher.packed"));
    expect(readPackedText(path.join(dir, "ascii-matcher.packed"))).toBe(
      readFileSync(path.join(dir, "ascii-matcher.packed"), "utf8"),
    );
  });
});
