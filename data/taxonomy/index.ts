/**
 * The skill taxonomy shipped with the project (data/taxonomy/taxonomy.json, built by
 * `npm run build:taxonomy`). Loaded once, lazily, and shared: `getTaxonomy()`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CareerCraftError } from "../errors.ts";
import { type CompiledTaxonomy, expand, type LookupOnlyTaxonomy, type MatcherTables } from "./compiled.ts";
import { type LookupOnlySkills, lookupOnlyOfRows, readPackedLookupOnly } from "./lookup-only.ts";
import { normalizeKey, stripVersion } from "./normalize.ts";
import {
  type KeySet,
  readPackedMatcher,
  readPackedTaxonomy,
  rowsOfCompiled,
  type SkillRows,
} from "./packed.ts";
import type { Skill } from "./types.ts";

export type { Skill, SkillCategory, SkillRelation, SkillType } from "./types.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
export const TAXONOMY_FILE = path.join(here, "taxonomy.json");
export const LOOKUP_ONLY_FILE = path.join(here, "esco-lookup.json");
export const MATCHER_FILE = path.join(here, "matcher.json");

export class Taxonomy {
  private readonly rows: SkillRows;
  private readonly expanded: (Skill | undefined)[];
  /** Built on the first lookup by id: the extractor's cold path looks up spellings only. */
  private idIndex?: Map<string, number>;
  // Matcher tables are read and indexed on first use: a lookup-only caller never pays for them.
  private readonly compiledSets: Pick<CompiledTaxonomy, "prefixes" | "phrases" | "phrasePrefixes">;
  private readonly matcherFile?: string;
  private sets?: { prefix: KeySet; phrase: KeySet; phrasePrefix: KeySet };
  private lookupOnly?: LookupOnlySkills;
  readonly builtFrom: string[];

  /**
   * `lookupOnlyFile`: ESCO competences read on the first lookup miss (absent = none);
   * `matcherFile`: the extractor's phrase tables when they are not inline.
   */
  constructor(
    compiled: CompiledTaxonomy | SkillRows,
    private readonly lookupOnlyFile?: string,
    matcherFile?: string,
  ) {
    this.matcherFile = matcherFile;
    this.rows = "skills" in compiled ? rowsOfCompiled(compiled) : compiled;
    this.expanded = new Array(this.rows.count);
    this.compiledSets = "skills" in compiled ? compiled : {};
    this.builtFrom = this.rows.builtFrom;
  }

  private matcherSets(): { prefix: KeySet; phrase: KeySet; phrasePrefix: KeySet } {
    if (this.sets) return this.sets;
    let tables: Pick<CompiledTaxonomy, "prefixes" | "phrases" | "phrasePrefixes"> = this.compiledSets;
    if (!tables.prefixes && this.matcherFile) {
      try {
        // The compiled build's packed copy (packed.ts), made from this same file.
        const packedFile = this.matcherFile.replace(/\.json$/, ".packed");
        const packed =
          packedFile !== this.matcherFile && existsSync(packedFile)
            ? readPackedMatcher(packedFile)
            : undefined;
        if (packed) {
          this.sets = packed;
          return packed;
        }
        tables = JSON.parse(readFileSync(this.matcherFile, "utf8")) as MatcherTables;
      } catch (cause) {
        throw new CareerCraftError(
          "config",
          "The skill matcher data file is missing or damaged; run `npm run build:taxonomy`.",
          { cause, details: { file: this.matcherFile } },
        );
      }
    }
    this.sets = {
      prefix: new Set(tables.prefixes ?? []),
      phrase: new Set(tables.phrases ?? []),
      phrasePrefix: new Set(tables.phrasePrefixes ?? []),
    };
    return this.sets;
  }

  private at(index: number): Skill {
    let skill = this.expanded[index];
    if (!skill) {
      skill = expand(this.rows.skill(index));
      this.expanded[index] = skill;
    }
    return skill;
  }

  private indexOf(id: string): number | undefined {
    if (this.rows.indexOfId) return this.rows.indexOfId(id);
    if (!this.idIndex) {
      this.idIndex = new Map();
      for (let i = 0; i < this.rows.count; i++) this.idIndex.set(this.rows.id(i), i);
    }
    return this.idIndex.get(id);
  }

  /**
   * The lookup-only rows (lookup-only.ts); a row becomes a Skill when it is first asked for
   * (a parse looks up a few of ~11k rows, so building them all was wasted).
   */
  private secondary(): LookupOnlySkills {
    if (this.lookupOnly) return this.lookupOnly;
    const file = this.lookupOnlyFile;
    // The compiled build's packed copy, made from this same file.
    const packedFile = file?.replace(/\.json$/, ".packed");
    const packed =
      packedFile && packedFile !== file && existsSync(packedFile)
        ? readPackedLookupOnly(packedFile)
        : undefined;
    this.lookupOnly =
      packed ??
      lookupOnlyOfRows(
        file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as LookupOnlyTaxonomy).rows : [],
      );
    return this.lookupOnly;
  }

  /** Skills in the main file (the extractable and linked ones). */
  get size(): number {
    return this.rows.count;
  }

  get(id: string): Skill | undefined {
    const index = this.indexOf(id);
    if (index !== undefined) return this.at(index);
    return this.secondary().byId(id);
  }

  /** Like get, but an unknown id is a clear error. */
  require(id: string): Skill {
    const skill = this.get(id);
    if (!skill) throw new CareerCraftError("not_found", `"${id}" is not a skill in the taxonomy.`);
    return skill;
  }

  /** Every skill, including the lookup-only ESCO competences. */
  all(): Skill[] {
    return [...Array.from({ length: this.rows.count }, (_, i) => this.at(i)), ...this.secondary().all()];
  }

  /**
   * Any spelling -> skill, ignoring case, spacing and punctuation ("k8s" -> Kubernetes,
   * "Postgres" -> PostgreSQL, "Oracle 10g" -> Oracle Database, "MS-Office" -> Microsoft Office).
   */
  lookup(term: string): Skill | undefined {
    if (typeof term !== "string") return undefined;
    const trimmed = term.trim().slice(0, 200);
    if (trimmed.length === 0) return undefined;
    const candidates = [trimmed];
    const unversioned = stripVersion(trimmed);
    if (unversioned) candidates.push(unversioned);
    const unbracketed = trimmed.replace(/\s*\([^)]*\)\s*$/, "");
    if (unbracketed !== trimmed) candidates.push(unbracketed);
    const noSuffix = trimmed.replace(/\s+(software|programming|language|framework|skills?)$/i, "");
    if (noSuffix !== trimmed) candidates.push(noSuffix);
    const keys = candidates.map((c) => normalizeKey(c));
    for (const key of keys) {
      const hit = this.byNormalizedKey(key);
      if (hit) return hit;
    }
    for (const key of keys) {
      const hit = this.secondary().byKey(key);
      if (hit) return hit;
    }
    return undefined;
  }

  /** The skill owning an already-normalised key (used by the extractor). */
  byNormalizedKey(key: string): Skill | undefined {
    const index = this.rows.indexOfKey(key);
    return index === undefined ? undefined : this.at(index);
  }

  /** Every normalised spelling in the main file with its skill id (for compiling matchers). */
  *spellings(): IterableIterator<[string, string]> {
    for (const [key, index] of this.rows.keys()) yield [key, this.rows.id(index)];
  }

  /** Whether a longer spelling continues after this normalised key at a token boundary. */
  isPrefix(key: string): boolean {
    return this.matcherSets().prefix.has(key);
  }

  /** Whether a word-level key ("java script") is a known multi-word spelling. */
  isPhrase(spaced: string): boolean {
    return this.matcherSets().phrase.has(spaced);
  }

  /** Whether a known multi-word spelling continues after these words ("ruby on" -> "ruby on rails"). */
  isPhrasePrefix(spaced: string): boolean {
    return this.matcherSets().phrasePrefix.has(spaced);
  }

  parentsOf(id: string): Skill[] {
    return (this.get(id)?.parents ?? []).map((p) => this.get(p)!).filter(Boolean);
  }

  childrenOf(id: string): Skill[] {
    return (this.get(id)?.children ?? []).map((c) => this.get(c)!).filter(Boolean);
  }

  /** Every ancestor, nearest first (PostgreSQL -> SQL, Relational Databases, Programming, Databases, ...). */
  ancestorsOf(id: string): Skill[] {
    const out: Skill[] = [];
    const seen = new Set<string>([id]);
    let frontier = [id];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const f of frontier) {
        for (const p of this.get(f)?.parents ?? []) {
          if (seen.has(p)) continue;
          seen.add(p);
          out.push(this.get(p)!);
          next.push(p);
        }
      }
      frontier = next;
    }
    return out;
  }

  descendantsOf(id: string): Skill[] {
    const out: Skill[] = [];
    const seen = new Set<string>([id]);
    const stack = [id];
    while (stack.length > 0) {
      for (const c of this.get(stack.pop()!)?.children ?? []) {
        if (seen.has(c)) continue;
        seen.add(c);
        out.push(this.get(c)!);
        stack.push(c);
      }
    }
    return out;
  }

  isAncestor(ancestorId: string, id: string): boolean {
    return this.ancestorsOf(id).some((s) => s.id === ancestorId);
  }

  /** 1 for the same skill, the curated partial credit for related skills (MySQL ~ PostgreSQL 0.7), else 0. */
  relatedCredit(a: string, b: string): number {
    if (a === b) return this.get(a) ? 1 : 0;
    return this.get(a)?.related.find((r) => r.id === b)?.credit ?? 0;
  }
}

