/**
 * The way between two named roles ("from RN to nurse manager"), from the role data only:
 *  - each role's O*NET job zone: the education and the years of related work usually asked;
 *  - a degree or licence the second role asks that the first does not;
 *  - what lies between: occupations whose preparation level is between the two and whose
 *    titles read close to both, nearer the second (the title centroids, as the career paths
 *    read kinship: career-paths.ts `titleCosine`);
 *  - when both are the same preparation level, that the move is made by experience.
 * The planner reads the question (agent/planner/role-to-role-path.ts); this is the answer's
 * facts, in one place for every channel.
 */
import { getRoles, type RoleProfile } from "../../data/roles/index.ts";
import type { RoleMatch } from "../jobs/dream-role.ts";
import { loadRoleFinder } from "../jobs/target.ts";
import { titleCase } from "../jobs/title-case.ts";
import { translateTitle } from "../jobs/translate-title.ts";
import { titleCosine } from "./career-paths.ts";

export interface RolePath {
  /** The second role as said back. */
  end: string;
  /** Whether the second role is the person's target already. */
  isTarget: boolean;
  /** The answer's lines: the two roles' preparation, a step between, a licence. */
  lines: string[];
}

const LEVEL_WORDS: Record<string, string> = {
  none: "no formal education",
  secondary: "a high school diploma",
  associate: "vocational training or an associate's degree",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: "a doctorate",
};

/** A role said in any of the languages, as the role data finds it. */
function found(find: Awaited<ReturnType<typeof loadRoleFinder>>, said: string): RoleMatch | undefined {
  const english = translateTitle(said);
  return (
    find(said) ??
    (said.endsWith("s") ? find(said.slice(0, -1)) : undefined) ??
    (english ? find(english) : undefined)
  );
}

/** "a bachelor's degree and 2-4 years of related work" for a role's job zone. */
function asked(m: RoleMatch): string {
  const zone = m.zone;
  if (!zone) return "no preparation level in the O*NET data";
  const level = LEVEL_WORDS[m.extra?.credentials?.degree ?? zone.educationLevel ?? ""] ?? "";
  const { min, max } = zone.experienceYears;
  const years =
    max > 0
      ? `${min === max ? max : `${min}-${max}`} year${max === 1 ? "" : "s"} of related work`
      : "little or no related work";
  return `${level ? `usually ${level} and ` : ""}${years} (${zone.name
    .replace(/^Job Zone (\w+):.*$/, "O*NET job zone $1")
    .toLowerCase()
    .replace("o*net", "O*NET")})`;
}

/** Close to where they start, closer to where they go. */
const NEAR_START = 0.55;
const NEAR_END = 0.65;

/** Occupations between two roles: a preparation level between theirs, titles close to both, nearer the second. */
function between(from: RoleProfile, to: RoleProfile): string[] {
  const cosine = titleCosine();
  if (!cosine || from.jobZone === null || to.jobZone === null) return [];
  const [low, high] = [Math.min(from.jobZone, to.jobZone), Math.max(from.jobZone, to.jobZone)];
  return getRoles()
    .roles.filter((r) => r.code !== from.code && r.code !== to.code && r.jobZone !== null)
    .filter((r) => r.jobZone! >= low && r.jobZone! <= high)
    .map((r) => ({ r, a: cosine.of(from.code, r.code), b: cosine.of(to.code, r.code) }))
    .filter(({ a, b }) => a >= NEAR_START && b >= NEAR_END && b >= a)
    .sort((x, y) => Math.min(y.a, y.b) - Math.min(x.a, x.b))
    .slice(0, 2)
    .map(({ r }) => r.title);
}

/** The way from one role to another, said in any of the chat's languages; undefined when either is unknown. */
export async function rolePath(
  said: readonly [string, string],
  targetTitle?: string,
): Promise<RolePath | undefined> {
  const find = await loadRoleFinder();
  const [from, to] = said.map((s) => found(find, s));
  if (!from || !to) return undefined;
  const name = (m: RoleMatch, words: string) =>
    /^[A-Z0-9]{2,5}$/.test(words)
      ? titleCase(m.matchedTitle)
      : titleCase((find(words) ? undefined : translateTitle(words)) ?? words.replace(/^(?:an?|the)\s+/i, ""));
  const [start, end] = [name(from, said[0]), name(to, said[1])];
  const onet = (m: RoleMatch, shown: string) =>
    m.role.title.toLowerCase().startsWith(shown.toLowerCase()) ? "" : ` (O*NET: ${m.role.title})`;
  const lines = [
    `From ${start} to ${end}, as the O*NET role data describes the two:`,
    `• ${start}${onet(from, start)}: ${asked(from)}.`,
    `• ${end}${onet(to, end)}: ${asked(to)}.`,
  ];
  const steps = between(from.role, to.role);
  if (from.role.code === to.role.code)
    lines.push(
      `• Both are the same occupation in the role data: the move is one of seniority, made by experience.`,
    );
  else if (steps.length)
    lines.push(
      `• A possible step between: ${steps.join(" or ")} (close to both in the role data, nearer ${end}).`,
    );
  const [zf, zt] = [from.role.jobZone, to.role.jobZone];
  if (zf !== null && zt !== null && zf === zt && from.role.code !== to.role.code)
    lines.push(
      `• Same preparation level (job zone ${zt}): no further degree is usually asked; the step is made with experience in ${end}'s kind of work${to.extra?.duties?.[0] ? `, e.g. "${to.extra.duties[0].replace(/\.$/, "").replace(/^(.{40,110}?),.*$/, "$1")}"` : ""}.`,
    );
  else if (zf !== null && zt !== null && zt > zf)
    lines.push(
      `• ${end} asks more preparation (job zone ${zt} against ${zf}): the education and years above are the gap.`,
    );
  const licences = (to.extra?.credentials?.licences ?? []).map((l) => l.name);
  if (licences.length) lines.push(`• Licence: ${[...licences].reverse().join(", then ")}.`);
  const isTarget = targetTitle !== undefined && find(targetTitle)?.role.code === to.role.code;
  return { end, isTarget, lines };
}
