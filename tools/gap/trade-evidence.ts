/**
 * A trade's typical competence is shown by work held in that trade (issue 13): a cook of
 * four years can "cook fish" though no bullet says so, and the offline embedder reads "Worked
 * grill, fry and saute stations" only 0.3-0.5 like it. A described role outside office work
 * asks its occupation's competences (tools/jobs/role-requirements.ts `fieldAskLines`, each
 * marked `typicalOf` with the occupation's code); a dated role whose title O*NET files under
 * that occupation (its titles, word for word: title-kinship.ts `occupationCodesOf`) meets them,
 * and that role is quoted. An undated title or one in a skills list shows nothing.
 * A role held in another occupation shows the competence when that occupation has it among its
 * own typical competences too: a line cook (Cooks, Restaurant) "cooks vegetable products" as a
 * sous chef (Chefs and Head Cooks) does (lead26 trial: four years on the line showed none).
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { getRoleExtras } from "../../data/roles/extras.ts";
import { getRoles } from "../../data/roles/index.ts";
import type { JobPosting } from "../jobs/types.ts";
import { partialCredit, type RequirementEvidence } from "./evidence.ts";
import type { TypedRequirement } from "./requirements.ts";
import type { CompetenceCredit } from "./score-skills.ts";
import { occupationCodesOf } from "./title-kinship.ts";

/** The held role that shows a competence typical of its occupation, quoted as "title, company". */
export function heldInTrade(requirement: TypedRequirement, profile: ProfileSnapshot): string | undefined {
  const code = requirement.typicalOf;
  if (!code) return undefined;
  const competence = requirement.text.replace(/^able to /i, "").toLowerCase();
  const showsIt = (held: string) =>
    held === code ||
    Boolean(getRoleExtras().roles[held]?.fieldAsks?.some((a) => a.toLowerCase() === competence));
  const role = profile.experience.find(
    (e) => e.title && (e.start || e.end || e.current) && occupationCodesOf(e.title).some(showsIt),
  );
  return role ? [role.title, role.company].filter(Boolean).join(", ") : undefined;
}

/**
 * O*NET job zone up to which a described role's duties are its skills: zones 1-2 (little or
 * some preparation: a teller, a cashier, an inspector, a freight agent) are asked for the work
 * itself, and O*NET names them few tools (a teller's: Microsoft Office, preferred). Higher zones'
 * roles are read by their tools and knowledge; counted there too, the duties a project
 * manager's "operations" roles share with an operations manager's ranked that role above their
 * own (dream roles: own field first 15 -> 14).
 */
const DUTY_ROLE_ZONE = 2;

/** Whether a described role's typical duties count among its skills (see DUTY_ROLE_ZONE). */
export function dutiesAreSkills(job: JobPosting): boolean {
  if (job.source !== "role_profile" || !job.occupation) return false;
  const zone = getRoles().roles.find((r) => r.code === job.occupation!.code)?.jobZone;
  return typeof zone === "number" && zone <= DUTY_ROLE_ZONE;
}

/**
 * The trade's competences as the skills score weighs them: a required skill each, at the credit
 * its evidence earns. `duties`: a described role's typical duties count so too (dutiesAreSkills) —
 * its skill list is the few tools its occupation names, so a cashier who does six of a bank
 * teller's six duties scored skills 0 and readiness 0 (new-user trial 2026-12-06).
 */
export function tradeCompetences(
  evidence: readonly RequirementEvidence[],
  duties = false,
): CompetenceCredit[] {
  return evidence
    .filter(
      (e) =>
        (e.requirement.typicalOf || (duties && e.requirement.type === "duty")) &&
        e.requirement.kind === "required",
    )
    .map((e) => ({
      label: e.requirement.text,
      credit: partialCredit(e.similarity),
      ...(e.quote ? { quote: e.quote } : {}),
    }));
}
