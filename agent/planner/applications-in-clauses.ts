/**
 * Several applications said one clause each, every clause with its own role and day: "I applied
 * to A for X on nov 28, to B for Y on dec 2 and to C for Z yesterday", "… to A today for the
 * designer role. also applied to B last week (senior designer) and to C on monday", Spanish "he
 * aplicado a 4 sitios: A (rol) el lunes pasado, B (rol) el 1 de diciembre, C ayer y D hoy".
 * The one-application reader took the first company and glued the rest into its name or role,
 * and the list reader wants bare names: the others were dropped without a word (trial14 §2).
 *
 * Each clause after the first verb of applying is read alone: a name at its start (any
 * script's capitals, or a lower-case word right after "to/at/a/en"), its role in brackets or
 * after "for/as/como/para", its own day. A clause that names a place but no readable company is
 * reported back, never dropped.
 */
import { ROLE_NOT_GIVEN } from "../../tools/applications/input.ts";
import { mayNameCompany } from "./applied-lowercase-name.ts";
import { ORGANISATION_NOUN } from "./organisation-named.ts";
import { appliedDay, NOT_A_ROLE } from "./plans/applied-day.ts";
import { roleBeforeEmployer } from "./role-before-employer.ts";
import { DATE } from "./rules-tracking.ts";
import { call, type Outcome } from "./types.ts";

export interface ClauseApplication {
  company: string;
  position?: string;
  appliedOn?: string;
}

