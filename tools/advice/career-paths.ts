/**
 * Career paths: occupations a person could move into from the work they do. O*NET's own
 * "related occupations" list is not in the data we ship, so a path is read from three
 * signals over the role profiles, each 0..1:
 *   - the title: how much of the occupation's title the person's held titles name, trade
 *     words counting more than ranks ("Nurse Practitioner" from "Registered Nurse");
 *   - the kinship: how close the occupation's titles read to those of the one they hold (the
 *     shipped occupation centroids: Human Resources Managers for an HR specialist, not the
 *     artists' agents and purchasing agents that merely share its SOC group, a new user's
 *     trial, issue 13, F10.4); the same SOC group when the centroids are not shipped;
 *   - the tools: the share of the person's skills the occupation uses.
 * Tools alone sent a nurse to emergency physicians and orthopedic surgeons because they
 * share an EHR system; the title and family keep paths inside the person's trade, and a
 * step of two or more preparation levels (O*NET job zones) up or any step down counts less.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import { getRoleExtras } from "../../data/roles/extras.ts";
import { getRoles, type RoleProfile } from "../../data/roles/index.ts";
import { titlesLatestFirst } from "../experience/roles.ts";
import { titleWordCoverage } from "../gap/title-closeness.ts";
import { shippedOccupationReader } from "../jobs/occupation-reader.ts";
import { displayTitle } from "../jobs/role-requirements.ts";
import { loadRoleFinder } from "../jobs/target.ts";
import { titleInEnglish } from "../jobs/title-in-english.ts";
import { cosineF32 } from "../ml/occupation-centroids.ts";
import type { AdviceFacts } from "./types.ts";

const WEIGHTS = { title: 0.45, family: 0.2, tools: 0.35 };
/** Below this a path is a guess, not advice. */
const FLOOR = 0.2;
/**
 * With no tool of the work on the profile (only an office suite, or none) the tools cannot
 * tell, and kinship alone must carry a path: Animal Scientists read 0.63 from Veterinarians.
 */
const FLOOR_WITHOUT_TOOLS = 0.08;

/** The SOC group of an occupation code ("29-1141.00" -> "29-11"). */
const family = (code: string) => code.slice(0, 5);

/** Title-centroid cosines: at or below LOW no kin, at HIGH or above full kin (HR managers read 0.76 from HR specialists). */
const KIN = { low: 0.5, high: 0.8 };

/**
 * 0..1: how near occupation `code` is to the ones held, by the cosine of their title centroids
 * (the data's own relatedness); without the centroids, 1 for the same SOC group.
 */
function kinship(heldCodes: readonly string[]): (code: string) => number {
  const cosine = titleCosine();
  const held = cosine ? heldCodes.filter((c) => cosine.knows(c)) : [];
  if (!cosine || held.length === 0) {
    const families = new Set(heldCodes.map(family));
    return (code) => (families.has(family(code)) ? 1 : 0);
  }
  return (code) => {
    if (!cosine.knows(code)) return 0;
    const cos = Math.max(...held.map((h) => cosine.of(h, code)));
    return Math.min(1, Math.max(0, (cos - KIN.low) / (KIN.high - KIN.low)));
  };
}

/**
 * The cosine of two occupations' title centroids (the shipped occupation reader's), the data's
 * own relatedness; undefined when the centroids are not shipped. Read by the career paths and by
 * the way between two roles (role-path.ts).
 */
export function titleCosine():
  | { of(a: string, b: string): number; knows(code: string): boolean }
  | undefined {
  const model = shippedOccupationReader()?.model;
  if (!model) return undefined;
  const index = new Map(model.codes.map((c, i) => [c, i]));
  return {
    knows: (code) => index.has(code),
    of: (a, b) => {
      const [i, j] = [index.get(a), index.get(b)];
      return i === undefined || j === undefined
        ? 0
        : cosineF32(model.titleCentroids[i]!, model.titleCentroids[j]!);
    },
  };
}

