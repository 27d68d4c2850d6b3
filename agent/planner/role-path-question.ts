/**
 * "how long does it take to become a nurse practitioner?", "what degree do I need to be an
 * accountant?", "cuánto tiempo se tarda en ser enfermera", "combien de temps pour devenir
 * comptable": a question about the way into a role. The trial (F21.1) found it set as the
 * target and a full verdict run, the question unanswered. It is answered from what the role
 * data states (O*NET's job zone: its education and experience wording and years; the
 * occupation's licences and a degree no experience replaces), and setting the role as the
 * target is only offered, as quick replies. Only a role the role data knows is answered.
 */
import { EDUCATION_ORDER } from "../../contract/profile.ts";
import { loadRoleFinder } from "../../tools/jobs/target.ts";
import { titleCase } from "../../tools/jobs/title-case.ts";
import { translateTitle } from "../../tools/jobs/translate-title.ts";
import type { Focus } from "../graph/focus.ts";
import type { Outcome } from "./types.ts";

const ARTICLE = String.raw`(?:(?:an?|the|un|une|una|uma|um|el|la|le|o|a|ein|eine|einen)\s+)?`;
const ROLE = String.raw`([\p{L}\p{N}/&+'. -]{2,60}?)`;
const END = String.raw`\s*[?.!]*$`;

/** The ways into a role asked about, in the six languages; the role is the first group. */
const ASKS_PATH: RegExp[] = [
  // how long does it take / how many years does it take (me) to become / be a X
  new RegExp(
    String.raw`\b(?:how\s+(?:long|many\s+years)|how\s+much\s+time)\s+(?:does\s+it|would\s+it|will\s+it|do\s+(?:i|you)\s+need|to)?\s*(?:take|need|takes)?\s*(?:me\s+|someone\s+|to\s+study\s+)?(?:to\s+)?(?:become|be(?:come)?|get\s+to\s+be|qualify\s+as|train\s+as)\s+${ARTICLE}${ROLE}${END}`,
    "iu",
  ),
  // what degree / education / qualifications do I need to become X. "How do I become X" and
  // "what's the path to becoming X" are not here: they ask for a way there (a target and a plan,
  // as before, and as the outside conversations label "I want to become X"), not a fact.
  new RegExp(
    String.raw`\b(?:what\s+(?:degree|degrees|education|qualifications?|schooling|training|certifications?)\s+(?:do\s+(?:i|you)|does\s+one|would\s+i)\s+need\s+to\s+(?:become|be))\s+${ARTICLE}${ROLE}${END}`,
    "iu",
  ),
  // es: cuánto tiempo se tarda / lleva / toma en ser / llegar a ser / convertirse en X; cómo llego a ser X
  new RegExp(
    String.raw`(?:cu[aá]nto\s+(?:tiempo|tarda|se\s+tarda|lleva|toma)|cu[aá]ntos\s+a[nñ]os)\s+(?:se\s+)?(?:tarda\s+|lleva\s+|toma\s+|hacen\s+falta\s+)?(?:en\s+|para\s+)?(?:ser|llegar\s+a\s+ser|convertirse\s+en|hacerse)\s+${ARTICLE}${ROLE}${END}`,
    "iu",
  ),
  // fr: combien de temps (faut-il) pour devenir X; combien d'années pour devenir X
  new RegExp(
    String.raw`combien\s+(?:de\s+temps|d'ann[ée]es)\s+(?:faut[- ]il\s+|ça\s+prend\s+)?(?:pour\s+)?devenir\s+${ARTICLE}${ROLE}${END}`,
    "iu",
  ),
  // de: wie lange dauert es / braucht man, (um) X zu werden
  new RegExp(
    String.raw`wie\s+lange\s+(?:dauert\s+es|braucht\s+man)\s*,?\s*(?:um\s+)?${ARTICLE}${ROLE}\s+zu\s+werden${END}`,
    "iu",
  ),
  // pt: quanto tempo leva / demora para ser / virar / se tornar X
  new RegExp(
    String.raw`quanto\s+tempo\s+(?:leva|demora)\s+(?:para|pra)\s+(?:ser|virar|se\s+tornar|me\s+tornar)\s+${ARTICLE}${ROLE}${END}`,
    "iu",
  ),
  // hi: X banne me kitna time / kitne saal lagte hai
  new RegExp(
    String.raw`^${ROLE}\s+(?:banne|ban-ne|bannay)\s+(?:me|mein|mai)\s+(?:kitna\s+(?:time|samay|waqt)|kitne\s+saal)\s+(?:lagta|lagte|lagega|lagenge)(?:\s+(?:hai|hain|h))?${END}`,
    "iu",
  ),
];

