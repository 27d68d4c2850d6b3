/**
 * Two roles weighed against each other (trial14 §7): "which is the better move for me, account
 * manager or ops lead? and what does each pay", "support lead vs QA engineer, which fits me",
 * "what does a sales manager make vs a CSM in denver?". The trial got the occupations near the
 * person's oldest job, no word on either role. The answer: what the role data says each asks
 * (tools/advice/role-path.ts), that the better move is the one they are closer to — offered as a
 * fit check for each — and, when pay is asked, that there is no wage data and where official
 * figures are (never a made-up figure). Nothing is saved and no target set.
 */
import { rolePath } from "../../tools/advice/role-path.ts";
import type { Focus } from "../graph/focus.ts";
import { NO_PAY_DATA, whereOfficialPay } from "./career-answer-words.ts";
import type { Outcome } from "./types.ts";

const A = String.raw`(?:(?:an?|the|un|una|um|uma|le|la|el|o|a|ein|eine)\s+)?`;
const ROLE = String.raw`([\p{L}\p{N}/&+'. -]{2,40}?)`;
/** A role of at most four words, for a pattern with nothing before it to anchor. */
const SHORT = String.raw`([\p{L}\p{N}/&+'.-]+(?:\s+[\p{L}\p{N}/&+'.-]+){0,3})`;

/** [first, second] groups of a comparison, in the ways people ask it. */
const COMPARED: RegExp[] = [
  // "which (one) is the better move for me, X or Y"
  new RegExp(
    String.raw`\bwhich\s+(?:one\s+)?(?:is|'s|would\s+be|seems)\s+(?:the\s+)?(?:better|best|smarter|right)\s+(?:move|fit|path|option|choice|career|step|bet|idea)?\s*(?:for\s+me)?\s*[,:]?\s*${A}${ROLE}\s+or\s+${A}${ROLE}\s*(?:[?.!,]|$)`,
    "iu",
  ),
  // "what does a X make vs a Y", "X vs Y pay"
  new RegExp(
    String.raw`\b(?:what\s+does|how\s+much\s+does)\s+${A}${ROLE}\s+(?:make|earn|get\s+paid)\s+(?:vs\.?|versus|compared\s+to|against)\s+${A}${ROLE}(?:\s+(?:in|at)\s+[\p{L} ]+?)?\s*(?:[?.!,]|$)`,
    "iu",
  ),
  // "should i go for X or Y"
  new RegExp(
    String.raw`\bshould\s+i\s+(?:go\s+for|pick|choose|aim\s+for|target|try)\s+${A}${ROLE}\s+or\s+${A}${ROLE}\s*(?:next\s*)?(?:[?.!,]|$)`,
    "iu",
  ),
  // "X or Y, which (one) is better / fits me"
  new RegExp(
    String.raw`^(?:so\s+|ok\s+|hmm+\s+)?${A}${SHORT}\s+(?:or|vs\.?|versus)\s+${A}${SHORT}\s*[,?]\s*which\b`,
    "iu",
  ),
];

const ASKS_PAY =
  /\b(?:pay|pays|paid|make|makes|earn|earns|salary|salaries|money|wage|wages|comp(?:ensation)?)\b|sueldo|salario|cobra|gana|salaire|gagne|gehalt|verdien|sal[aá]rio|ganha/iu;

export function rolesCompared(raw: string): { roles: [string, string]; pay: boolean } | undefined {
  const text = raw.trim().replace(/[’‘]/g, "'");
  if (text.includes("\n") || text.split(/\s+/).length > 35) return undefined;
  for (const pattern of COMPARED) {
    const m = pattern.exec(text);
    if (m?.[1] && m[2]) return { roles: [m[1].trim(), m[2].trim()], pay: ASKS_PAY.test(text) };
  }
  return undefined;
}

export async function rolesComparedAnswer(raw: string, focus: Focus): Promise<Outcome | undefined> {
  const asked = rolesCompared(raw);
  const path = asked && (await rolePath(asked.roles, focus.jobTitle));
  if (!asked || !path) return undefined;
  // The two roles' bullets of the role data (lines 1 and 2), named as the data names them.
  const [, first, second] = path.lines;
  const names = [first, second].map((l) => /^•\s+(.+?)(?:\s+\(O\*NET|:)/.exec(l ?? "")?.[1] ?? "");
  const [a, b] = names.map((n, i) => n || asked.roles[i]!);
  const lines = [
    `${a} or ${b}: what the O*NET role data says each usually asks —`,
    first!,
    second!,
    `Which is the better move for you depends on how close you are to each, which I can check against your profile: pick one below, then the other.`,
    ...(asked.pay ? [NO_PAY_DATA, whereOfficialPay(`${a} and ${b}`)] : []),
  ];
  return {
    calls: [],
    say: {
      kind: "role_work",
      detail: lines.join("\n"),
      choices: [
        { label: `Am I a fit for ${a}?`, text: `am I a fit for ${a}?` },
        { label: `Am I a fit for ${b}?`, text: `am I a fit for ${b}?` },
      ],
    },
  };
}
