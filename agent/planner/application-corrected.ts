/**
 * A logged application corrected in words, at any point of the chat, in the chat's five
 * languages: "I mixed them up, that application was with Adyen not Stripe", "sorry it was the
 * data analyst role not the engineer one", "actually I applied on Tuesday", "me equivoqué, fue
 * con Adyen y no con Stripe", "c'était le poste d'analyste, pas ingénieur", "eigentlich habe ich
 * mich am Dienstag beworben". Each was read as a status change of the company named, a dream
 * job, or a new application at a company called "Tuesday" (issue 12). The change goes to
 * change_application (the applications service's updateApplication: status and history stay).
 *
 * The readers that come first (corrected-company.ts, corrected-role.ts) read a correction of
 * the application JUST logged; this one reads what they leave: a correction said later, said
 * with "mixed up"/"wrong" words, or in another language. An application not tracked, or one
 * the person says was someone else's, changes nothing and is said back plainly.
 */
import type { Focus } from "../graph/focus.ts";
import { trackedCompanyIn } from "./company-named.ts";
import { correctedCompany } from "./corrected-company.ts";
import { correctedRole } from "./corrected-role.ts";
import { newsOrTooLong, opensCorrection } from "./correction-opener.ts";
import { appliedDay } from "./plans/applied-day.ts";
import { DATE } from "./rules-tracking.ts";
import { extractStatus } from "./slots.ts";
import { call, type Outcome } from "./types.ts";

