/**
 * "what does a UX designer do?", "whats a csm even do all day", "qué hace un data analyst":
 * a question about a role's work, answered from the role data (O*NET's duties, tool kinds
 * and preparation: tools/jobs/role-work.ts), with the fit check and the target offered as
 * quick replies. The model reads these as a fit check (nothing in its training asks what a
 * job is), so a nurse asking what a clinical informatics specialist does had her target set
 * again instead (trial12g). Only a role the role data knows is answered; anything else
 * ("what does my score do?") goes on to the model.
 */

import { getRoles } from "../../data/roles/index.ts";
import type { RoleMatch } from "../../tools/jobs/dream-role.ts";
import { fieldOccupation } from "../../tools/jobs/field-occupation.ts";
import type { RoleFinder } from "../../tools/jobs/role-finder-types.ts";
import { type RoleWork, roleWork } from "../../tools/jobs/role-work.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { titleCase } from "../../tools/jobs/title-case.ts";
import type { Focus } from "../graph/focus.ts";
import type { Outcome } from "./types.ts";

const ARTICLE = String.raw`(?:an?|the|un|une|una|uma|um|el|la|le|o|a|ein|eine|einen)\s+`;
const ROLE = String.raw`([\p{L}\p{N}/&+'. -]{2,60}?)`;
/** Words after "do" that still ask about the work: "all day", "day to day", "for a living". */
const DAY = String.raw`(?:\s+(?:all\s+day|day[- ]to[- ]day|daily|every\s*day|on\s+a\s+(?:typical|normal)\s+day|in\s+a\s+(?:typical\s+|normal\s+)?day|at\s+work|for\s+a\s+living|exactly|actually|really))*`;
const END = String.raw`\s*[?.!]*$`;

const ASKS_ROLE_WORK: RegExp[] = [
  // what does a UX designer (actually) do (all day)? / whats a ux designer even do / what do nurses do
  new RegExp(
    String.raw`^(?:so\s+|ok\s+|okay\s+|and\s+|but\s+|like\s+|hm+\s+)*(?:what|wat|wht)\s*(?:does|do|'s|s|is|does\s+a?n?)\s+(?:${ARTICLE})?${ROLE}\s+(?:(?:actually|even|really|exactly|usually|typically)\s+)?do${DAY}${END}`,
    "iu",
  ),
  // what does a data analyst's job / day involve / look like
  new RegExp(
    String.raw`^(?:so\s+|and\s+)?(?:what|wat)\s*(?:does|do|'s|s|is)\s+(?:${ARTICLE})?${ROLE}(?:'s|s')?\s+(?:job|role|work|day|day[- ]to[- ]day)\s+(?:involve|entail|look\s+like|consist\s+of|like)${END}`,
    "iu",
  ),
  // what does being / working as a nurse involve
  new RegExp(
    String.raw`^(?:what|wat)\s*(?:does|do|is)\s+(?:being|working\s+as)\s+(?:${ARTICLE})?${ROLE}\s+(?:involve|entail|look\s+like|like)${END}`,
    "iu",
  ),
  // tell me what a product manager does
  new RegExp(
    String.raw`^(?:(?:can|could)\s+you\s+)?(?:tell|explain\s+to)\s+me\s+what\s+(?:${ARTICLE})?${ROLE}\s+(?:actually\s+|really\s+)?does${DAY}${END}`,
    "iu",
  ),
  // es "qué hace un X", pt "o que faz um X", fr "que fait un X", de "was macht ein X"
  new RegExp(
    String.raw`^(?:¿\s*)?(?:qu[eé]\s+hace[n]?|a\s+qu[eé]\s+se\s+dedica[n]?|o\s+que\s+(?:é\s+que\s+)?faz(?:em)?|que\s+fait|qu'?est[- ]ce\s+que?\s+fait|was\s+macht|was\s+machen)\s+(?:${ARTICLE})?${ROLE}(?:\s+(?:exactamente|exatamente|exactement|genau|eigentlich|realmente|vraiment))?${END}`,
    "iu",
  ),
];

