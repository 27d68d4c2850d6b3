/**
 * The skill taxonomy's rows as the compiled build ships them (taxonomy.packed beside
 * taxonomy.json in dist/): each skill's JSON on its own line, parsed when that skill is first
 * asked for. Why: JSON.parse of the whole taxonomy.json built ~12k skill objects, of which a
 * parse reads a few dozen, and was ~35 ms of every cold `careercraft parse-resume` (issue 14).
 * The sources read taxonomy.json as before; scripts/build-js.mjs writes this file from it, so
 * a rebuilt taxonomy drops in unchanged.
 *
 * Format (UTF-8 lines): "CCTX1", a JSON header {builtFrom, skills, keys}, the skills' ids,
 * the skills' JSON, then "spelling<TAB>index" for every normalised spelling, in taxonomy.json's
 * key order.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { CompactSkill, CompiledTaxonomy, MatcherTables } from "./compiled.ts";

const MAGIC = "CCTX1";

/** The skills and spellings the Taxonomy class reads, whichever file they came from. */
export interface SkillRows {
  builtFrom: string[];
  count: number;
  id(index: number): string;
  skill(index: number): CompactSkill;
  /** normalised spelling -> index */
  indexOfKey(key: string): number | undefined;
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
  if (keys.some(([k]) => /[\t\n]/.test(k)) || compiled.skills.some((s) => s.id.includes("\n")))
    throw new Error("a taxonomy spelling or id holds a tab or line break");
  const header = { builtFrom: compiled.builtFrom, skills: compiled.skills.length, keys: keys.length };
  const lines = [
    MAGIC,
    JSON.stringify(header),
    ...compiled.skills.map((s) => s.id),
    ...compiled.skills.map((s) => JSON.stringify(s)),
    ...keys.map(([k, i]) => `${k}\t${i}`),
  ];
  writeFileSync(packedFile, `${lines.join("\n")}\n`);
}

/** The rows of a taxonomy.packed; undefined when the file is not one. */
export function readPackedTaxonomy(file: string): SkillRows | undefined {
  const lines = readFileSync(file, "utf8").split("\n");
  if (lines[0] !== MAGIC) return undefined;
  const header = JSON.parse(lines[1]!) as { builtFrom: string[]; skills: number; keys: number };
  const idsAt = 2;
  const skillsAt = idsAt + header.skills;
  const keysAt = skillsAt + header.skills;
  const parsed: (CompactSkill | undefined)[] = new Array(header.skills);
  const keys = new Map<string, number>();
  for (let i = keysAt; i < keysAt + header.keys; i++) {
    const line = lines[i]!;
    const tab = line.lastIndexOf("\t");
    keys.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return {
    builtFrom: header.builtFrom,
    count: header.skills,
    id: (i) => lines[idsAt + i]!,
    skill: (i) => {
      let s = parsed[i];
      if (!s) {
        s = JSON.parse(lines[skillsAt + i]!) as CompactSkill;
        parsed[i] = s;
      }
      return s;
    },
    indexOfKey: (key) => keys.get(key),
    keys: () => keys.entries(),
  };
}

const MATCHER_MAGIC = "CCMT1";
const MATCHER_LISTS = ["prefixes", "phrases", "phrasePrefixes"] as const;

/**
 * matcher.json -> matcher.packed: the extractor's three string lists one entry per line
 * (splitting lines is several times faster than JSON.parse of the same strings).
 */
export function writePackedMatcher(jsonFile: string, packedFile: string): void {
  const tables = JSON.parse(readFileSync(jsonFile, "utf8")) as MatcherTables;
  const lists = MATCHER_LISTS.map((name) => tables[name] ?? []);
  if (lists.some((list) => list.some((entry) => entry.includes("\n"))))
    throw new Error("a matcher table entry holds a line break");
  const header = Object.fromEntries(MATCHER_LISTS.map((name, i) => [name, lists[i]!.length]));
  writeFileSync(packedFile, `${[MATCHER_MAGIC, JSON.stringify(header), ...lists.flat()].join("\n")}\n`);
}

/** The tables of a matcher.packed; undefined when the file is not one. */
export function readPackedMatcher(file: string): MatcherTables | undefined {
  const lines = readFileSync(file, "utf8").split("\n");
  if (lines[0] !== MATCHER_MAGIC) return undefined;
  const header = JSON.parse(lines[1]!) as Record<(typeof MATCHER_LISTS)[number], number>;
  let at = 2;
  const [prefixes, phrases, phrasePrefixes] = MATCHER_LISTS.map((name) => {
    const list = lines.slice(at, at + header[name]);
    at += header[name];
    return list;
  });
  return { version: 1, prefixes: prefixes!, phrases: phrases!, phrasePrefixes: phrasePrefixes! };
}
