/**
 * What history, comparison and reanalysis need from storage. data/repositories
 * (`createAnalysesRepository`, the profile repository) satisfy these structurally; tools/gap
 * never opens a database itself.
 */

import type { Preferences, Proficiency, ProfileSnapshot } from "../../contract/profile.ts";
import type { JobPosting } from "../jobs/types.ts";
import type { Analysis } from "./types.ts";

export interface StoredJobRecord {
  id: string;
  sourceKind: "posting" | "role";
  title: string | null;
  text: string;
  requirements: JobPosting;
  createdAt: string;
}

export interface StoredAnalysisRecord {
  id: string;
  jobId: string | null;
  verdict: "FIT" | "UNFIT";
  readiness: number;
  confidence: number;
  result: Analysis;
  createdAt: string;
}

export interface AnalysisStore {
  saveJob(
    userId: string,
    job: {
      sourceKind: "posting" | "role";
      title?: string;
      company?: string;
      text: string;
      requirements: JobPosting;
    },
  ): Promise<StoredJobRecord>;
  getJob(userId: string, jobId: string): Promise<StoredJobRecord>;
  saveAnalysis(
    userId: string,
    input: { jobId?: string; result: Analysis; profileSnapshot?: unknown },
  ): Promise<StoredAnalysisRecord>;
  getAnalysis(userId: string, analysisId: string): Promise<StoredAnalysisRecord>;
  listAnalyses(userId: string, limit?: number): Promise<StoredAnalysisRecord[]>;
}

/** A skill the person told us about in chat ("I also have 2 years of Kubernetes"). */
export interface SkillAddition {
  skillId: string;
  name: string;
  proficiency: Proficiency;
  proficiencyReason: string;
  proficiencyStated: boolean;
  years?: number;
  evidence: string;
}

export interface ProfilePort {
  snapshot(userId: string): Promise<ProfileSnapshot>;
  /** Adds or updates these skills on the user's profile (source "chat"). */
  addSkills(userId: string, additions: SkillAddition[]): Promise<void>;
  /** Stores preferences the person stated (salary, place, work mode, relocation, values). */
  setPreferences?(userId: string, change: Preferences): Promise<void>;
}
