/**
 * The product functions the robustness, latency and conversation suites call, found
 * in the capability folders at run time. One place maps our needs onto the names the
 * capability owners chose, so a rename touches only this file.
 */

import type { Converse } from "../../agent/conversation/types.ts";
import { loadCapability } from "../core/capability.ts";
import { SuiteNotAvailable } from "../core/errors.ts";

export interface AnalysisLike {
  verdict: "FIT" | "UNFIT";
  confidence: number;
  scores: Record<string, number | null | { value: number | null }>;
}

export interface ProductPorts {
  /** Resume text -> parsed profile (whatever shape analyse takes). */
  parseResumeText(text: string): Promise<unknown>;
  /** File bytes -> parsed resume; throws CareerCraftError on bad input. */
  parseResumeFile(bytes: Uint8Array, filename: string): Promise<unknown>;
  parseJobText(text: string): Promise<unknown>;
  analyse(profile: unknown, job: unknown): Promise<AnalysisLike>;
  roadmap?(analysis: AnalysisLike): Promise<unknown>;
}

/** Flattens the 11 scores to numbers (null when a score says "not enough data"). */
export function scoreValues(analysis: AnalysisLike): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(analysis.scores)) {
    out[k] = v && typeof v === "object" ? v.value : (v as number | null);
  }
  return out;
}

export async function loadProductPorts(): Promise<ProductPorts> {
  throw new SuiteNotAvailable(
    "resume parsing, job parsing and gap analysis entry points (tools/resume, tools/jobs, tools/gap) have not all landed.",
  );
}

export interface ConversationEntry {
  converse: Converse;
  close(): Promise<void>;
  /** How it was set up, for the report ("in-memory PGlite, offline planner"). */
  description: string;
}

export async function openConversationEntry(): Promise<ConversationEntry> {
  await loadCapability(
    "The conversation entry (agent/conversation/converse.ts)",
    ["agent/conversation/converse.ts"],
    ["createConverse"],
  );
  throw new SuiteNotAvailable(
    "agent/conversation/converse.ts has landed but the harness adapter is not wired yet.",
  );
}
