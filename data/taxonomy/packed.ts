/**
 * The skill taxonomy's rows as the compiled build ships them (taxonomy.packed beside
 * taxonomy.json in dist/): each skill's JSON on its own line, parsed when that skill is first
 * asked for. Why: JSON.parse of the whole taxonomy.json built ~12k skill objects, of which a
 * parse reads a few dozen, and was ~35 ms of every cold `careercraft parse-resume` (issue 14).
 * The sources read taxonomy.json as before; scripts/build-js.mjs writes this file from it, so
 * a rebuilt taxonomy drops in unchanged.
 *
 * Format (sorted-lines.ts' packFile): "CCTX2", a JSON header {builtFrom, skills, keys, blocks},
 * then blocks of lines: the skills' ids, the skills' JSON, "spelling<TAB>index" for every
 * normalised spelling in taxonomy.json's key order (for iterating), and the same spellings and
 * the ids sorted, searched where they lie on a lookup (building a Map of ~25k spellings cost
 * more than every lookup of a cold parse).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { asciiJson } from "../ascii-json.ts";
import type { CompactSkill, CompiledTaxonomy, MatcherTables } from "./compiled.ts";
import { LineList, lineBlock, packFile, readPackedFile, SortedLines, sortedBlock } from "./sorted-lines.ts";

const MAGIC = "CCTX2";

/** The skills and spellings the Taxonomy class reads, whichever file they came from. */
export interface SkillRows {
  builtFrom: string[];
  count: number;
  id(index: number): string;
  skill(index: number): CompactSkill;
  /** normalised spelling -> index */
  indexOfKey(key: string): number | undefined;
  /** id -> index (the later skill of a repeated id), when the rows have an index of ids */
  indexOfId?(id: string): number | undefined;
  keys(): Iterable<[string, number]>;
}

/** The rows of a parsed taxonomy.json. */
export function rowsOfCompiled(compiled: CompiledTaxonomy): SkillRows {
  // The parsed file's own object, prototype removed (a spelling such as "constructor" is a
  // plain miss): copying ~25k keys into a Map cost more than every lookup a parse makes.
  const keys = Object.setPrototypeOf(compiled.keys, null) as Record<string, number>;
  return {
    builtFrom: compiled.builtFrom,
    count: compiled.skills.length,
    id: (i) => compiled.skills[i]!.id,
    skill: (i) => compiled.skills[i]!,
    indexOfKey: (key) => keys[key],
    *keys() {
      for (const key in keys) yield [key, keys[key]!];
    },
  };
}

/** taxonomy.json -> taxonomy.packed (run by the build on the compiled tree). */
export function writePackedTaxonomy(jsonFile: string, packedFile: string): void {
  const compiled = JSON.parse(readFileSync(jsonFile, "utf8")) as CompiledTaxonomy;
  const keys = Object.entries(compiled.keys);
  if (compiled.prefixes || compiled.phrases || compiled.phrasePrefixes)
    throw new Error("taxonomy.json holds its matcher tables inline; the packed form does not");
  // The same "later skill wins" as the Map the Taxonomy class builds from the ids.
  const idIndex = new Map(compiled.skills.map((s, i) => [s.id, String(i)]));
  const header = { builtFrom: compiled.builtFrom, skills: compiled.skills.length, keys: keys.length };
  const text = packFile(MAGIC, header, {
    ids: lineBlock(compiled.skills.map((s) => s.id)),
    // ASCII (data/ascii-json.ts): the file then reads as a one-byte string, twice as fast.
    skills: lineBlock(compiled.skills.map((s) => asciiJson(s))),
    keys: lineBlock(keys.map(([k, i]) => `${k}\t${i}`)),
    keyIndex: sortedBlock(keys.map(([k, i]) => [k, String(i)])),
    idIndex: sortedBlock(idIndex),
  });
  writeFileSync(packedFile, text);
}

const numberOrUndefined = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** The rows of a taxonomy.packed; undefined when the file is not one. */
export function readPackedTaxonomy(file: string): SkillRows | undefined {
  const packed = readPackedFile<{ builtFrom: string[]; skills: number; keys: number }>(file, MAGIC);
  if (!packed) return undefined;
  const { header } = packed;
  const ids = new LineList(...packed.block("ids"), header.skills);
  const skills = new LineList(...packed.block("skills"), header.skills);
  const keyIndex = new SortedLines(...packed.block("keyIndex"));
  const idIndex = new SortedLines(...packed.block("idIndex"));
  const parsed: (CompactSkill | undefined)[] = new Array(header.skills);
  const [text, keysStart, keysEnd] = packed.block("keys");
  return {
    builtFrom: header.builtFrom,
    count: header.skills,
    id: (i) => ids.at(i)!,
    skill: (i) => {
      parsed[i] ??= JSON.parse(skills.at(i)!) as CompactSkill;
      return parsed[i];
    },
    indexOfKey: (key) => numberOrUndefined(keyIndex.get(key)),
    indexOfId: (id) => numberOrUndefined(idIndex.get(id)),
    *keys() {
      for (const line of text.slice(keysStart, keysEnd).split("\n")) {
        if (!line) continue;
        const tab = line.lastIndexOf("\t");
        yield [line.slice(0, tab), Number(line.slice(tab + 1))];
      }
    },
  };
}

const MATCHER_MAGIC = "CCMT2";
const MATCHER_LISTS = ["prefixes", "phrases", "phrasePrefixes"] as const;

/** What the extractor asks of each matcher list. */
export interface KeySet {
  has(key: string): boolean;
}

/**
 * matcher.json -> matcher.packed: the extractor's three string lists, each a block of its
 * entries sorted (sorted-lines.ts), asked in place instead of made into Sets of ~60k strings.
 */
export function writePackedMatcher(jsonFile: string, packedFile: string): void {
  const tables = JSON.parse(readFileSync(jsonFile, "utf8")) as MatcherTables;
  const blocks = Object.fromEntries(
    MATCHER_LISTS.map((name) => [
      name,
      sortedBlock([...new Set(tables[name] ?? [])].map((entry) => [entry, undefined] as const)),
    ]),
  );
  writeFileSync(packedFile, packFile(MATCHER_MAGIC, {}, blocks));
}

/** The three lists of a matcher.packed; undefined when the file is not one. */
export function readPackedMatcher(
  file: string,
): { prefix: KeySet; phrase: KeySet; phrasePrefix: KeySet } | undefined {
  const packed = readPackedFile(file, MATCHER_MAGIC);
  if (!packed) return undefined;
  return {
    prefix: new SortedLines(...packed.block("prefixes")),
    phrase: new SortedLines(...packed.block("phrases")),
    phrasePrefix: new SortedLines(...packed.block("phrasePrefixes")),
  };
}