/** The role words of a question about the way into a role, or undefined. */
export function rolePathAsked(raw: string): string | undefined {
  const text = raw.trim().replace(/[’‘]/g, "'").replace(/^¿\s*/, "");
  if (text.includes("\n") || text.split(/\s+/).length > 20) return undefined;
  for (const pattern of ASKS_PATH) {
    const role = pattern.exec(text)?.[1]?.trim();
    if (role && !/^(?:i|you|we|it|this|that|my|your|better|good|successful)\b/i.test(role)) return role;
  }
  return undefined;
}

const LEVEL_WORDS: Record<string, string> = {
  secondary: "a high school diploma",
  associate: "vocational training or an associate's degree",
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: "a doctorate",
};

const ORDER: readonly string[] = EDUCATION_ORDER;

const articleFor = (title: string) =>
  /^[aeiou]/i.test(title) && !/^(?:uni|use|eu)/i.test(title) ? "an" : "a";

/** The answer to a question about the way into a role, when the role data knows the role. */
export async function rolePathAnswer(raw: string, focus: Focus): Promise<Outcome | undefined> {
  const said = rolePathAsked(raw);
  if (!said) return undefined;
  const find = await loadRoleFinder();
  // "contador", "Krankenpfleger": the English title of a role said in another language.
  const english = translateTitle(said);
  const asked = [said, ...(said.endsWith("s") ? [said.slice(0, -1)] : []), ...(english ? [english] : [])];
  const hit = asked.map((words) => ({ words, match: find(words) })).find((h) => h.match);
  if (!hit?.match) return undefined;
  const match = hit.match;
  const title = titleCase(hit.words === said ? said.replace(/^(?:an?|the)\s+/i, "") : hit.words);
  const zone = match.zone;
  const credentials = match.extra?.credentials;
  const level = zone?.educationLevel;
  const zoneLevel = level && level !== "none" ? level : undefined;
  const degree =
    credentials?.degree && (!zoneLevel || ORDER.indexOf(credentials.degree) > ORDER.indexOf(zoneLevel))
      ? credentials.degree
      : zoneLevel;
  const lines: string[] = [];
  if (degree && LEVEL_WORDS[degree])
    lines.push(
      `• Education: usually ${LEVEL_WORDS[degree]}${credentials?.degree === degree ? ", which experience does not replace" : ""}.`,
    );
  if (zone) {
    const { min, max } = zone.experienceYears;
    const years = max > 0 ? `${min === max ? max : `${min}-${max}`} year${max === 1 ? "" : "s"}` : "";
    lines.push(
      `• Experience: ${years ? `about ${years} of related work or training. ` : ""}${zone.experience.replace(/\s*For example,.*$/, "")}`,
    );
  }
  // The role data lists the occupation's own licence first, then those it needs before it.
  const licences = [...(credentials?.licences ?? [])].reverse().map((l) => `${l.name} licence`);
  if (licences.length) lines.push(`• Licence: ${licences.join(", then the ")}.`);
  if (lines.length === 0) return undefined;
  const isTarget = focus.jobTitle !== undefined && find(focus.jobTitle)?.role.code === match.role.code;
  const choices = isTarget
    ? [
        { label: "Am I a fit?", text: "am I a fit?" },
        { label: "Make me a roadmap", text: "make me a roadmap" },
      ]
    : [
        { label: `Make ${title} my target`, text: `I want to be ${articleFor(title)} ${title}` },
        { label: `Am I a fit for ${title}?`, text: `am I a fit for ${title}?` },
      ];
  const detail = [
    `The way into ${title} (O*NET ${zone ? `${zone.name.replace(/^Job Zone \w+:\s*/, "").toLowerCase()}` : "data"}):`,
    ...lines,
    "How long it takes you depends on what you already have: the education and licences above are the parts that take the longest.",
    isTarget
      ? 'It\'s already your target: ask "am I a fit?" to see what you still need.'
      : "I haven't changed your target. Want me to set it and check how close you are?",
  ].join("\n");
  return { calls: [], say: { kind: "role_work", detail, choices } };
}