/** Words owning a mistake in what was logged, in the five languages. */
const MISTAKE =
  /(?<![\p{L}])(?:mixed\s+(?:(?:them|it|those|that|the\s+\p{L}+)\s+)?up|got\s+(?:it|them|that|the\s+\p{L}+)\s+(?:wrong|mixed(?:\s+up)?)|my\s+(?:bad|mistake)|wrong\s+(?:company|role|job|position|day|date)|i\s+was\s+wrong|(?:me\s+)?equivoqu[eé]|(?:me\s+)?confund[ií]|(?:je\s+me\s+suis|j['’]ai)\s+(?:tromp[ée]e?|confondu|m[ée]lang[ée])|verwechselt|vertan|vertauscht|falsch|me\s+enganei|errei|troquei)(?![\p{L}])/iu;

/** The wrong one said as entered by mistake: "I typed backend by mistake", "puse cajero por error". */
const BY_MISTAKE =
  /(?<![\p{L}])(?:by\s+mistake|by\s+accident|wrongly|por\s+error|por\s+equivocaci[oó]n|par\s+erreur|aus\s+versehen|versehentlich|por\s+engano)(?![\p{L}])/iu;

/** "actually", "in fact" and their words in the other languages, where a day or field is put right. */
const ACTUALLY =
  /(?<![\p{L}])(?:actually|in\s+fact|correction|en\s+realidad|de\s+hecho|en\s+fait|en\s+r[ée]alit[ée]|eigentlich|in\s+wirklichkeit|na\s+verdade|na\s+real)(?![\p{L}])/iu;

/** The verb of having applied, in the five languages (a day corrected names it). */
const APPLIED =
  /(?<![\p{L}])(?:applied|sent\s+(?:it|my\s+\p{L}+)|submitted|apliqu[eé]|postul[eé]|me\s+postul[eé]|envi[eé]|j['’]ai\s+postul[ée]|candidat[ée]|beworben|geschickt|me\s+candidatei|candidatei|apliquei|enviei)(?![\p{L}])/iu;

/** The word that says which one was wrong: "not", "no", "pas", "nicht", "não". */
const NOT = String.raw`(?:not|no|pas|nicht|n[aã]o)`;
const AND = String.raw`(?:and\s+|y\s+|et\s+|und\s+|e\s+|but\s+|mais\s+|sondern\s+|pero\s+|mas\s+)?`;
/** Words that put a company: "with", "con", "chez", "bei", "na". */
const PLACE = String.raw`(?:with|at|to|for|con|en|a|al|para|chez|à|au|aupr[eè]s\s+de|pour|bei|beim|für|na|no|em|pra)`;
const ARTICLE = String.raw`(?:the|la|el|le|les|a|o|die|der|das)`;
/** An aside after the correction: "…, my bad", "… sorry", "… lol". */
const ASIDE = String.raw`(?:[\s,.;!—-]+(?:my\s+bad|sorry|lol|oops|perd[oó]n|pardon|desculpa|d[ée]sol[ée]e?|entschuldigung))*[\s.!]*`;
/** A company's name: up to four words (the first may be lower case: people type "adyen"). */
const NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,3}`;

/** "… was with Adyen not Stripe", "fue con Adyen y no con Stripe", "war bei Adyen, nicht Stripe". */
const COMPANY_NOT_COMPANY = new RegExp(
  String.raw`(?:^|[\s,:;—-])(?:(?:was|were|is|it'?s|fue|era|es|était|c['’]était|est|war|ist|foi|é)\s+)?(?:${PLACE}\s+)?(?:${ARTICLE}\s+)?(${NAME})[\s,]+${AND}${NOT}\s+(?:${PLACE}\s+)?(?:${ARTICLE}\s+)?(${NAME})${ASIDE}$`,
  "iu",
);
/** "wrong company, it should be Adyen", "empresa equivocada, era Adyen". */
const COMPANY_SHOULD_BE = new RegExp(
  String.raw`(?:company|empresa|entreprise|soci[ée]t[ée]|firma|unternehmen)[^.!?]*?(?:should\s+(?:have\s+)?be(?:en)?|is|was|era|es|deber[ií]a\s+ser|devrait\s+[êe]tre|est|[ée]tait|ist|war|deveria\s+ser|é)\s+(?:${ARTICLE}\s+)?(${NAME})[\s.!]*$`,
  "iu",
);

/** The nouns of a role in the five languages. */
const ROLE_NOUN = String.raw`(?:role|position|job|post|puesto|cargo|rol|trabajo|poste|r[ôo]le|emploi|stelle|rolle|vaga|fun[cç][aã]o)`;
/** "the data analyst role not the engineer one": the title before its noun. */
const TITLE_THEN_NOUN = new RegExp(
  String.raw`(?:^|[\s,:;—-])(?:it\s+was\s+|was\s+)?(?:for\s+)?(?:the\s+|an?\s+)?([^,.;!?]+?)\s+${ROLE_NOUN}[\s,]+${AND}${NOT}\s+(?:for\s+)?(?:the\s+|an?\s+)?([^,.;!?]+?)(?:\s+(?:one|${ROLE_NOUN}))?[\s.!]*$`,
  "iu",
);
/** "the role was data analyst not …", "el puesto de analista, no …", "die Stelle als X, nicht …", "le poste d'analyste, pas …". */
const NOUN_THEN_TITLE = new RegExp(
  String.raw`${ROLE_NOUN}\s+(?:(?:was|is|era|fue|es|était|est|war|ist|foi|é)\s+)?(?:for\s+|as\s+|de\s+|d['’]\s*|als\s+|como\s+|comme\s+)?(?:an?\s+|the\s+|una?\s+|une?\s+|um\s+|uma\s+)?([^,.;!?]+?)[\s,]+${AND}${NOT}\s+([^,.;!?]+?)[\s.!]*$`,
  "iu",
);
/** "wrong role, it was for barista not cashier": a title after "for/as" once the role is said wrong. */
const FOR_TITLE_NOT = new RegExp(
  String.raw`(?:wrong\s+(?:role|position|job)|(?:puesto|cargo|rol)\s+equivocad[oa]|mauvais\s+(?:poste|r[ôo]le)|falsche\s+(?:stelle|rolle|position)|vaga\s+errada)[^.!?]*?(?<![\p{L}])(?:for|as|como|para|pour|comme|als)\s+(?:an?\s+|the\s+|una?\s+|une?\s+|um\s+|uma\s+)?([^,.;!?]+?)[\s,]+${AND}${NOT}\s+([^,.;!?]+?)${ASIDE}$`,
  "iu",
);
/**
 * "the Monzo role was product analyst actually", "el puesto en Monzo era analista de producto":
 * the right title after the role's noun and a verb of being (with the wrong one said as a mistake).
 */
const ROLE_WAS = new RegExp(
  String.raw`${ROLE_NOUN}\s+(?:(?:at|with|en|chez|bei|na|no|em)\s+\S+\s+)?(?:was|is|era|es|fue|était|est|war|ist|foi|é)\s+(?:(?:actually|really)\s+)?(?:an?\s+|the\s+|una?\s+|une?\s+|um\s+|uma\s+|als\s+)?([^,.;!?]+?)(?:\s+(?:actually|really|en\s+realidad|en\s+fait|eigentlich|na\s+verdade))?\s*(?:[,.;!?]|$)`,
  "iu",
);

/** The words around the wrong title: "el de ingeniero", "celui d'ingénieur", "a de engenheiro", "als Ingenieur". */
const WRONG_LEAD = /^(?:(?:the|el|la|le|a|o|die|der|das|celui|celle)\s+)?(?:(?:de|d['’]|als|as|for)\s*)?/iu;

/** "my friend's application", "la candidatura de mi hermana", "die Bewerbung von meinem Bruder": not the person's own. */
const SOMEONE_ELSE =
  /(?<![\p{L}])(?:my\s+(?:friend|brother|sister|mum|mom|dad|partner|wife|husband|roommate|flatmate|cousin|son|daughter|colleague)(?:['’]s)?|(?:de\s+)?mi\s+(?:amig[oa]|herman[oa]|novi[oa]|pareja|esposa|marido|prim[oa]|hij[oa])|(?:de\s+)?(?:mon|ma)\s+(?:ami|amie|fr[eè]re|s[oœ]eur|copain|copine|cousin|cousine|fils|fille|coll[eè]gue)|(?:von\s+)?mein(?:e[mnrs]?)?\s+(?:freund(?:in)?|bruder|schwester|partner(?:in)?|kollege|kollegin|sohn|tochter)|(?:d[oa]\s+)?(?:meu|minha)\s+(?:amig[oa]|irm[aã]o?|namorad[oa]|prim[oa]|filh[oa]|colega))(?![\p{L}])/iu;
/** An application or the verb of applying named in the message (someone else's must be about one). */
const ABOUT_APPLICATION =
  /(?<![\p{L}])(?:application|app|applied|solicitud|candidatura|postulaci[oó]n|aplic[oó]|postul[oó]|candidature|a\s+postul[ée]|bewerbung|beworben|se\s+candidatou)(?![\p{L}])/iu;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const clean = (s: string) =>
  s
    .trim()
    .replace(/^(?:the|el|la|le|a|o|un|una|une|um|uma|der|die|das|ein|eine)\s+/iu, "")
    .replace(new RegExp(String.raw`\s+(?:${ROLE_NOUN}|one)$`, "iu"), "")
    .trim();

/** Words that lead into a name or title and are never its own: verbs of being, places, articles. */
const LEAD_WORD =
  /^(?:it|it'?s|that|this|was|were|is|fue|era|es|était|c['’]était|est|war|ist|foi|é|with|at|to|for|con|en|a|al|para|chez|à|au|pour|bei|beim|für|na|no|em|pra|the|la|el|le|les|o|die|der|das|application|app|solicitud|candidatura|candidature|bewerbung|one|ones|sorry|actually|just|i|my|bad)$/iu;

/**
 * A company's name without the words before it ("application was with Adyen" -> "Adyen"); the
 * regular expressions read case-blind (\p{Lu} matches any letter under the i flag), so the
 * name's later words must start with a capital here.
 */
function nameOnly(said: string): string {
  const words = said.trim().split(/\s+/);
  let from = 0;
  for (let i = 0; i < words.length - 1; i++) if (LEAD_WORD.test(words[i]!)) from = i + 1;
  const kept = words.slice(from);
  const end = kept.findIndex((w, i) => i > 0 && !/^[\p{Lu}\p{N}&]/u.test(w));
  return (end > 0 ? kept.slice(0, end) : kept).join(" ");
}

/** A title without what was said before it ("sorry it was the data analyst" -> "data analyst"). */
const titleOnly = (said: string): string =>
  clean(said.replace(/^.*?(?<![\p{L}])(?:it\s+was|was|era|fue|c['’]était|es\s+war|war|foi)\s+/iu, ""));

/** Whether the words are a day ("tuesday", "ayer", "3 days ago"), never a company or role. */
const isDay = (words: string) => {
  const t = words.toLowerCase();
  return Boolean(
    DATE.test(t) ||
      appliedDay(t, words) ||
      /^(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)day$/i.test(t),
  );
};

/**
 * Which application the correction is about: the wrong one named when tracked, else the one
 * in focus. `unknown` is a name said as the wrong one that no application has.
 */
function applicationMeant(
  wrong: string | undefined,
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): { application?: string; unknown?: string } {
  const last = focus.application;
  if (wrong && last && same(wrong, last.company)) return { application: last.id ?? last.company };
  const named = wrong ? tracked?.find((c) => same(c, wrong)) : undefined;
  if (named) return { application: named };
  if (wrong) return { unknown: wrong };
  const inText = trackedCompanyIn(raw, tracked);
  if (inText && !(last && same(inText, last.company))) return { application: inText };
  return last ? { application: last.id ?? last.company } : {};
}

/**
 * Whether the message names a company besides the ones tracked: a capitalised word past the
 * first (days, "I" and the tracked names aside), or a word after "applied to/at".
 */
function namesAnotherCompany(
  said: string,
  day: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): boolean {
  const known = [focus.application?.company ?? "", ...(tracked ?? [])].filter(Boolean);
  let rest = said.replace(new RegExp(DATE.source, "gi"), " ").split(day).join(" ");
  for (const k of known)
    rest = rest.split(new RegExp(k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "iu")).join(" ");
  const words = rest.trim().split(/\s+/).slice(1);
  const capitalised = words.some(
    (w) => /^\p{Lu}/u.test(w) && !/^I$/.test(w) && !isDay(w.replace(/[^\p{L}]/gu, "")),
  );
  const placed =
    /(?<![\p{L}])(?:applied|apliqu[eé]|postul[eé]|candidatei|beworben)\s+(?:to|at|with|a|al|en|chez|à|au|bei|na|no|em)\s+(?!(?:the|a|an|el|la|le)\b)\p{L}/iu.test(
      rest,
    );
  return capitalised || placed;
}

/** The intents of the tracker: right after one, the talk is of applications. */
const APPLICATION_INTENTS = new Set([
  "add_application",
  "update_application_status",
  "list_applications",
  "application_stats",
  "change_application",
  "delete_application",
]);

/** A correction that says the application was another person's. */
const saysSomeoneElses = (raw: string) =>
  (MISTAKE.test(raw) || opensCorrection(raw) || ACTUALLY.test(raw)) &&
  SOMEONE_ELSE.test(raw) &&
  ABOUT_APPLICATION.test(raw);

/** Said back, nothing changed: an application not tracked, or another person's. */
const notChanged = (detail: string): Outcome => ({
  calls: [],
  say: { kind: "correction_not_tracked", detail },
});

/** The correction of a role, a company or a day applied, or undefined when the message is none. */
function correctionOfLogged(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Outcome | undefined {
  if (newsOrTooLong(raw, 22, extractStatus(raw.toLowerCase()))) return undefined;
  const byMistake = BY_MISTAKE.test(raw);
  const mistake = MISTAKE.test(raw) || opensCorrection(raw) || byMistake;
  if (!mistake && !ACTUALLY.test(raw)) return undefined;
  // About an application: one named, or the talk is of them ("correction: I was at Halden Foods
  // for 5 years, not 4" corrects a job held, not an application).
  const about =
    ABOUT_APPLICATION.test(raw) ||
    focus.topic === "application" ||
    APPLICATION_INTENTS.has(focus.lastIntent ?? "") ||
    Boolean(trackedCompanyIn(raw, tracked));
  if (!about) return undefined;
  // The role first: "the data analyst role not the engineer one" is no company.
  const role =
    FOR_TITLE_NOT.exec(raw) ??
    TITLE_THEN_NOUN.exec(raw) ??
    NOUN_THEN_TITLE.exec(raw) ??
    (byMistake ? ROLE_WAS.exec(raw) : null);
  if (role && mistake) {
    const right = titleOnly(role[1]!);
    const wrong = clean((role[2] ?? "").replace(WRONG_LEAD, ""));
    if (right && !isDay(right) && right.split(/\s+/).length <= 6 && !same(right, wrong)) {
      const { application } = applicationMeant(undefined, raw, focus, tracked);
      if (!application) return notChanged("");
      return { calls: [call("change_application", { application, position: right.slice(0, 200) })] };
    }
  }
  const pair = mistake ? COMPANY_NOT_COMPANY.exec(raw) : undefined;
  const should = mistake && !pair ? COMPANY_SHOULD_BE.exec(raw) : undefined;
  const said = pair?.[1] ?? should?.[1];
  const rightName = said ? nameOnly(said) : undefined;
  const wrongName = pair?.[2] ? nameOnly(pair[2]) : undefined;
  // A name in lower case ("it was adyen not stripe") only against a company the person tracks.
  const wrongKnown =
    wrongName && [focus.application?.company ?? "", ...(tracked ?? [])].some((c) => same(c, wrongName));
  // "actually it was Amazon not Google" after a status change moves that change (application-plans):
  // a name already tracked is another application, not a new name for this one.
  const another = rightName && tracked?.some((c) => same(c, rightName));
  const named =
    rightName && !another && /\p{L}/u.test(rightName) && (/^[\p{Lu}\p{N}]/u.test(rightName) || wrongKnown);
  const days = (rightName && isDay(rightName)) || (wrongName && isDay(wrongName));
  if (rightName && named && !days && !(wrongName && same(wrongName, rightName))) {
    const meant = applicationMeant(wrongName, raw, focus, tracked);
    if (meant.unknown) return notChanged(meant.unknown);
    if (!meant.application) return notChanged("");
    return { calls: [call("change_application", { application: meant.application, company: rightName })] };
  }
  // "actually I applied on Tuesday": the day of the verb of applying, for the one meant.
  if (!APPLIED.test(raw)) return undefined;
  const right = raw.replace(new RegExp(String.raw`[\s,]+${NOT}\s+[^,.;!?]+$`, "iu"), "");
  const day = appliedDay(right.toLowerCase(), right);
  if (!day) return undefined;
  // "actually I applied to Figma for designer today": a name no application has is a new one.
  if (namesAnotherCompany(right, day, focus, tracked)) return undefined;
  const { application } = applicationMeant(undefined, raw, focus, tracked);
  if (!application) return notChanged("");
  return { calls: [call("change_application", { application, appliedOn: day })] };
}

/** change_application when the message corrects a logged application, or what is said back instead. */
export async function applicationCorrected(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Promise<Outcome | undefined> {
  // "no wait, the Adyen one was my friend's application": nobody's role or company to change.
  if (saysSomeoneElses(raw)) return notChanged("someone_else");
  return (
    (await correctedCompany(raw, focus, tracked)) ??
    (await correctedRole(raw, focus, tracked)) ??
    correctionOfLogged(raw, focus, tracked)
  );
}