/** One title's words inside another's ("Purchasing Agent" in "Buyer and Purchasing Agent"): one path. */
function sameWork(a: string, b: string): boolean {
  const words = (t: string) =>
    new Set(
      t
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((w) => w.length > 2 && w !== "and"),
    );
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return small.size > 0 && [...small].every((w) => large.has(w));
}

export async function careerPaths(
  profile: ProfileSnapshot,
  target: string | undefined,
  limit = 3,
): Promise<AdviceFacts["relatedRoles"]> {
  // "Enfermera de Oncología" read as "oncology nurse" (the role finder knows English titles).
  const titles = titlesLatestFirst(profile.experience).slice(0, 3).map(titleInEnglish);
  const findRole = await loadRoleFinder();
  const held = titles.flatMap((t) => {
    const m = findRole(t);
    return m ? [{ title: t, role: m.role }] : [];
  });
  const heldCodes = new Set(held.map((h) => h.role.code));
  const kin = kinship([...heldCodes]);
  const zone = held[0]?.role.jobZone ?? null;
  const generic = new Set(getRoleExtras().generic);
  const have = new Set(profile.skills.map((s) => s.skillId).filter((id) => !generic.has(id)));
  const names = new Map(profile.skills.map((s) => [s.skillId, s.name]));
  const targetKey = target?.toLowerCase();

  const scored: { role: RoleProfile; score: number; from?: string; shared: string[] }[] = [];
  for (const role of getRoles().roles) {
    // A catch-all ("Business Operations Specialists, All Other") is no career to move into.
    if (heldCodes.has(role.code) || /\bAll Other\b/.test(role.title)) continue;
    const title = displayTitle(role.title);
    if (targetKey && (title.toLowerCase() === targetKey || role.title.toLowerCase() === targetKey)) continue;
    let titleScore = 0;
    let from: string | undefined;
    for (const t of titles) {
      const c = titleWordCoverage(role.title, t);
      if (c > titleScore) [titleScore, from] = [c, t];
    }
    // An office suite or a browser (Excel: 84% of occupations) says nothing of a move: a vet's
    // Excel sent them to dentists (trial13 §12). Only the tools of the work count.
    const uses = [...role.coreSkills, ...role.commonSkills].filter((id) => have.has(id) && !generic.has(id));
    // One shared tool says little about a move to another trade (Salesforce is everywhere).
    const sameFamily = kin(role.code);
    if (titleScore === 0 && sameFamily === 0 && uses.length < 2) continue;
    const tools = have.size ? Math.min(1, (uses.length * 2) / have.size) : 0;
    let score = WEIGHTS.title * titleScore + WEIGHTS.family * sameFamily + WEIGHTS.tools * tools;
    // Two or more preparation levels up is a long road; a level down is rarely a path.
    if (zone !== null && role.jobZone !== null && (role.jobZone - zone >= 2 || role.jobZone < zone))
      score *= 0.6;
    if (score >= (have.size ? FLOOR : FLOOR_WITHOUT_TOOLS))
      scored.push({
        role,
        score,
        ...(titleScore > 0 || sameFamily > 0 ? { from: from ?? held[0]?.title } : {}),
        shared: uses.slice(0, 3).map((id) => names.get(id) ?? id),
      });
  }
  const seen: string[] = [];
  return scored
    .sort((a, b) => b.score - a.score || a.role.code.localeCompare(b.role.code))
    .filter((s) => {
      // O*NET splits some occupations by setting ("Special Education Teacher, Elementary
      // School" / ", Middle School") or by trade ("Buyers and Purchasing Agents, Farm
      // Products" / "Purchasing Agents, Except …"): one path under one title.
      const title = displayTitle(s.role.title);
      if (seen.some((t) => sameWork(t, title))) return false;
      seen.push(title);
      return true;
    })
    .slice(0, limit)
    .map((s) => ({
      title: displayTitle(s.role.title),
      shared: s.shared,
      ...(s.from ? { from: s.from } : {}),
      ...(zone !== null && s.role.jobZone !== null && s.role.jobZone > zone ? { morePreparation: true } : {}),
    }));
}