/** The verb of having applied in the languages the chat reads ("should I apply to …" logs nothing). */
const APPLYING =
  /(?<![\p{L}])(?:applied|sent\s+(?:my\s+)?(?:cv|resume|app)|aplicad[oa]|apliqu[eé]|postul(?:é|e|ado|ada|ei)|me\s+candidatei|candidatei|candidat[ée](?<=(?:ai\s{1,3}|j['’]?ai\s{0,3})candidate|candidaté)|beworben|envi[eé]\s+(?:mi\s+)?(?:cv|curr[ií]culum)|(?:\d+|two|three|four|five|six|dos|tres|cuatro|deux|trois|quatre|zwei|drei|vier)\s+(?:apps|applications|solicitudes|candidaturas|candidatures|bewerbungen)(?:\s+(?:in|out|sent|done|enviadas|envoy[ée]es))?)(?![\p{L}])/iu;

/** Where one clause ends and the next begins: a sentence end, a colon, a comma, "and" in five languages. */
const CLAUSE_END = /\s*[.;:!?]+\s+|\s*,\s*(?:(?:and|y|e|et|und)\s+)?|\s+(?:and|y|e|et|und|plus)\s+/iu;

/** Words before a company in its clause: fillers, the verb said again, the place word. */
const LEAD_IN =
  /^(?:(?:ok(?:ay)?|vale|so|also|too|then|oh|plus|i|i've|ive|have|he|has|just|already|también|tambien|aussi|auch|también|applied|apply|aplicado|apliqué|aplique|postulé|postule|me|candidatei)\s+)*/iu;
const PLACE_WORD = /^(?:to|at|with|a|al|en|na|no|em|ao|à|au|chez|bei|beim|@)\s+(?:la\s+|el\s+|the\s+)?/iu;

/** "4 sitios", "three places", "2 companies": how many the person said they listed. */
const COUNTED =
  /^(\d+|two|three|four|five|six|dos|tres|cuatro|cinco|seis|deux|trois|quatre|zwei|drei|vier)\s+(?:places|jobs|companies|roles|positions|applications|sitios|empresas|lugares|ofertas|puestos|endroits|entreprises|postes|firmen|stellen|lugares|vagas)\b/iu;
const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  deux: 2,
  trois: 3,
  quatre: 4,
  zwei: 2,
  drei: 3,
  vier: 4,
};

/** A company's name: capitalised words (any script), joined by "of", "de", "&"; or camel case ("iFood"). */
const NAME =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*|\p{Ll}\p{Lu}[\p{L}\p{N}]*)(?:\s+(?:(?:of|de|del|de\s+la|des|du|für|&)\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*))*/u;

/**
 * Lower-case words after a capitalised name that end in an organisation's noun: "Marlow County
 * health department", "Harlow public library" are one employer (the clause read "Marlow County"
 * and took "health department" for words left over, and the application was dropped; trial16 §11).
 */
const FUNCTION_WORD = String.raw`(?:for|as|an?|the|to|at|with|in|on|of|and|or|my|una?|el|la|los|las|para|como|pour|comme|une?|le|les|als|ein\p{L}*|y|et|und|e|o|em|na|no|de|del|du|des)(?![\p{L}])`;
const ORGANISATION_AFTER_NAME = new RegExp(
  String.raw`^(?:\s+(?!${FUNCTION_WORD})[\p{Ll}][\p{L}'’-]*){0,3}?\s+${ORGANISATION_NOUN}(?![\p{L}])`,
  "u",
);

/** The role after a word that introduces it, up to a day or the clause's end. */
const ROLE_AFTER =
  /(?<![\p{L}])(?:for|as|como|para|pour|comme|als)\s+(?:an?\s+|the\s+|una?\s+|el\s+|la\s+|une?\s+)?(.+?)(?:\s+(?:role|position|job|puesto|poste))?\s*$/iu;
const BRACKET = /\(([^()]{2,60})\)/u;
/** A bracket, then only a few words (a day) to the message's end. */
const BRACKET_THEN_DAY_AT_END = /\)\s*(?:[\p{L}\p{N}'’/-]+\s*){1,4}[.!]*\s*$/u;

/** Spanish, French, Portuguese words for days said in a clause, removed before its role is read. */
const OTHER_DAY_WORDS =
  /\s*(?<![\p{L}])(?:(?:el|la|le|am|na|no|on)\s+)?(?:(?:\d{1,2}\s+de\s+\p{L}+)|(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|segunda|terça|quarta|quinta|sexta)(?:\s+(?:pasado|pasada|dernier|passada|passado))?|ayer|hoy|anteayer|hier|aujourd'hui|ontem|hoje)(?![\p{L}])/giu;

/** "I didn't apply…", "never applied", "no he aplicado": nothing was sent. */
const NOT_DONE =
  /(?<![\p{L}])(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|not|no|nunca|jamais|nie|nicht)\s+(?:\p{L}+\s+)?$/iu;

export interface ClauseReading {
  items: ClauseApplication[];
  /** Clauses that named a place to apply but no company that could be read. */
  unread: string[];
}

/** The applications said one clause each, or undefined when the message is not such a list. */
export function applicationsInClauses(raw: string): ClauseReading | undefined {
  const verb = APPLYING.exec(raw);
  if (!verb || NOT_DONE.test(raw.slice(0, verb.index))) return undefined;
  const rest = raw.slice(verb.index + verb[0].length);
  const items: ClauseApplication[] = [];
  const unread: string[] = [];
  let counted: number | undefined;
  let ownDetail = 0;
  const skipped: string[] = [];
  for (const clause of rest.split(CLAUSE_END)) {
    const said = clause.trim().replace(/[.!?]+$/, "");
    if (!said) continue;
    const led = said.replace(LEAD_IN, "");
    const place = PLACE_WORD.exec(led);
    const body = place ? led.slice(place[0].length) : led;
    const count = COUNTED.exec(body);
    if (count) {
      counted = COUNT_WORDS[count[1]!.toLowerCase()] ?? Number(count[1]);
      continue;
    }
    const read = readClause(body, Boolean(place));
    if (read) {
      if (read.position || read.appliedOn) ownDetail++;
      items.push(read);
    } else if (place && body) unread.push(body);
    else if (body) skipped.push(body);
  }
  // Two applications at least, each with a role or day of its own: else the list reader's
  // shapes ("A, B and C, all for X") and the one-application reader stay in charge.
  if (items.length < 2 || ownDetail < items.length) return undefined;
  if (new Set(items.map((i) => i.company.toLowerCase())).size < items.length) return undefined;
  // The roles of a clause with none: the role said just before it ("and to C on monday").
  for (let i = 1; i < items.length; i++) items[i]!.position ??= items[i - 1]!.position;
  // A day said once outside every item ("2 apps in today: A (x) and B (y)", "sent 2 apps ayer: …")
  // is the day of each item that says none.
  const outside = [raw.slice(0, verb.index + verb[0].length), ...skipped].join(" ");
  const shared = appliedDay(outside.toLowerCase(), outside);
  // "A (x), B (y) and C (z) yesterday": a day only the last item has, said at the very end, is the list's.
  const last = items.at(-1)!;
  const trailing =
    !shared &&
    last.appliedOn &&
    items.slice(0, -1).every((i) => !i.appliedOn) &&
    BRACKET_THEN_DAY_AT_END.test(raw);
  const listDay = shared ?? (trailing ? last.appliedOn : undefined);
  if (listDay) for (const item of items) item.appliedOn ??= listDay;
  // "4 places: …" with fewer read: the pieces that named none are said back, else how many.
  const missing = (counted ?? 0) - items.length - unread.length;
  if (missing > 0)
    unread.push(...(skipped.length >= missing ? skipped.slice(-missing) : [`${missing} more`]));
  return { items, unread };
}

/**
 * The one application said right after the verb of applying, read as a clause ("applied @
 * Kwikmart Express (cashier) ayer", "to Westbrook Valley Medical Center for a night nurse job
 * yesterday"), or undefined when its first clause names no company after a place word.
 */
export function firstClauseApplication(raw: string): ClauseApplication | undefined {
  const verb = APPLYING.exec(raw);
  if (!verb || NOT_DONE.test(raw.slice(0, verb.index))) return undefined;
  const first = raw
    .slice(verb.index + verb[0].length)
    .split(CLAUSE_END)[0]!
    .trim()
    .replace(/[.!?]+$/, "")
    .replace(LEAD_IN, "");
  const place = PLACE_WORD.exec(first);
  return place ? readClause(first.slice(place[0].length), true) : undefined;
}

/**
 * The application another reader logged, completed by its clause read whole: the company's
 * name where that reader cut it ("Westbrook Valley Medical" of "… Medical Center"; its
 * names stop at three words), the role in brackets where it found none, the day in any
 * language where it read none (trial16 §11).
 */
export function withClauseReading(outcome: Outcome, raw: string): Outcome {
  const logged = outcome.calls.filter((c) => c.name === "add_application");
  const byNoun = roleBeforeEmployer(raw); // "a live sound tech job at the Riverside Theatre"
  if (byNoun && !logged.length && outcome.say?.kind === "ask_application") {
    const appliedOn = appliedDay(raw.toLowerCase(), raw);
    return { calls: [call("add_application", { ...byNoun, ...(appliedOn ? { appliedOn } : {}) })] };
  }
  const loggedAt = String(logged[0]?.args.company ?? "").toLowerCase();
  const sameEmployer =
    byNoun &&
    (byNoun.company.toLowerCase().includes(loggedAt) || loggedAt.includes(byNoun.company.toLowerCase()));
  if (byNoun && sameEmployer && logged.length === 1 && logged[0]!.args.position === ROLE_NOT_GIVEN) {
    const named = { ...logged[0]!, args: { ...logged[0]!.args, position: byNoun.position.slice(0, 200) } };
    return withClauseReading(
      { ...outcome, calls: outcome.calls.map((c) => (c === logged[0] ? named : c)) },
      raw,
    );
  }
  const clause = logged.length === 1 ? firstClauseApplication(raw) : undefined;
  if (!clause) return outcome;
  const args = { ...logged[0]!.args };
  const company = String(args.company ?? "");
  if (
    clause.company.toLowerCase().startsWith(company.toLowerCase()) &&
    clause.company.length > company.length
  )
    args.company = clause.company;
  if (clause.position && (args.position === ROLE_NOT_GIVEN || String(args.position ?? "").includes("(")))
    args.position = clause.position.slice(0, 200);
  if (clause.appliedOn && !args.appliedOn && args.status !== "saved") args.appliedOn = clause.appliedOn;
  return { ...outcome, calls: outcome.calls.map((c) => (c === logged[0] ? { ...c, args } : c)) };
}

/**
 * "acme plumbing (service tech) on tuesday", "the county library (page)": a name of a few words
 * in any case with its role in brackets right after it — the bracket says where the name ends
 * (each such item was read by a reader of its own, applications-in-parentheses.ts, before).
 */
const NAME_THEN_BRACKET =
  /^(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+[\p{L}\p{N}&.'’-]+){0,3})\s*\(([^()]{2,60})\)/iu;

function bracketedName(body: string): ClauseApplication | undefined {
  const m = NAME_THEN_BRACKET.exec(body);
  if (!m || NOT_A_ROLE.test(m[2]!.trim())) return undefined;
  const name = m[1]!.trim();
  // A capitalised name is read below as ever (its bracket may come after a day: "B last week
  // (role)"); this reads the lower-case ones, with no day inside.
  const the = /^the\s/i.test(body);
  if (/^[\p{Lu}\p{N}]/u.test(name) || DATE.test(name.toLowerCase())) return undefined;
  if (!the && !mayNameCompany(name.split(/\s+/)[0]!)) return undefined;
  const tail = body.slice(m[0].length);
  const appliedOn = appliedDay(tail.toLowerCase(), tail);
  // Only a day may follow the bracket ("(cashier) ayer"); more words are no item of a list.
  const rest = tail.replace(new RegExp(DATE.source, "i"), " ").replace(OTHER_DAY_WORDS, " ").trim();
  if (rest && !/^[.!]*$/.test(rest)) return undefined;
  return { company: name, position: m[2]!.trim(), ...(appliedOn ? { appliedOn } : {}) };
}

/** A clause's company, role and day, or undefined when it starts with no name. */
function readClause(body: string, afterPlace: boolean): ClauseApplication | undefined {
  const bracketed = bracketedName(body);
  if (bracketed) return bracketed;
  const capitalised = NAME.exec(body)?.[0];
  const lower = afterPlace ? /^[\p{Ll}\p{N}][\p{L}\p{N}&.'’-]*/u.exec(body)?.[0] : undefined;
  const named = capitalised ?? (lower && mayNameCompany(lower) ? lower : undefined);
  if (!named || named.length < 2) return undefined;
  const company = capitalised
    ? named + (ORGANISATION_AFTER_NAME.exec(body.slice(named.length))?.[0] ?? "")
    : named;
  let tail = body.slice(company.length);
  const lowerTail = tail.toLowerCase();
  const appliedOn = appliedDay(lowerTail, tail);
  if (DATE.test(lowerTail)) tail = tail.replace(new RegExp(DATE.source, "i"), " ");
  tail = tail.replace(OTHER_DAY_WORDS, " ").replace(/\s+/g, " ").trim();
  const bracket = BRACKET.exec(tail)?.[1]?.trim();
  const roleInBracket = bracket && !NOT_A_ROLE.test(bracket) ? bracket : undefined;
  const roleAfter = tail.replace(BRACKET, " ").replace(/\s+/g, " ").trim().match(ROLE_AFTER)?.[1];
  // What is left after the name must be a role, a day, or nothing: "IQVIA is hiring" is no clause of this list.
  const leftOver = tail.replace(BRACKET, " ").replace(ROLE_AFTER, " ").trim();
  if (leftOver && !roleInBracket && !roleAfter) return undefined;
  const position = roleInBracket ?? roleAfter?.trim();
  return {
    company: company.trim(),
    ...(position ? { position } : {}),
    ...(appliedOn ? { appliedOn } : {}),
  };
}

/**
 * The outcomes planned for the message replaced by the applications its clauses name, when
 * they are more than it logs: every company named is logged, and any clause that named no
 * readable company is said back (a silent drop looked like a saved application).
 */
export function clauseApplicationsOver(outcomes: Outcome[], raw: string): Outcome[] | undefined {
  const reading = applicationsInClauses(raw);
  if (!reading) return undefined;
  // "vale. he aplicado a …": the "vale" read on its own is no request beside the list.
  const logged = outcomes.flatMap((o) => o.calls).filter((c) => c.name === "add_application");
  const same =
    logged.length === reading.items.length &&
    logged.every((c, i) => String(c.args.company).toLowerCase() === reading.items[i]!.company.toLowerCase());
  // Fewer read by clause than the planner logged ("… and the Safeway night crew position"): its reading stays.
  if (reading.items.length < logged.length) return undefined;
  const args = (item: ClauseApplication) => ({
    ...item,
    position: (item.position ?? ROLE_NOT_GIVEN).slice(0, 200),
  });
  // The same companies: each clause's own reading of its role and day ("as a store manager" was
  // logged "a store manager" by the list reader), the rest of what was planned kept.
  if (same) {
    const byCompany = new Map(reading.items.map((i) => [i.company.toLowerCase(), i]));
    return outcomes.map((o) => ({
      ...o,
      calls: o.calls.map((c) => {
        const item =
          c.name === "add_application" ? byCompany.get(String(c.args.company).toLowerCase()) : undefined;
        // The role as its clause reads it; a day the planner read already stays as it said it.
        return item
          ? {
              ...c,
              args: { ...args(item), ...c.args, ...(item.position ? { position: args(item).position } : {}) },
            }
          : c;
      }),
    }));
  }
  const calls = reading.items.map((item) => call("add_application", args(item)));
  const unread = reading.unread.length
    ? { say: { kind: "applications_unread" as const, detail: reading.unread.join("|") } }
    : {};
  return [{ calls, ...unread }];
}

/** The reply for the clauses that named no company that could be read: which, and how to add them. */
export function unreadApplications(detail: string | undefined): string {
  const pieces = (detail ?? "").split("|").filter(Boolean);
  const which = pieces.map((p) => (/^\d+ more$/.test(p) ? p : `"${p}"`)).join(", ");
  return `I couldn't read the company in ${which || "part of that"}, so I haven't logged ${pieces.length > 1 ? "those" : "that one"}. Tell me each as "I applied to <company> for <role> <day>".`;
}
