/**
 * "change the company of the third one to Finlo and the role to Product Designer", "the Finlo
 * one: company is Finlo, role is Product Designer", "cambia la empresa de la segunda a Quirón":
 * a tracked application's company and role corrected in so many words. The application is the
 * one pointed at (a place in the last list, "the <name> one", a tracked name said, or the one
 * just acted on); the change goes to change_application, the applications service's update
 * that REST's PATCH uses too. Before, these went to the profile's role correction, to a fit
 * check, or logged a new application (trial14 §2).
 */
import type { Focus } from "../graph/focus.ts";
import { ordinalsInEnglish } from "./position-in-other-languages.ts";
import { ordinalIndex } from "./slot-words.ts";
import { call, type Outcome } from "./types.ts";

/** The words for an application's company and role, in the chat's languages. */
const COMPANY_WORD = String.raw`(?:company(?:\s+name)?|employer|empresa|compañía|compania|entreprise|soci[eé]t[eé]|firma|unternehmen|empresa)`;
const ROLE_WORD = String.raw`(?:role|position|job\s+title|title|puesto|cargo|rol|poste|intitul[eé]|stelle|rolle|vaga)`;
/** "is", "to", "should be", "=" and theirs, between a field and its right value; "role Product Designer" bare before capitals. */
const IS = String.raw`(?:\s*[:=]\s*|\s+(?:is|to|should\s+be|must\s+be|=|es|a|debe\s+ser|deber[ií]a\s+ser|est|doit\s+être|ist|soll|é|deve\s+ser)\s+|\s+(?=\p{Lu}))`;

/** One field said with its value: the value runs to a comma, "and the <field>", or the end. */
const FIELD = new RegExp(
  String.raw`(?<![\p{L}])(?:the\s+|la\s+|el\s+|le\s+|die\s+|o\s+|a\s+)?(${COMPANY_WORD}|${ROLE_WORD})(?:\s+(?:of|de|del|von|da|do)\s+[^:=]{1,40}?)?${IS}(?:["'“‘]([^"”’']+)["'”’]|([^,;.!?"”’]+?))(?=\s*(?:[,;.!?]|\s(?:and|y|et|und|e)\s+(?:the\s+|la\s+|el\s+|le\s+|die\s+|o\s+|a\s+)?(?:${COMPANY_WORD}|${ROLE_WORD})(?![\p{L}])|$))`,
  "gu",
);
/** The field words in lower case, so the rest keeps its capitals (a bare value must start with one). */
const FIELD_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:${COMPANY_WORD}|${ROLE_WORD}|is|to|should\s+be)(?![\p{L}])`,
  "giu",
);
const IS_COMPANY = new RegExp(`^${COMPANY_WORD}$`, "iu");

/** Words that ask for the change or point at the application, so a plain statement is one. */
const ABOUT_APPLICATION =
  /(?<![\p{L}])(?:change|update|fix|correct|edit|set|rename|cambia\w*|corrige\w*|modifi\w*|änder\w*|korrigier\w*|muda\w*|altera\w*|one|application|app|wrong|should\s+be|solicitud|candidatura|candidature|bewerbung)(?![\p{L}])/iu;

/** "the third one", "#2", "the Finlo one", "the Finlo application": what the message points at. */
function applicationPointed(raw: string, focus: Focus, tracked: readonly string[]): string | undefined {
  const t = raw.toLowerCase();
  const listed = focus.applications ?? [];
  // "la segunda", "die dritte": counted as in English.
  const english = ordinalsInEnglish(t);
  const at =
    /(?<![\p{L}])(?:one|application|app|entry|second|third|fourth|fifth|last|first)(?![\p{L}])|#\d/iu.test(
      english,
    )
      ? ordinalIndex(english)
      : undefined;
  if (at !== undefined && listed.length) return at < 0 ? listed.at(-1) : listed[at];
  // "the Finlo one": a word of a tracked company's name, that company when it is the only one.
  const named =
    /(?<![\p{L}])(?:the|my|la|el)\s+([\p{L}\p{N}&.'’-]+(?:\s+[\p{L}\p{N}&.'’-]+){0,2})\s+(?:one|application|app|solicitud|candidatura)(?![\p{L}])/iu.exec(
      raw,
    )?.[1];
  const pool = [...new Set([...listed, ...tracked])];
  if (named) {
    const words = named.toLowerCase();
    const exact = pool.filter((c) => c.toLowerCase() === words);
    const within = pool.filter((c) => new RegExp(`(?<![\\p{L}])${escaped(words)}(?![\\p{L}])`, "iu").test(c));
    if (exact.length === 1 && within.length === 1) return exact[0];
    if (within.length === 1) return within[0];
    // Two with that word ("Finlo" and "Finlo for the … role"): the one whose name is not already right.
    if (within.length > 1) return within.find((c) => c.toLowerCase() !== words) ?? within[0];
  }
  const said = pool
    .filter((c) => new RegExp(`(?<![\\p{L}])${escaped(c.toLowerCase())}(?![\\p{L}])`, "iu").test(t))
    .sort((a, b) => b.length - a.length)[0];
  if (said) return said;
  return /(?<![\p{L}])(?:it|that one|this one|that application|this application)(?![\p{L}])/iu.test(t)
    ? (focus.application?.id ?? focus.application?.company)
    : undefined;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** change_application with the company and/or role said, or undefined when the message says neither. */
export function applicationFieldsSaid(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  if (!ABOUT_APPLICATION.test(raw)) return undefined;
  // The target job, a skill or the profile's own jobs are other corrections (entry-correction-said.ts).
  if (
    /(?<![\p{L}])(?:target|dream|goal|skill|resume|cv|profile|my\s+(?:current\s+)?(?:role|title|job))(?![\p{L}])/iu.test(
      raw,
    )
  )
    return undefined;
  const fields: { company?: string; position?: string } = {};
  for (const m of raw.replace(FIELD_WORDS, (w) => w.toLowerCase()).matchAll(FIELD)) {
    // A quoted value is whole, commas and all ("'Inventory Clerk, Night Shift'").
    const value = (m[2] ?? m[3]!).trim().replace(/^(?:just|only|solo|sólo)\s+/iu, "");
    if (!value || value.split(/\s+/).length > 8) continue;
    // "the company name is wrong, it's …" judges the value; the right one comes after.
    if (/^(?:wrong|incorrect|off|mal|incorrect[oa]|faux|fausse|falsch|errad[oa])$/iu.test(value)) continue;
    if (IS_COMPANY.test(m[1]!)) fields.company ??= value;
    else fields.position ??= value;
  }
  if (!fields.company && !fields.position) return undefined;
  const pointed = applicationPointed(raw, focus, tracked ?? []);
  // The application in focus by its id: two tracked at one company stay apart.
  const inFocus = focus.application;
  const application =
    pointed && inFocus?.id && inFocus.company?.toLowerCase() === pointed.toLowerCase() ? inFocus.id : pointed;
  if (!application) return undefined;
  // Nothing to change: the application already reads that way.
  if (!fields.position && fields.company?.toLowerCase() === application.toLowerCase()) return undefined;
  return { calls: [call("change_application", { application, ...fields })] };
}
