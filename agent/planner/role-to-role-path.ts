/**
 * "what's the career path from RN to nurse manager?", "how do I go from cashier to store
 * manager", "camino de cajero a gerente de tienda": a question about the way between two named
 * roles. The trial (F21.3) got the generic list of occupations near the person's work, the
 * second role ignored. Answered from the role data only (no target set, nothing saved):
 *  - each role's O*NET job zone: the education and the years of related work usually asked;
 *  - a degree or licence the second role asks that the first does not;
 *  - what lies between: occupations whose preparation level is between the two and whose
 *    titles read close to both, nearer the second (the shipped title centroids, as
 *    tools/advice/career-paths.ts reads kinship);
 *  - when both are the same preparation level, that the move is made by experience.
 * Setting the second role as the target is only offered, as quick replies.
 */
import { getRoles, type RoleProfile } from "../../data/roles/index.ts";
import type { RoleMatch } from "../../tools/jobs/dream-role.ts";
import { shippedOccupationReader } from "../../tools/jobs/occupation-reader.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { titleCase } from "../../tools/jobs/title-case.ts";
import { translateTitle } from "../../tools/jobs/translate-title.ts";
import { cosineF32 } from "../../tools/ml/occupation-centroids.ts";
import type { Focus } from "../graph/focus.ts";
import type { Outcome } from "./types.ts";

const A = String.raw`(?:(?:an?|the|being\s+an?|un|una|uma|um|el|la|le|o|a|ein|eine|einem|einer)\s+)?`;
const ROLE = String.raw`([\p{L}\p{N}/&+'. -]{2,50}?)`;
const END = String.raw`\s*(?:role|position|job)?\s*[?.!]*$`;

/** "from X to Y" asked as a path, in the languages the chat reads: [from, to] groups. */
const ASKS_BETWEEN: RegExp[] = [
  new RegExp(
    String.raw`\b(?:career\s+)?(?:path|progression|route|ladder|road|steps?)\s+(?:is\s+there\s+)?from\s+${A}${ROLE}\s+(?:to|into)\s+${A}${ROLE}${END}`,
    "iu",
  ),
  new RegExp(
    String.raw`\bhow\s+(?:do|can|would|could|should|does)\s+(?:i|you|one|someone|a\s+person)\s+(?:go|get|move|progress|step\s+up|transition|switch|advance|grow)\s+from\s+${A}${ROLE}\s+(?:to|into)\s+${A}${ROLE}${END}`,
    "iu",
  ),
  new RegExp(
    String.raw`^(?:how\s+to\s+)?(?:go|get|move|progress)\s+from\s+${A}${ROLE}\s+to\s+${A}${ROLE}${END}`,
    "iu",
  ),
  new RegExp(
    String.raw`(?:camino|ruta|trayectoria|carrera)\s+(?:profesional\s+)?de\s+${A}${ROLE}\s+a\s+${A}${ROLE}${END}`,
    "iu",
  ),
  new RegExp(
    String.raw`(?:passer|[ée]voluer|parcours)\s+d[e']\s*${A}${ROLE}\s+[àa]\s+${A}${ROLE}${END}`,
    "iu",
  ),
  new RegExp(String.raw`\bvon\s+${A}${ROLE}\s+zu(?:m|r)?\s+${A}${ROLE}${END}`, "iu"),
  new RegExp(
    String.raw`(?:caminho|carreira|trajet[oó]ria)\s+de\s+${A}${ROLE}\s+(?:para|at[eé]|a)\s+${A}${ROLE}${END}`,
    "iu",
  ),
];

/** The two roles' words of a question about the way between them, or undefined. */
export function rolesPathAsked(raw: string): [string, string] | undefined {
  const text = raw.trim().replace(/[’‘]/g, "'").replace(/^¿\s*/, "");
  if (text.includes("\n") || text.split(/\s+/).length > 25) return undefined;
  for (const pattern of ASKS_BETWEEN) {
    const m = pattern.exec(text);
    if (m?.[1] && m[2]) return [m[1].trim(), m[2].trim()];
  }
  return undefined;
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

/** Kinship of each occupation's title centroid with another's: 0..1 cosines, or undefined without the data. */
function closeness(): ((a: string, b: string) => number) | undefined {
  const model = shippedOccupationReader()?.model;
  if (!model) return undefined;
  const index = new Map(model.codes.map((c, i) => [c, i]));
  return (a, b) => {
    const [i, j] = [index.get(a), index.get(b)];
    return i === undefined || j === undefined
      ? 0
      : cosineF32(model.titleCentroids[i]!, model.titleCentroids[j]!);
  };
}

/** Close to where they start, closer to where they go. */
const NEAR_START = 0.55;
const NEAR_END = 0.65;

/** Occupations between two roles: a preparation level between theirs, titles close to both, nearer the second. */
function between(from: RoleProfile, to: RoleProfile): string[] {
  const near = closeness();
  if (!near || from.jobZone === null || to.jobZone === null) return [];
  const [low, high] = [Math.min(from.jobZone, to.jobZone), Math.max(from.jobZone, to.jobZone)];
  return getRoles()
    .roles.filter((r) => r.code !== from.code && r.code !== to.code && r.jobZone !== null)
    .filter((r) => r.jobZone! >= low && r.jobZone! <= high)
    .map((r) => ({ r, a: near(from.code, r.code), b: near(to.code, r.code) }))
    .filter(({ a, b }) => a >= NEAR_START && b >= NEAR_END && b >= a)
    .sort((x, y) => Math.min(y.a, y.b) - Math.min(x.a, x.b))
    .slice(0, 2)
    .map(({ r }) => r.title);
}

export async function roleToRolePathAnswer(raw: string, focus: Focus): Promise<Outcome | undefined> {
  const said = rolesPathAsked(raw);
  if (!said) return undefined;
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
  const isTarget = focus.jobTitle !== undefined && find(focus.jobTitle)?.role.code === to.role.code;
  lines.push(
    isTarget
      ? `${end} is already your target: ask "am I a fit?" for what you still need.`
      : `I haven't changed your target${focus.jobTitle ? ` (${focus.jobTitle})` : ""}. Want me to check how close you are to ${end}?`,
  );
  const article = /^[aeiou]/i.test(end) ? "an" : "a";
  const choices = isTarget
    ? [{ label: "Am I a fit?", text: "am I a fit?" }]
    : [
        { label: `Make ${end} my target`, text: `I want to be ${article} ${end}` },
        { label: `Am I a fit for ${end}?`, text: `am I a fit for ${end}?` },
      ];
  return { calls: [], say: { kind: "role_work", detail: lines.join("\n"), choices } };
}
