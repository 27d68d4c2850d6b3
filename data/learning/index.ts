/**
 * The learning catalog: free, reputable resources per skill (resources/*.ts), prerequisites,
 * and the hours a proficiency step takes. `getLearningCatalog()` parses it once.
 */
import type { SkillCategory } from "../taxonomy/types.ts";
import { PREREQUISITES, parsePrerequisites } from "./prerequisites.ts";
import { BUSINESS } from "./resources/business.ts";
import { CLOUD } from "./resources/cloud.ts";
import { DATA } from "./resources/data.ts";
import { ENGINEERING } from "./resources/engineering.ts";
import { LANGUAGES } from "./resources/languages.ts";
import { WEB } from "./resources/web.ts";
import type { CatalogEntry, LearningCatalog, LearningResource, Level, ResourceKind } from "./types.ts";

export type { CatalogEntry, LearningCatalog, LearningResource, Level, ResourceKind } from "./types.ts";

const KINDS: ResourceKind[] = ["docs", "tutorial", "course", "book", "video", "interactive", "guide"];
const LEVELS: Level[] = ["beginner", "intermediate", "advanced", "expert"];

/**
 * Cumulative hours from zero to each level, by category: rough, deliberately round figures
 * (a language takes longer to reach working level than a tool).
 */
export const CATEGORY_HOURS: Record<SkillCategory, [number, number, number, number]> = {
  programming_language: [20, 80, 200, 400],
  framework_library: [10, 40, 100, 200],
  database: [8, 30, 80, 160],
  cloud_platform: [15, 50, 120, 240],
  tool: [5, 20, 50, 100],
  methodology: [5, 20, 50, 100],
  soft_skill: [5, 20, 50, 100],
  domain_knowledge: [15, 60, 150, 300],
  spoken_language: [60, 200, 500, 1000],
  certification: [20, 60, 120, 200],
  concept: [10, 40, 100, 200],
};

/** Skills whose steps take clearly longer or shorter than their category's default. */
const EFFORT_OVERRIDES: Record<string, [number, number, number, number]> = {
  kubernetes: [15, 50, 120, 240],
  aws: [15, 60, 150, 300],
  azure: [15, 60, 150, 300],
  gcp: [15, 60, 150, 300],
  "machine-learning": [20, 80, 200, 400],
  "deep-learning": [20, 80, 200, 400],
  cpp: [30, 120, 300, 600],
  rust: [30, 100, 250, 500],
  html: [6, 20, 50, 100],
  css: [8, 30, 80, 160],
  sql: [8, 30, 80, 160],
  json: [1, 3, 8, 15],
  yaml: [1, 3, 8, 15],
  git: [4, 15, 40, 80],
  "microsoft-office": [5, 15, 40, 80],
  excel: [5, 20, 50, 100],
  word: [3, 10, 25, 50],
  powerpoint: [3, 10, 25, 50],
  scrum: [3, 12, 30, 60],
  kanban: [2, 8, 20, 40],
  agile: [4, 15, 40, 80],
  "software-architecture": [20, 80, 200, 400],
  // A named regulation: working knowledge is reading it and applying it to one's own work,
  // not the months a whole domain takes (an 8-week plan was seven weeks of "Compliance").
  gdpr: [4, 15, 40, 80],
  ccpa: [3, 10, 30, 60],
  hipaa: [4, 15, 40, 80],
  osha: [4, 15, 40, 80],
  "pci-dss": [4, 15, 40, 80],
  "iso-27001": [5, 20, 50, 100],
  "soc-2": [4, 15, 40, 80],
  sox: [4, 15, 40, 80],
};

function parseResources(block: string, origin: string): Map<string, LearningResource[]> {
  const out = new Map<string, LearningResource[]>();
  for (const [i, raw] of block.split("\n").entries()) {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith("#")) continue;
    const cols = line.split(" | ").map((c) => c.trim());
    const [id, kindHours, title, url] = cols;
    const [kind, hours] = (kindHours ?? "").split(/\s+/);
    if (
      cols.length !== 4 ||
      !id ||
      !title ||
      !url ||
      !KINDS.includes(kind as ResourceKind) ||
      !(Number(hours) > 0)
    )
      throw new Error(
        `data/learning ${origin}:${i + 1}: expected "skillId | kind hours | title | url", got "${line}"`,
      );
    const list = out.get(id) ?? [];
    list.push({ title, url, kind: kind as ResourceKind, hours: Number(hours), free: true });
    out.set(id, list);
  }
  return out;
}

const hoursRecord = (h: [number, number, number, number]): Record<Level, number> => ({
  beginner: h[0],
  intermediate: h[1],
  advanced: h[2],
  expert: h[3],
});

class Catalog implements LearningCatalog {
  private readonly entries = new Map<string, CatalogEntry>();
  private readonly prereqs: Map<string, string[]>;

  constructor(blocks: [string, string][], prerequisites: string) {
    this.prereqs = parsePrerequisites(prerequisites);
    for (const [origin, block] of blocks) {
      for (const [id, resources] of parseResources(block, origin)) {
        const prev = this.entries.get(id);
        if (prev) {
          prev.resources.push(...resources);
          continue;
        }
        this.entries.set(id, {
          skillId: id,
          resources,
          ...(EFFORT_OVERRIDES[id] ? { hoursToLevel: hoursRecord(EFFORT_OVERRIDES[id]) } : {}),
          prerequisites: this.prereqs.get(id) ?? [],
        });
      }
    }
  }

  get size(): number {
    return this.entries.size;
  }

  ids(): string[] {
    return [...this.entries.keys()].sort();
  }

  entry(skillId: string): CatalogEntry | undefined {
    return this.entries.get(skillId);
  }

  prerequisites(skillId: string): string[] {
    return this.prereqs.get(skillId) ?? [];
  }

  effortHours(skillId: string, from: Level | undefined, to: Level, category?: SkillCategory): number {
    const table = EFFORT_OVERRIDES[skillId] ?? (category ? CATEGORY_HOURS[category] : CATEGORY_HOURS.concept);
    const target = table[LEVELS.indexOf(to)] ?? 0;
    const done = from ? (table[LEVELS.indexOf(from)] ?? 0) : 0;
    return Math.max(0, target - done);
  }
}

let singleton: Catalog | undefined;

export function getLearningCatalog(): LearningCatalog {
  singleton ??= new Catalog(
    [
      ["languages", LANGUAGES],
      ["web", WEB],
      ["data", DATA],
      ["cloud", CLOUD],
      ["engineering", ENGINEERING],
      ["business", BUSINESS],
    ],
    PREREQUISITES,
  );
  return singleton;
}