/**
 * A question about a field rather than a role — "what is instructional design about?", "what's
 * UX research like as a career", "tell me about data engineering as a field" — answered with the
 * work of the field's role (trial finding 9: it set "what is instructional design about" as the
 * target job).
 */
const FIELD = String.raw`([\p{L}\p{N}/&+' -]{3,50}?)`;
const ASKS_FIELD: RegExp[] = [
  new RegExp(
    String.raw`^(?:so\s+|ok\s+|and\s+)?(?:what|wat)\s*(?:'s|s|is)\s+${FIELD}\s+(?:all\s+)?about${END}`,
    "iu",
  ),
  new RegExp(
    String.raw`^(?:so\s+|ok\s+|and\s+)?(?:what|wat)\s*(?:'s|s|is)\s+${FIELD}\s+like\s+as\s+an?\s+(?:career|job|field|profession)${END}`,
    "iu",
  ),
  new RegExp(
    String.raw`^(?:(?:can|could)\s+you\s+)?(?:tell\s+me|explain)\s+(?:a\s+bit\s+|more\s+)?about\s+${FIELD}\s+as\s+an?\s+(?:career|job|field|profession)${END}`,
    "iu",
  ),
];

/** The field words of a question about a field ("instructional design"), or undefined. */
export function fieldAsked(raw: string): string | undefined {
  const text = raw.trim().replace(/[’‘]/g, "'");
  if (text.includes("\n") || text.split(/\s+/).length > 14) return undefined;
  for (const pattern of ASKS_FIELD) {
    const field = pattern
      .exec(text)?.[1]
      ?.trim()
      .replace(/^(?:the|a|an)\s+/i, "");
    if (field && !/^(?:i|you|we|they|it|this|that|he|she|my|your|u|ya|there)\b/i.test(field)) return field;
  }
  return undefined;
}

/** A field's role names, the person in the field first: "counseling" -> "counselor", "psychology" -> "psychologist". */
const PERSON_FORMS: [RegExp, string][] = [
  [/ing$/, "er"],
  [/ing$/, "or"],
  [/ement$/, "er"],
  [/y$/, "ist"],
  [/(design|research)$/, "$1er"],
  [/$/, ""],
];

/**
 * The role a field's person form names ("counseling" -> "counselor"), only when the role's
 * title carries the field's words: the finder reads loosely ("counseling" finds "Counsel", "product management" finds "Management"), and a field
 * answered with the wrong role's work misleads more than no answer.
 */
function personOfField(field: string, find: RoleFinder): RoleMatch | undefined {
  const words = field.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? "";
  for (const [ending, replacement] of PERSON_FORMS) {
    const match = find(field.replace(ending, replacement));
    const title = match?.matchedTitle.toLowerCase() ?? "";
    const carries =
      words.slice(0, -1).every((w) => title.split(/\s+/).includes(w)) &&
      title.split(/\s+/).some((w) => w.startsWith(last.slice(0, Math.min(last.length, 5))));
    if (match && carries) return match;
  }
  return undefined;
}

/**
 * The role a field names: its person's title when the finder knows it ("data engineer"), else
 * the occupation whose O*NET titles carry the field's words
 * (tools/jobs/field-occupation.ts: "culinary arts" -> chefs, "nursing" -> registered nurses),
 * read with the role finder so the answer has its duties and preparation. Only that occupation:
 * a field answered with the wrong role's work misleads more than no answer.
 */
function roleOfField(field: string, find: RoleFinder): RoleMatch | undefined {
  const person = personOfField(field, find);
  // The finder named the occupation by its plural O*NET name ("Dentists, General"): a title a
  // person holds reads better ("Dentist"), when the titles' reading agrees on the occupation.
  if (person && person.matchedTitle.toLowerCase() !== person.role.title.toLowerCase()) return person;
  const found = fieldOccupation(field);
  if (!found || (person && found.code !== person.role.code)) return person;
  const role = getRoles().roles.find((r) => r.code === found.code);
  for (const title of [found.title, role?.title]) {
    const match = title ? find(title, { vague: true }) : undefined;
    if (match?.role.code === found.code) return match;
  }
  return person;
}

