/**
 * The bank's nearest set for a target it has no set of its own for, read from the target's
 * occupation code (O*NET-SOC, an exact format): a Medical Records Specialist (29-2072)
 * practises health informatics, a Freight Dispatcher (43-5032) logistics. Said back to the
 * person, since the set is near, not exact (trial 2026-12-06 F13).
 */
import type { Db } from "../../data/db/types.ts";
import { ROLES } from "../../data/questions/roles.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import type { JobPosting } from "../jobs/types.ts";

/** Most specific first: a code prefix -> the bank role id. */
const BY_CODE: [string, string][] = [
  ["15-1211.01", "health-informatics"],
  ["29-9021", "health-informatics"],
  ["29-2072", "health-informatics"],
  ["11-9121.01", "clinical-research"],
  ["43-3071", "retail-banking-front-line"],
  ["43-4051", "customer-support"],
  ["43-4161", "human-resources"],
  ["43-3031", "accounting-finance"],
  ["43-5", "logistics-supply-chain"],
  // Office occupations by their own codes: the whole 43 group reaches too far (a school
  // counselor's described role was read into it).
  ["43-6011", "administrative-office"],
  ["43-6014", "administrative-office"],
  ["43-9061", "administrative-office"],
  ["43-4171", "administrative-office"],
  ["43-1011", "administrative-office"],
  ["43-9021", "administrative-office"],
  ["11-3071", "logistics-supply-chain"],
  ["11-3061", "logistics-supply-chain"],
  ["13-1081", "logistics-supply-chain"],
  ["13-1023", "logistics-supply-chain"],
  ["53-", "logistics-supply-chain"],
  ["11-3121", "human-resources"],
  ["13-1071", "human-resources"],
  ["13-1075", "human-resources"],
  ["13-1141", "human-resources"],
  ["11-3131", "instructional-design"],
  ["13-1151", "instructional-design"],
  ["25-9031", "instructional-design"],
  ["25-", "teaching"],
  ["41-2", "retail-banking-front-line"],
  ["41-1011", "retail-banking-front-line"],
  ["41-", "sales"],
  ["47-", "trades-manufacturing-quality"],
  ["49-", "trades-manufacturing-quality"],
  ["51-", "trades-manufacturing-quality"],
  ["29-1141", "nursing"],
  ["29-2061", "nursing"],
  ["31-1131", "nursing"],
  ["13-2", "accounting-finance"],
  ["11-2021", "marketing"],
];

export interface NearestFamily {
  /** The bank role id practised. */
  role: string;
  /** Its name as the person reads it ("Health informatics"). */
  name: string;
}

/** The family of an O*NET-SOC code, or undefined when the bank has none near it. */
export function familyOfOccupation(code: string | undefined): NearestFamily | undefined {
  if (!code) return undefined;
  const role = BY_CODE.find(([prefix]) => code.startsWith(prefix))?.[1];
  const info = role ? ROLES.find((r) => r.id === role) : undefined;
  return info ? { role: info.id, name: info.name } : undefined;
}

/** The nearest set for the person's latest target, from its occupation; undefined without one. */
export async function nearestFamilyOfTarget(db: Db, userId: string): Promise<NearestFamily | undefined> {
  const target = await createAnalysesRepository(db).latestJob<Partial<JobPosting>>(userId);
  return familyOfOccupation(target?.requirements?.occupation?.code);
}

/**
 * Practice filters with the person's target title (one the bank has no set for) swapped for
 * its nearest set; `nearest` says which, so the reply can say so. Other filters pass as they are.
 */
export async function withNearestFamily<A extends { role?: string; skill?: string }>(
  db: Db,
  userId: string,
  args: A,
  covered: (role: string) => boolean,
): Promise<{ args: A; nearest?: { asked: string; name: string } }> {
  if (!args.role || args.skill || covered(args.role)) return { args };
  const target = await createAnalysesRepository(db).latestJob<Partial<JobPosting>>(userId);
  if (target?.title?.trim() !== args.role.trim()) return { args };
  const family = familyOfOccupation(target.requirements?.occupation?.code);
  return family
    ? { args: { ...args, role: family.role }, nearest: { asked: args.role, name: family.name } }
    : { args };
}
