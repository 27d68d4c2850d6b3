/**
 * "what's the career path from RN to nurse manager?", "how do I go from cashier to store
 * manager", "camino de cajero a gerente de tienda": a question about the way between two named
 * roles. The trial (F21.3) got the generic list of occupations near the person's work, the
 * second role ignored. The question is read here; the answer's facts are the advice service's
 * (tools/advice/role-path.ts). Nothing is saved and no target set: setting the second role is
 * only offered, as quick replies.
 */
import { rolePath } from "../../tools/advice/role-path.ts";
import type { Focus } from "../graph/focus.ts";
import { NO_PAY_DATA, whereOfficialPay } from "./career-answer-words.ts";
import type { Outcome } from "./types.ts";

const A = String.raw`(?:(?:an?|the|being\s+an?|un|una|uma|um|el|la|le|o|a|ein|eine|einem|einer)\s+)?`;
const ROLE = String.raw`([\p{L}\p{N}/&+'. -]{2,50}?)`;
const END = String.raw`\s*(?:role|position|job)?\s*[?.!]*$`;

const PAY_WORDS =
  /\b(?:pay|paid|salary|money|income|earn\w*|comp)\b|sueldo|salario|salaire|gehalt|sal[aá]rio/iu;

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
/**
 * "… without taking a pay cut", "… while keeping my salary", "… sin perder sueldo": a condition
 * on the move, no part of the second role (a trial answered for "CSM Without Taking a Pay Cut").
 */
const CONDITION =
  /\s+(?:without|w\/o|while|but|and\s+(?:still|keep)|keeping|sin|sans|ohne|sem)\s+[^?]*?(?=[?.!]*$)/iu;

/** The condition said after the second role, when one is. */
export const conditionOfMove = (raw: string): string | undefined => CONDITION.exec(raw.trim())?.[0]?.trim();

export function rolesPathAsked(raw: string): [string, string] | undefined {
  const text = raw.trim().replace(/[’‘]/g, "'").replace(/^¿\s*/, "").replace(CONDITION, "");
  if (text.includes("\n") || text.split(/\s+/).length > 25) return undefined;
  for (const pattern of ASKS_BETWEEN) {
    const m = pattern.exec(text);
    if (m?.[1] && m[2]) return [m[1].trim(), m[2].trim()];
  }
  return undefined;
}

export async function roleToRolePathAnswer(raw: string, focus: Focus): Promise<Outcome | undefined> {
  const said = rolesPathAsked(raw);
  const path = said && (await rolePath(said, focus.jobTitle));
  if (!path) return undefined;
  const { end, isTarget, lines } = path;
  // "… without taking a pay cut": no wage data, said with where official figures are.
  const condition = conditionOfMove(raw);
  if (condition && PAY_WORDS.test(condition)) lines.push(NO_PAY_DATA, whereOfficialPay(end));
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
