/**
 * The ESCO competences kept for lookup only (esco-lookup.json, ~11k rows), read on the
 * taxonomy's first lookup miss: from the JSON in the sources, or from esco-lookup.packed in
 * the compiled build (dist/), whose id and spelling indexes are searched where they lie
 * (sorted-lines.ts). A row becomes a Skill when it is first asked for.
 *
 * Why the packed form (issue 14): a parse misses the main taxonomy on almost every resume
 * (a tool under its own name, a word that is no skill), and JSON.parse of the 1.4 MB file plus
 * two Maps of its ids and spellings were ~35 ms of CPU in each cold `careercraft parse-resume`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { asciiJson } from "../ascii-json.ts";
import type { LookupOnlyTaxonomy } from "./compiled.ts";
import { LineList, lineBlock, packFile, readPackedFile, SortedLines, sortedBlock } from "./sorted-lines.ts";
import type { Skill } from "./types.ts";

type Row = LookupOnlyTaxonomy["rows"][number];

export interface LookupOnlySkills {
  byId(id: string): Skill | undefined;
  byKey(key: string): Skill | undefined;
  /** Every row once, in file order (a later row with the same id replaces an earlier one). */
  all(): Skill[];
}

function rowSkill([id, name, category, type, aliases]: Row): Skill {
  return {
    id,
    name,
    aliases,
    category,
    type,
    parents: [],
    children: [],
    related: [],
    ambiguous: false,
    sources: ["esco"],
    extractable: false,
  };
}

/** Rows by position, each a Skill once; what both forms share. */
class RowSkills {
  private readonly skills: (Skill | undefined)[];

  constructor(
    readonly count: number,
    private readonly row: (index: number) => Row,
  ) {
    this.skills = new Array(count);
  }

  at(index: number | undefined): Skill | undefined {
    if (index === undefined) return undefined;
    this.skills[index] ??= rowSkill(this.row(index));
    return this.skills[index];
  }

  /** A later row with the same id replaces an earlier one, kept at the earlier one's place. */
  all(idOf: (index: number) => string): Skill[] {
    const byId = new Map<string, number>();
    for (let i = 0; i < this.count; i++) byId.set(idOf(i), i);
    return [...byId.values()].map((i) => this.at(i)!);
  }
}

/** The parsed esco-lookup.json's rows, indexed by id and spelling. */
export function lookupOnlyOfRows(rows: Row[]): LookupOnlySkills {
  const rowById = new Map<string, number>();
  const rowByKey = new Map<string, number>();
  rows.forEach(([id, , , , , keys], i) => {
    rowById.set(id, i);
    for (const k of keys) rowByKey.set(k, i);
  });
  const skills = new RowSkills(rows.length, (i) => rows[i]!);
  return {
    byId: (id) => skills.at(rowById.get(id)),
    byKey: (key) => skills.at(rowByKey.get(key)),
    all: () => skills.all((i) => rows[i]![0]),
  };
}

const MAGIC = "CCES1";

/** esco-lookup.json -> esco-lookup.packed (run by the build on the compiled tree). */
export function writePackedLookupOnly(jsonFile: string, packedFile: string): void {
  const { rows } = JSON.parse(readFileSync(jsonFile, "utf8")) as LookupOnlyTaxonomy;
  // The same "later row wins" as the Maps of lookupOnlyOfRows.
  const rowById = new Map<string, string>();
  const rowByKey = new Map<string, string>();
  rows.forEach(([id, , , , , keys], i) => {
    rowById.set(id, String(i));
    for (const k of keys) rowByKey.set(k, String(i));
  });
  const text = packFile(
    MAGIC,
    { rows: rows.length },
    {
      // ASCII (data/ascii-json.ts): the file then reads as a one-byte string, twice as fast.
      rows: lineBlock(rows.map((row) => asciiJson(row))),
      ids: sortedBlock(rowById),
      keys: sortedBlock(rowByKey),
    },
  );
  writeFileSync(packedFile, text);
}

/** The rows of an esco-lookup.packed; undefined when the file is not one. */
export function readPackedLookupOnly(file: string): LookupOnlySkills | undefined {
  const packed = readPackedFile<{ rows: number }>(file, MAGIC);
  if (!packed) return undefined;
  const lines = new LineList(...packed.block("rows"), packed.header.rows);
  const ids = new SortedLines(...packed.block("ids"));
  const keys = new SortedLines(...packed.block("keys"));
  const row = (i: number) => JSON.parse(lines.at(i)!) as Row;
  const skills = new RowSkills(packed.header.rows, row);
  const index = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    byId: (id) => skills.at(index(ids.get(id))),
    byKey: (key) => skills.at(index(keys.get(key))),
    // Each row parsed once: its id from the Skill it becomes.
    all: () => skills.all((i) => skills.at(i)!.id),
  };
}
