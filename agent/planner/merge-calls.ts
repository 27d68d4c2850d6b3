/**
 * When a message asks the same thing twice ("analyse me … and check my fit"), the plan runs
 * it once; two pieces about the same application ("save this job, I applied today") are one
 * application, and the later piece's status wins.
 */
import type { PlannedCall } from "../tools/schemas.ts";

/** Tools a plan runs once however many pieces ask for them (their arguments are merged). */
const MERGEABLE = new Set<PlannedCall["name"]>([
  "create_roadmap",
  "analyze_fit",
  "show_skills",
  "show_profile",
  "show_roadmap",
  "explain_score",
  "list_applications",
  "application_stats",
  "export_data",
]);

const sameApplication = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  String(a.company).toLowerCase() === String(b.company).toLowerCase() &&
  String(a.position).toLowerCase() === String(b.position).toLowerCase();

/** Merges `next` into the call already planned that it repeats; false when it repeats none. */
export function mergeIntoPlanned(planned: PlannedCall[], next: PlannedCall): boolean {
  const same = MERGEABLE.has(next.name)
    ? planned.find((p) => p.name === next.name)
    : next.name === "add_application"
      ? planned.find((p) => p.name === next.name && sameApplication(p.args, next.args))
      : undefined;
  if (!same) return false;
  if (next.name === "add_application" && next.args.status === undefined) delete same.args.status;
  Object.assign(same.args, next.args);
  return true;
}
