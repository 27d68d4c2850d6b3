/** A week-by-week plan that closes the gaps of an analysis. */

import type { Proficiency } from "../../contract/profile.ts";
import type { GapSeverity } from "../gap/types.ts";
import type { PracticeStage } from "./stages.ts";

export interface RoadmapResource {
  title: string;
  url: string;
  kind: string;
  hours: number;
  /** A resource that runs over several weeks says which week of it this is. */
  note?: string;
}

export interface RoadmapItem {
  /** Stable: `${skillId}@${targetLevel}`, so progress survives replanning. */
  id: string;
  skillId: string;
  skill: string;
  /**
   * A gap of the analysis, a skill to learn first because a gap builds on it, or a degree,
   * licence, the years of experience or a duty the role requires that the experience does not
   * show (credentials.ts, work-evidence.ts: steps the plan holds, not skills to study).
   */
  kind: "gap" | "prerequisite" | "credential";
  severity?: GapSeverity;
  critical: boolean;
  fromLevel?: Proficiency;
  targetLevel: Proficiency;
  hours: number;
  /** Item ids that come first. */
  after: string[];
  resources: RoadmapResource[];
  practice: string;
  checkpoint: string;
  /** For a credential: how long the whole takes, beyond this plan's hours ("about 2 years full time ..."). */
  duration?: string;
  done: boolean;
}

export interface WeekPart {
  itemId: string;
  skill: string;
  hours: number;
  /** The last week of this item: its checkpoint is due. */
  finishes: boolean;
  /** Hours of the item done before this part (its resources are read in order). */
  from?: number;
  /** The item's resources for these hours; none once they are read (practice weeks). */
  resources?: RoadmapResource[];
  /** This week's part is done (progress applied; see progress.ts). */
  done?: boolean;
  /** A credential's step and how long the whole takes (the item has no resources to read). */
  note?: string;
  /** Where a part that carries an item on stands (stages.ts): practise, build, ... */
  stage?: PracticeStage;
  /** The weeks of a stage that runs over more than one week: one block. */
  block?: { from: number; to: number };
}

export interface RoadmapWeek {
  week: number;
  hours: number;
  goals: string[];
  parts: WeekPart[];
  resources: RoadmapResource[];
  practiceTask: string;
  checkpoint: string;
  done: boolean;
  /** The week's practice task is done (progress applied; see progress.ts). */
  practiceDone?: boolean;
}

export interface RoadmapCut {
  itemId: string;
  skill: string;
  hours: number;
  /** Why it was this item: its severity ("must-have", "high", "medium", "low", "extra"). */
  severity?: string;
}

export interface Roadmap {
  title: string;
  hoursPerWeek: number;
  targetWeeks?: number;
  totalHours: number;
  /** Hours still to do (finished items excluded). */
  remainingHours: number;
  fits: boolean;
  /** When it does not fit: what to cut (lowest priority first) to make it fit. */
  cut: RoadmapCut[];
  /**
   * With a target number of weeks that even the must-haves overflow: the hours of each item
   * that did not make it into the plan (the plan itself never runs past the target).
   */
  overflow?: RoadmapCut[];
  /**
   * No number of weeks was given and the work would run longer than a plan usefully can
   * (MAX_OPEN_WEEKS): the plan stops here and says what is left out.
   */
  horizonWeeks?: number;
  /** A number of weeks was given without hours: the hours are the person's earlier ones or the default. */
  hoursAssumed?: boolean;
  message: string;
  items: RoadmapItem[];
  weeks: RoadmapWeek[];
}

export interface RoadmapOptions {
  /** Default 10. */
  hoursPerWeek?: number;
  /** Finish within this many weeks. */
  weeks?: number;
}
