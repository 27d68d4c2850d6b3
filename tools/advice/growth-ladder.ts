/**
 * What a role grows into (trial13 §12: "what can a backend dev grow into?" was answered with
 * neighbouring occupations by shared tools): a ladder, from the role data only —
 *   - the rungs of the role itself: senior, then lead / staff or principal (graded titles of
 *     one occupation: the preparation a grade adds is experience, not another occupation);
 *   - the people step: the managing occupation whose titles read closest to the role's (the
 *     shipped title centroids: career-paths.ts `titleCosine`), a first-line supervisor for work
 *     of lower job zones, a manager (SOC 11) otherwise;
 *   - specialisations: the occupations of the same or a higher preparation level whose titles
 *     read closest to the role's, outside management.
 * The role is the one named in the question, else the target, else the latest title held.
 */
import { getRoles, type RoleProfile } from "../../data/roles/index.ts";
import { rolePhrase } from "../jobs/role-lead-ins.ts";
import { displayTitle } from "../jobs/role-requirements.ts";
import { loadRoleFinder } from "../jobs/target.ts";
import { titleCase } from "../jobs/title-case.ts";
import { titleCosine } from "./career-paths.ts";

export interface GrowthLadder {
  role: string;
  /** Graded titles of the same work: "Senior Software Developer", "Lead Software Developer". */
  rungs: string[];
  /** The managing occupation closest to the role. */
  manages?: string;
  /** Occupations close to the role at the same or a higher preparation level. */
  specialisations: string[];
}

/** Specialisations read this close to the role's titles at least (title-centroid cosine). */
const NEAR = 0.6;
/** Work of job zones below this is led by a first-line supervisor; above, by a manager. */
const PROFESSIONAL_ZONE = 4;

const SUPERVISOR = /^First-Line Supervisors\b/;
const MANAGER = (r: RoleProfile) => r.code.startsWith("11-") || SUPERVISOR.test(r.title);

/** The role a growth question names: "can a backend dev grow into", "as a nurse", "from welder". */
export function roleNamedInGrowthQuestion(text: string): string | undefined {
  const m =
    /\b(?:can|could|does|do|would|should) (?:a|an|my|the)? ?([a-z][a-z -]{2,40}?) (?:grow|progress|advance|move|go|become)\b/i.exec(
      text,
    ) ??
    /\b(?:as|from|after|for) (?:a|an)? ?([a-z][a-z -]{2,40}?)(?=[?.!,]|$| (?:job|role|position|career)\b)/i.exec(
      text,
    );
  const said = m?.[1]?.trim();
  if (!said || /^(?:i|you|me|it|this|that|my career|career|here|there|now)$/i.test(said)) return undefined;
  return said;
}

export async function growthLadder(
  said: string | undefined,
  fallback: string[],
): Promise<GrowthLadder | undefined> {
  const findRole = await loadRoleFinder();
  const named = said ? (findRole(rolePhrase(said).phrase) ?? findRole(said)) : undefined;
  const match = named ?? fallback.map((t) => findRole(t)).find(Boolean);
  if (!match) return undefined;
  const role = match.role;
  const shown = named && said ? titleCase(said) : displayTitle(role.title);
  const cosine = titleCosine();
  const zone = role.jobZone ?? 3;
  const near = (code: string) => cosine?.of(role.code, code) ?? 0;
  const others = getRoles().roles.filter((r) => r.code !== role.code && !/\bAll Other\b/.test(r.title));
  const leaders = others
    .filter((r) => (zone >= PROFESSIONAL_ZONE ? r.code.startsWith("11-") : SUPERVISOR.test(r.title)))
    .sort((a, b) => near(b.code) - near(a.code) || a.code.localeCompare(b.code));
  const specialisations = others
    .filter((r) => !MANAGER(r) && (r.jobZone ?? 0) >= zone && near(r.code) >= NEAR)
    .sort((a, b) => near(b.code) - near(a.code) || a.code.localeCompare(b.code))
    .map((r) => displayTitle(r.title))
    .filter((t, i, all) => all.indexOf(t) === i)
    .slice(0, 3);
  const base = shown.replace(/^(?:junior|senior|lead|trainee|principal|staff)\s+/i, "");
  const rungs =
    zone >= PROFESSIONAL_ZONE
      ? [`Senior ${base}`, `Staff or Principal ${base} (the technical track)`]
      : [`Experienced or Senior ${base}`, `Lead ${base}`];
  return {
    role: shown,
    rungs,
    ...(leaders[0] && cosine ? { manages: displayTitle(leaders[0].title) } : {}),
    specialisations,
  };
}
