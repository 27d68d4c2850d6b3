/**
 * A background told as what the person did, with no job title (conv18u, the largest kind of miss
 * left across the dev splits): "spent 15 years fixing elevators, hydraulics too", "restored old
 * pianos for 9 yrs", "6 años reparando bicicletas, frenos, cambios", "potière depuis 8 ans". The
 * activity and its length are read; the job is named from the activity where the role data has
 * a title for it (the object done and the doer of the verb: "fixing elevators" -> Elevator
 * Repairer, "ran projection" -> Projectionist), else the activity itself is the entry's title, so
 * what was said is kept and never asked back as "what was the job?".
 */
import { singularTitle } from "../../data/roles/curated-titles.ts";
import { getRoles } from "../../data/roles/index.ts";
import { isTitleHead } from "../../data/roles/title-heads.ts";
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { titleCase } from "../../tools/jobs/title-case.ts";
import { statedDuration } from "../../tools/text/stated-duration.ts";
import { NO_RESUME, TARGET_SAID } from "./background-phrases.ts";
import { toldWithMore } from "./background-told-loosely.ts";

export interface ActivityRole {
  title: string;
  months?: number;
  /** The activity's words as said (left out of the skills read from the rest). */
  phrase: string;
  /** The title is the role data's, not the activity's own words. */
  named: boolean;
}

