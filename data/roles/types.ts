/** Role profiles derived from O*NET occupations (data/roles/roles.json). */

/** [title as people write it, how typical it is for this occupation 0..1, match key (see titleWords)] */
export type RoleTitle = [string, number, string];

export type EducationLevel = "none" | "secondary" | "associate" | "bachelor" | "master" | "doctorate";

export interface JobZone {
  name: string;
  /** O*NET's wording of what the zone needs. */
  education: string;
  experience: string;
  educationLevel: EducationLevel;
  experienceYears: { min: number; max: number };
}

export interface RoleProfile {
  /** O*NET-SOC code, e.g. "15-2051.00". */
  code: string;
  title: string;
  jobZone: number | null;
  /** Taxonomy ids the occupation most needs (O*NET In Demand, else Hot Technology). */
  coreSkills: string[];
  /**
   * How central each core skill is to the occupation (same order as coreSkills): the share of
   * its field listing the tool times how specific the tool is (scripts/taxonomy/tool-concentration.ts
   * `toolCentrality`). Orders a dream role's gaps of equal severity. Absent in older files.
   */
  coreCentrality?: number[];
  /** Other technologies the occupation uses. */
  commonSkills: string[];
  /**
   * The occupation's technologies by kind (O*NET commodity class), the most central first:
   * what a described role asks. A kind is met by any of its tools (Salesforce meets "CRM
   * software"); see scripts/taxonomy/tool-kinds.ts. Absent in older files.
   */
  toolKinds?: ToolKind[];
  titles: RoleTitle[];
}

export interface CompiledRoles {
  version: 1;
  builtFrom: string[];
  zones: Record<number, JobZone>;
  roles: RoleProfile[];
}

/** One kind of tool an occupation uses (an O*NET commodity class), e.g. CRM software. */
export interface ToolKind {
  /** Short name: "CRM software", "Medical software". */
  name: string;
  /** The taxonomy's own node for the kind ("crm"), whose children also meet it. */
  skillId?: string;
  /** Taxonomy ids of the occupation's tools of this kind, the most central first. */
  tools: string[];
  /** Central to the occupation: a described role asks it as required, else as a nice-to-have. */
  required: boolean;
  /**
   * Every tool of the kind is listed by many occupations (Adobe Acrobat, SharePoint, a web
   * browser: scripts/taxonomy/tool-kinds.ts WIDESPREAD_SHARE): at most one of a few low
   * nice-to-haves. Never set on a required kind.
   */
  widespread?: boolean;
  /**
   * A required kind that the occupation's trade (the major group of its title's agent noun,
   * scripts/taxonomy/tool-kinds.ts `tradeGroups`) does not concentrate: Git for Web and
   * Digital Interface Designers, filed by SOC with computer occupations. A described title
   * naming a discipline none of its tools belongs to asks it as a nice-to-have.
   */
  outsideTrade?: boolean;
  /** share of the occupation's field listing the kind x how specific the kind is (as toolCentrality). */
  centrality: number;
}
