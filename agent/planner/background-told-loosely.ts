/**
 * A background told the way people type it with a resume already loaded (conv12u, from the
 * misses of blind11): the job first with nothing before it ("pipefitter 12 yrs, ..."), its years
 * said between the lead-in and the job ("ich bin seit 7 Jahren Bäcker", "je suis depuis 6 ans
 * ..."), or between the verb and the job ("worked 5 yrs in hospitals as a ward clerk",
 * "trabalhei 3 anos na fábrica como soldador"). The text is put in the shapes the background
 * reader (background-said.ts) knows, and a job told with its length and more after it (duties,
 * licences, a job before) counts as a background even when a resume is loaded: the person is
 * telling their career, not adding one line to it.
 */
import { namesHeldRole } from "./held-title.ts";

/** A length said in years or months (English words, after durationsInEnglish). */
const LENGTH = String.raw`\d{1,2}\+?\s*(?:years?|yrs?|months?|mos?)`;
/** Any length of work: years, months, seasons (summers), flight hours; in figures or words ("twelve years", dictated; conv15u). */
const ANY_LENGTH =
  /\b(?:\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\+?\s*(?:years?|yrs?|months?|seasons?|summers?|winters?|hrs|hours)\b/i;
/**
 * The years of a job written as dates instead of a length: "since 2013", "2016-2023", "2019 -
 * present" (conv13u: a dealer's "since 2013 at <casino>" and a field tech's "2016-2023" were
 * read as one profile entry; the background reader takes the dates beside the job).
 */
const YEAR_SPAN =
  /\b(?:since|from|depuis|seit|desde|dal|sinds)\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*(?:-|–|—|to|until|bis|a|à|até)\s*(?:(?:19|20)\d{2}|present|now|today|current|heute|hoy|aujourd'hui|hoje|jetzt)\b/i;
/** How long the job has lasted, said either way. */
const saysLength = (text: string) => ANY_LENGTH.test(text) || YEAR_SPAN.test(text);
const ARTICLE = String.raw`(?:an?\s+|un\s+|une\s+|una\s+|um\s+|uma\s+|ein\s+|eine\s+)?`;

/** Lead-ins after which the years can come before the job (after durationsInEnglish). */
const LEAD_THEN_YEARS = new RegExp(
  String.raw`\b(ich bin|ich war|je suis|j'?ai été|soy|fui|sou|i'?ve been|i have been)\s+(?:(?:seit|depuis|desde hace|hace|desde|há|faz|for)\s+)?(${LENGTH})\s+(?:als\s+|comme\s+|como\s+|as\s+)?${ARTICLE}([^,.;!?]+)`,
  "iu",
);

/** Where the job's own words end in the rest: a place, an employer or an "and". */
const JOB_END =
  /\s(?:im|in|bei|beim|an|am|à|au|aux|chez|dans|en|em|na|no|nos|nas|at|on|for|with|und|et|y|e|and)\s/iu;

/** "worked 7 yrs on ships as a deck officer", "trabajé 4 años en obra como capataz": the job after "as". */
const WORKED_YEARS_AS = new RegExp(
  String.raw`\b(worked|trabaj[eé]|trabalhei|j'?ai travaillé)\s+(${LENGTH})\s+([^,.;!?]{0,50}?)\s*\b(as|como|comme|en tant que)\s+(${ARTICLE}[^,.;!?]+)`,
  "iu",
);

/** A first word that is a lead-in, a verb or a question word: the job, if any, is read after it. */
const HEAD_NO_JOB =
  /^(?:i|im|i'm|i've|ive|i'd|my|the|a|an|we|you|is|am|are|what|how|can|add|put|worked|work|working|been|served|did|do|was|gimme|give|show|make|need|help|let|tell|ich|je|j'ai|soy|fui|sou|main|mai|trabaj[eé]|trabalhei)$/i;

/** "mail carrier for USPS 11 years": the employer said before the years, put after them ("at USPS"). */
const EMPLOYER_THEN_YEARS = new RegExp(
  String.raw`\sfor\s+((?:\p{Lu}[\p{L}\p{N}_&.'-]*)(?:\s+\p{Lu}[\p{L}\p{N}_&.'-]*){0,3})\s+(${LENGTH})\b`,
  "u",
);

/**
 * A short opening that only announces the story ("About me:", "ok quick version.", "Kurz zu
 * mir:", "en bref -"): up to four words, no number, ended by a colon, a full stop or a dash; a
 * note in brackets before the colon too ("About me (copied from LinkedIn):", conv15u).
 */
const PREAMBLE = /^\s*(?:[\p{L}'’]+[\s,]+){0,3}[\p{L}'’]+\s*(?:\([^)]{0,40}\)\s*)?(?:[:.]|\s[-–—])\s+(?=\S)/u;

/** The first one to five words of the message, as a job the role data knows. */
async function jobAtTheHead(text: string): Promise<string | undefined> {
  const words = text
    .trim()
    .replace(/^(?:(?:hi|hey|hello|yo|so|ok|well)[,!\s]+)/i, "")
    .split(/[.:;!?](?:\s|$)/)[0]! // the job's words end with their sentence
    .split(/[\s,]+/)
    .slice(0, 5);
  if (HEAD_NO_JOB.test(words[0] ?? "")) return undefined;
  for (let n = words.length; n >= 1; n--) {
    const run = words.slice(0, n).join(" ");
    if (!/\d/.test(run) && (await namesHeldRole(run))) return run;
  }
  return undefined;
}

/**
 * The text in the background reader's shapes: "<job> N years, …" led by "I'm a", the years moved
 * after the job, "worked N years … as X" as "worked as X for N years …". Unchanged otherwise.
 */
export async function withJobToldFirst(text: string): Promise<string> {
  const out = text
    .replace(LEAD_THEN_YEARS, (_m, lead: string, length: string, rest: string) => {
      const end = rest.search(JOB_END);
      const job = end < 0 ? rest : rest.slice(0, end);
      return `${lead} ${job.trim()} for ${length}${end < 0 ? "" : rest.slice(end)}`;
    })
    .replace(EMPLOYER_THEN_YEARS, (_m, employer: string, length: string) => ` for ${length} at ${employer}`)
    .replace(
      WORKED_YEARS_AS,
      (_m, verb: string, length: string, where: string, as: string, job: string) =>
        `${verb} ${as} ${job.trim()} for ${length}${where.trim() ? ` ${where.trim()}` : ""}`,
    );
  if (!saysLength(out)) return out;
  const head = await jobAtTheHead(out);
  if (head) return `I'm a ${joined(out.trim(), head)}`;
  // "About me: pipefitter 12 yrs, …": the job at the head of what follows the opening.
  const opening = PREAMBLE.exec(out)?.[0];
  const rest = opening ? out.slice(opening.length) : "";
  const job = opening ? await jobAtTheHead(rest) : undefined;
  // A note in brackets in the opening ("(copied from LinkedIn)") tells where the words came from: dropped.
  return opening && job ? `${opening.replace(/\([^)]*\)\s*/, "")}I'm a ${joined(rest.trim(), job)}` : out;
}

/**
 * "Film and documentary editor with 9 years …": an "and" inside a title the role data knows is
 * written "/" ("Film/documentary editor"), since the background reader ends a job's words at "and" (conv15u).
 */
const joined = (text: string, job: string) =>
  job.includes(" and ") ? text.replace(job, job.replace(/ and /g, "/")) : text;

/**
 * A wish or a request said beside the story ("set that as my target, X"): the other readers plan
 * it. Nouns a story holds are no request: "a level 1 trauma center", "district level", "my resume
 * is a mess" (conv13u); a level asked for comes with a verb listed here ("bump", "change", "set").
 */
const ASKS_OR_WISHES =
  /\b(?:target|goal|set|make|want|wanna|would like|hoping|aim(?:ing)?|become|switch|move into|rerun|analy[sz]e|fit|add|update|remove|bump|raise|lower|change|put|roadmap|plan|gimme|give me|show me|quiz|practice|remind)\b/i;

/**
 * A job told with its length and something more said beside it: more than one clause, none of
 * them a question, no wish or request beside it. Such a message is the person's background whether or not a resume is loaded.
 */
export function toldWithMore(text: string): boolean {
  if (/\?/.test(text) || !saysLength(text) || ASKS_OR_WISHES.test(text)) return false;
  const clauses = text
    .split(/[,.;]\s*|\s+(?:before that|then|and then|und|et|y|e|aur)\s+/i)
    .filter((c) => /\p{L}{3}/u.test(c));
  return clauses.length >= 2;
}