/** A length of work (after durationsInEnglish), with the word that leads it in the five languages. */
const LENGTH =
  /(?:\b(?:for|since|depuis|pendant|desde hace|hace|desde|durante|há|faz|por|seit|über|ueber)\s+)?(?:the\s+(?:last|past)\s+)?(?:almost\s+|over\s+|about\s+|nearly\s+)?\b(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\+?\s*(?:years?|yrs?|months?)\b(?:\s+(?:of|de|d'|lang))?/i;

/** Openings that announce what follows is the person's work ("what i've done:", "voici ce que je fais :"). */
const ANNOUNCED =
  /^\s*(?:what\s+i'?(?:ve|\s+have)\s+done|what\s+i\s+(?:do|did)|my\s+(?:background|experience|work)|background|experience|lo que (?:he hecho|hago|hice)|mi experiencia|ce que (?:je fais|j'ai fait)|voici ce que je fais|mon parcours|was ich (?:mache|gemacht habe)|meine erfahrung|o que (?:eu )?(?:fiz|fa[cç]o)|minha experi[eê]ncia)\s*[:\-–—]\s*/iu;

/** Lead-ins before the activity: who did it, and "been"/"spent" (the length is taken out first). */
const LEAD =
  /^(?:(?:and|also|so|then|well|ok|plus|y|e|et|und)\s+)*(?:i'?m\s+an?|i'?ve\s+been|i\s+have\s+been|i'?ve|i\s+have|i\s+was|i\s+spent|i|been|spent|yo|eu|je|j'ai|ich\s+habe|ich|main|maine|mai)?\s*(?:been\s+|spent\s+|worked\s+|trabaj[eé]\s+|trabalhei\s+|travaill[eé]\s+|gearbeitet\s+)?/iu;

/** A job wanted said beside it, in the five languages: the wish's readers plan that message. */
const WISH =
  /\b(?:want|wanna|would like|hoping to|become|aim|target|goal|quiero|quisiera|busco|meta|objetivo|quero|queria|gostaria|je veux|voudrais|j'aimerais|souhaite|vise|viser|devenir|ich will|will ich|ich m[öo]chte|m[öo]chte ich|werden|ziel|banna|chahta|chahti)\b/iu;

/** What the person will not do again, or what matters to them now: a preference, not a background. */
const DONE_WITH =
  /\b(?:never again|i'?m done|done with|no more|matters (?:most )?to me|deal ?breaker|jamais plus|plus jamais|nunca m[aá]s|nie wieder|nunca mais)\b/iu;

/** Clauses that tell life, plans or feelings, not work: never an activity held. */
const NOT_WORK =
  /\b(?:looking|searching|unemployed|out of work|jobless|off|break|kids?|children|baby|home|retired?|school|college|uni|studying|travel+ing|prison|jail|sick|ill|want|wanna|hope|hoping|planning|trying|applying|learning|job\s*search|buscando|cherche|suche|procurando|estudando|estudiando|sin trabajo|sans emploi|arbeitslos|desempregad)\w*\b/iu;

/** Place words that open a clause saying where, not what ("in a monastery", "em fazenda de …"). */
const PLACE_LEAD = /^(?:in|at|on|with|en|em|na|no|dans|à|au|chez|bei|im|in der|am)\s+/iu;

/** Small words that are no part of what was done. */
const SMALL =
  /^(?:a|an|the|my|our|some|lots|of|and|or|to|for|on|in|at|with|old|new|all|kinds|sorts|types|de|la|le|les|el|los|las|des|du|y|e|et|und|der|die|das|do|da|dos|das|um|uma|un|une|una)$/i;

/** Words that say nothing of the work: "doing this", "did that stuff". */
const VAGUE =
  /^(?:doing|done|did|this|that|these|those|it|stuff|thing|things|same|work|job|jobs|everything|anything|something|lot|bit)$/i;

/** Past forms that are not the verb plus -ed. */
const IRREGULAR: Record<string, string> = {
  built: "build",
  ran: "run",
  made: "make",
  drove: "drive",
  taught: "teach",
  sold: "sell",
  wrote: "write",
  grew: "grow",
  dug: "dig",
  sewed: "sew",
  sewn: "sew",
  wove: "weave",
  fought: "fight",
  led: "lead",
  kept: "keep",
  fed: "feed",
  bred: "breed",
  caught: "catch",
  cut: "cut",
  laid: "lay",
  froze: "freeze",
  shot: "shoot",
  spun: "spin",
};

/** Verbs of keeping things working: the doer is the thing's repairer, mechanic or technician. */
const MENDING = /^(?:fix|repair|mend|maintain|service|restor|overhaul|troubleshoot)/i;
const MENDERS = ["repairer", "mechanic", "technician", "restorer", "servicer"];

/** "fixing" -> "fix", "built" -> "build", "repaired" -> "repair", "baked" -> "bake". */
function verbStem(word: string): string | undefined {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (/^[a-z]{3,}ing$/.test(w)) return w.slice(0, -3).replace(/(.)\1$/, "$1");
  if (/^[a-z]{2,}ied$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/^[a-z]{3,}ed$/.test(w)) return w.slice(0, -2).replace(/(.)\1$/, "$1");
  return undefined;
}

const singular = (w: string) =>
  /(?:ss|us|is)$/.test(w)
    ? w
    : /(?:ch|sh|x)es$/.test(w)
      ? w.slice(0, -2)
      : w.replace(/ies$/, "y").replace(/s$/, "");

/** Whether a title's head is the doer of the verb ("build" -> builder, "bake" -> baker, "fix" -> mechanic). */
function doerOf(stem: string, head: string): boolean {
  if (MENDING.test(stem)) return MENDERS.includes(head);
  const base = stem.replace(/e$/, "");
  return head.length > base.length && head.startsWith(base) && /(?:er|or|ist|ian)$/.test(head);
}

/** Whether a title word is the object itself or its doer ("projection" -> "projectionist"). */
const namesObject = (word: string, object: string) =>
  word === object || (object.length >= 6 && word.startsWith(object) && word.length <= object.length + 4);

/**
 * The role data's title for doing `verb` to `objects` (English words), the most typical first:
 * the title holds the last object word, its other words are all among the objects, and its head
 * is the verb's doer or names the object itself.
 */
function titleForActivity(stem: string | undefined, objects: string[]): string | undefined {
  const last = objects.at(-1);
  if (!last) return undefined;
  let best: { title: string; score: number } | undefined;
  for (const role of getRoles().roles) {
    for (const [shown, weight, key] of role.titles) {
      const words = key.split(" ");
      if (words.length > 3) continue;
      const head = words.at(-1)!;
      const rest = words.slice(0, -1);
      const objectIsHead = namesObject(head, last) && head !== last;
      const byVerb = stem !== undefined && doerOf(stem, head) && rest.includes(last);
      if (!objectIsHead && !byVerb) continue;
      if (!isTitleHead(head) || !rest.every((w) => objects.includes(w))) continue;
      const score = weight + rest.length * 0.5 - (objectIsHead ? 0.25 : 0);
      if (!best || score > best.score) best = { title: shown, score };
    }
  }
  return best?.title;
}

/** The clause saying what was done for how long, and the length. */
function activityClause(text: string): { clause: string; months?: number } | undefined {
  const announced = ANNOUNCED.exec(text);
  const body = text.slice(announced?.[0].length ?? 0);
  const clauses = body.split(/\s*(?:[,;:.!?]|\s[-–—]\s)\s*/).filter((c) => /\p{L}{3}/u.test(c));
  const timed = clauses.find((c) => LENGTH.test(c) && !NO_RESUME.test(c));
  if (timed) return { clause: timed, months: statedDuration(timed)?.months };
  // "what i've done: managed the guest house bookings, …": announced, the first thing listed.
  return announced && clauses[0] ? { clause: clauses[0] } : undefined;
}

/** "using excel (for like)", "worked with sql", "usando excel": the tool after a verb of use. */
const USING_A_TOOL =
  /^(?:using|used|use|working with|worked with|work with|usando|utilizando|utilisant|utilis[ée]|benutz\w*|nutz\w*)\s+(.+?)(?:\s+(?:for|since|at|in|on)\b.*)?$/iu;

/**
 * The job held, read from what was done (`text` with lengths in English words, durationsInEnglish);
 * undefined when no clause says an activity with its length (or after an opening that announces it).
 */
export function roleByActivity(text: string, noResume = false): ActivityRole | undefined {
  if (/\?/.test(text) || WISH.test(text) || DONE_WITH.test(text) || TARGET_SAID.some((p) => p.test(text)))
    return undefined;
  // "why's excel a gap, i've been using excel for 8 years": a question, even without its mark.
  if (/^\s*(?:why|how|which|who|when|where)\b/i.test(text)) return undefined;
  // "no tengo cv pero: …": the note about the resume, up to its colon (within its sentence), is no activity.
  const read = activityClause(
    text.replace(/^[^:.!?]*\b(?:cv|resume|curr[ií]cul\w*|lebenslauf)\b[^:.!?]*:\s*/iu, ""),
  );
  if (!read) return undefined;
  const said = read.clause
    .replace(LENGTH, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEAD, "")
    .replace(/^(?:as|como|comme|als)\s+(?:(?:an?|um|uma|un|une|una|ein|eine)\s+)?/i, "")
    // "cabeleireira e 2 como recepcionista": a second job with its own years is the title reader's.
    .replace(/\s+(?:and|e|y|et|und)\s+\d.*$/i, "")
    .replace(/\s+(?:too|as well|also|now|full[- ]time|part[- ]time)$/i, "")
    .trim();
  const words = said.split(/\s+/).filter(Boolean);
  // "first job i've gone for in 10 yrs": a clause about oneself is no activity.
  if (
    words.length === 0 ||
    words.length > 7 ||
    NOT_WORK.test(said) ||
    /\b(?:i|i'?m|i'?ve|me|my)\b/i.test(said)
  )
    return undefined;
  // "7 anos em fazenda de tilápia": where the years went, read as the work only when the person
  // says there is no resume ("spent 9 years in a monastery" alone is their life, not a job).
  if (PLACE_LEAD.test(said) && !noResume) return undefined;
  if (!/\p{L}{3}/u.test(said) || /^(?:is|was|am|are|it|that|this|there)\b/i.test(said)) return undefined;
  // "been using excel for like 8 years": the years of using a tool the taxonomy knows name no job.
  const used = said.match(USING_A_TOOL)?.[1];
  // "used them for 3 yrs at Ondas": the tools named before ("I know Python and Tableau") name no job either.
  if (
    used &&
    (/^(?:them|it|that|this|those|these|both|all of them)$/i.test(used) ||
      getTaxonomy().byNormalizedKey(normalizeKey(used)))
  )
    return undefined;
  const stem = verbStem(words[0]!);
  // "3 years of excel": the years of a skill name no job (the skill readers take it).
  if (!stem && getTaxonomy().byNormalizedKey(normalizeKey(said))) return undefined;
  // "35mm", "2-stroke": a size or a count is no word of the job.
  // What was done ends where its place or company starts ("baked bread at a village bakery").
  const place = words.findIndex((w, i) => i > 0 && /^(?:at|in|on|for|with|near|across|around)$/i.test(w));
  const objects = (stem ? words.slice(1, place < 0 ? undefined : place) : words)
    .filter((w) => !/\d/.test(w))
    .map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ""))
    .filter((w) => w.length >= 3 && !SMALL.test(w))
    .map(singular);
  // "4 years doing this", "been at it 3 years": nothing said of what was done.
  if (objects.every((w) => VAGUE.test(w))) return undefined;
  const named = titleForActivity(stem, objects);
  const kept = said.replace(PLACE_LEAD, "");
  const title = named ? titleCase(singularTitle(named)) : kept.charAt(0).toUpperCase() + kept.slice(1);
  if (title.length < 2 || title.length > 120) return undefined;
  return { title, phrase: said, named: Boolean(named), ...(read.months ? { months: read.months } : {}) };
}

/** An opening that announces the person's work ("what i've done:", "mon parcours :"). */
export const workAnnounced = (text: string): boolean => ANNOUNCED.test(text);

interface RolesRead<R> {
  roles: R[];
  phrase?: string;
  phrases: string[];
  tools: string[];
}

/** The roles read by title, or, when none, the one read from what was done (background-said.ts). */
export function withRoleByActivity<R extends { title: string; months?: number }>(
  read: RolesRead<R>,
  text: string,
  noResume: boolean,
): RolesRead<R> {
  // Only a background told as one (its length and more, no resume said, or announced):
  // "10 yrs youth work. add it" is a skill to add, not a background.
  if (!(noResume || toldWithMore(text) || workAnnounced(text))) return read;
  // "welded pipe for 10 yrs": the title reader's loose match on the verb's words ("Welded Pipe")
  // gives way to the role data's title for the activity ("Pipe Welder").
  const byVerb = read.roles.length === 1 && verbStem(read.phrase?.trim().split(/\s+/)[0] ?? "") !== undefined;
  if (read.roles.length && !byVerb) return read;
  const activity = roleByActivity(text, noResume);
  if (!activity || (read.roles.length && !activity.named)) return read;
  const { phrase, named: _named, ...role } = activity;
  if (read.roles.length) return { ...read, roles: [{ ...read.roles[0]!, title: role.title }] };
  // A title and its months are all a role read from what was done has; R's other fields are optional.
  return { ...read, roles: [role as R], phrase, phrases: [phrase] };
}