/** Words of the product's own things and small talk: "what is my score about" asks about the analysis, not a field. */
const PRODUCT_WORDS =
  /\b(?:score|scores|gap|gaps|roadmap|plan|analysis|verdict|question|questions|app|application|bookmark|week|profile|resume|cv|this|that|it|weather|you|bot)\b/i;

/** An honest answer for a field no O*NET occupation carries the words of: no nearest wrong role. */
function unknownField(field: string): Outcome {
  return {
    calls: [],
    say: {
      kind: "role_work",
      detail: `I don't find "${field}" among the occupations I know (O*NET's), so I won't guess what the work is. If you name a job in it ("what does a … do?"), I can tell you that job's work; or tell me the job you want.`,
    },
  };
}

/** The role words of a question about a role's work, or undefined. */
export function roleWorkAsked(raw: string): string | undefined {
  const text = raw.trim().replace(/[’‘]/g, "'");
  if (text.includes("\n") || text.split(/\s+/).length > 14) return undefined;
  for (const pattern of ASKS_ROLE_WORK) {
    const role = pattern.exec(text)?.[1]?.trim();
    // "what do you do", "what does it do", "what do I do now": no role named.
    if (role && !/^(?:i|you|we|they|it|this|that|he|she|my|your|u|ya)\b/i.test(role)) return role;
  }
  return undefined;
}

/** The answer to a question about a role's work, when the role data knows the role. */
export async function roleWorkAnswer(raw: string, focus: Focus): Promise<Outcome | undefined> {
  const said = roleWorkAsked(raw);
  const asked = said ? undefined : fieldAsked(raw);
  // "what is my score about", "what is the weather like as a career": no field named.
  const field = asked && !PRODUCT_WORDS.test(asked) ? asked : undefined;
  if (!said && !field) return undefined;
  const find = await loadRoleFinder();
  // "UX designers", "nurses": a plural names the same role.
  const match = said
    ? (find(said) ?? (said.endsWith("s") ? find(said.slice(0, -1)) : undefined))
    : roleOfField(field!, find);
  if (!match) return field ? unknownField(field) : undefined;
  const work = roleWork(match);
  if (work.duties.length === 0) return undefined;
  const title = titleCase(work.title);
  const isTarget = focus.jobTitle !== undefined && find(focus.jobTitle)?.role.code === match.role.code;
  const choices = isTarget
    ? [{ label: "Am I a fit?", text: "am I a fit?" }]
    : [
        { label: `Am I a fit for ${title}?`, text: `am I a fit for ${title}?` },
        { label: "Make it my target", text: `I want to be a ${title}` },
      ];
  return { calls: [], say: { kind: "role_work", detail: workWords(work), choices } };
}

/** The answer's words: O*NET's duties, tools and preparation, said as O*NET's. */
export function workWords(work: RoleWork): string {
  const title = titleCase(work.title);
  const article = articleFor(title);
  const named =
    work.occupation.toLowerCase() === work.title.toLowerCase()
      ? `${article} ${title} (O*NET)`
      : `${article} ${title} (O*NET files it under ${work.occupation})`;
  const duties = work.duties.map((d) => `• ${d.replace(/\.$/, "")}`).join("\n");
  const tools = work.toolKinds.length
    ? `Tools at the centre of the work: ${work.toolKinds.map(lowerFirst).join(", ")}.`
    : "";
  const preparation = work.preparation ? `Typical preparation: ${lowerFirst(work.preparation)}` : "";
  const licence = work.licensed ? "It needs a licence or registration." : "";
  return [
    `What ${named} does:\n${duties}`,
    [tools, preparation, licence].filter(Boolean).join(" "),
    "Want to see how your background compares?",
  ]
    .filter(Boolean)
    .join("\n");
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** "an Informatics Nurse", "a UX Designer", "an HR Manager": an acronym by its first letter's sound. */
function articleFor(title: string): "a" | "an" {
  const first = title.split(/\s+/)[0] ?? "";
  if (/^[A-Z]{2,}$/.test(first)) return /^[AEFHILMNORSX]/.test(first) ? "an" : "a";
  return /^[aeiou]/i.test(first) && !/^(?:uni|use|usu|eu|one)/i.test(first) ? "an" : "a";
}