let singleton: Taxonomy | undefined;

export function getTaxonomy(): Taxonomy {
  singleton ??= loadTaxonomy(TAXONOMY_FILE, LOOKUP_ONLY_FILE, MATCHER_FILE);
  return singleton;
}

export function loadTaxonomy(file: string, lookupOnlyFile?: string, matcherFile?: string): Taxonomy {
  // The matcher tables sit beside the taxonomy file unless told otherwise.
  const matcher = matcherFile ?? path.join(path.dirname(file), "matcher.json");
  // The compiled build's packed copy (packed.ts), made from this same file.
  const packedFile = file.replace(/\.json$/, ".packed");
  const packed = packedFile !== file && existsSync(packedFile) ? readPackedTaxonomy(packedFile) : undefined;
  if (packed) return new Taxonomy(packed, lookupOnlyFile, matcher);
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (cause) {
    throw new CareerCraftError(
      "config",
      "The skill taxonomy data file is missing; reinstall CareerCraft or run `npm run build:taxonomy`.",
      { cause, details: { file } },
    );
  }
  let compiled: CompiledTaxonomy;
  try {
    compiled = JSON.parse(raw) as CompiledTaxonomy;
  } catch (cause) {
    throw new CareerCraftError(
      "corrupt_input",
      "The skill taxonomy data file is damaged; run `npm run build:taxonomy`.",
      {
        cause,
        details: { file },
      },
    );
  }
  if (compiled?.version !== 1 || !Array.isArray(compiled.skills) || typeof compiled.keys !== "object") {
    throw new CareerCraftError(
      "corrupt_input",
      "The skill taxonomy data file has an unknown format; run `npm run build:taxonomy`.",
      {
        details: { file },
      },
    );
  }
  return new Taxonomy(compiled, lookupOnlyFile, matcher);
}
