/**
 * "more", "next", "show the rest", "page 2", "show all" right after a list longer than one
 * page (also "más", "la suite", "weiter", "mais", "aur dikhao"): that page of it. A short
 * command of its own (like "stop" or "skip"), read only while such a list is what the last
 * reply showed; anywhere else the words mean other things ("next question" in practice,
 * "show me the rest" of a roadmap) and the intent model reads them.
 */

import { CARDINAL_WORDS, OTHER_CARDINAL_WORDS } from "../../tools/text/number-words.ts";
import type { Focus } from "../graph/focus.ts";
import { call, type Outcome } from "./types.ts";

/** The requests whose reply can be a long list ("show_more" itself goes on with it), and
 * bookmarking one of its questions, which leaves the list in front of the person. */
const LISTING = new Set([
  "search_questions",
  "list_bookmarks",
  "list_applications",
  "show_skills",
  "show_profile",
  "list_reminders",
  "analyze_fit",
  "explain_score",
  "show_more",
  "bookmark_question",
]);

/** Words around the command that change nothing: "ok", "and", "please", "por favor", "bitte", "na". */
const LEADING =
  /^(?:(?:ok(?:ay)?|and|now|so|yes|yeah|pls|please|y|e|et|und|dann|ja|oui|si|sim|haan|ha|acha|accha|bien|vale|bueno|alors|also)[\s,]+)+/;
const TRAILING =
  /(?:[\s,]+(?:please|pls|plz|then|thanks|por favor|porfa|s'il (?:te|vous) pla[iî]t|stp|svp|bitte|na|yaar))+$/;

/** Page numbers as words: cardinals of every language the chat reads (the shared tables), and ordinals here. */
const NUMBERS: Record<string, number> = {
  ...CARDINAL_WORDS,
  ...OTHER_CARDINAL_WORDS,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  segunda: 2,
  segundo: 2,
  tercera: 3,
  terceira: 3,
  deuxième: 2,
  troisième: 3,
  zweite: 2,
  dritte: 3,
};
const NUMBER = `(\\d{1,3}|${Object.keys(NUMBERS).join("|")})(?:st|nd|rd|th|e|ème|\\.)?`;
const PAGE_WORD = "(?:page|pg|p\\.?|p[aá]gina|seite|panna)";
const VERB =
  "(?:(?:show|go to|open|give|see|let me see|can i see|can you show|jump to|skip to|muestra|mu[eé]strame|ver|ir a|montre|montre-moi|affiche|voir|aller [aà] la|zeig|zeig mir|geh zu|mostra|mostre|me mostra|ir para)(?: me)? )?(?:the |la |le |el |die |a )?";
/** "page 2", "go to page two", "página 2", "seite 3", "2nd page", "page 2 dikhao". */
const PAGE_N = new RegExp(
  `^${VERB}(?:${PAGE_WORD}\\s*(?:n[°o]\\.?\\s*)?${NUMBER}|${NUMBER}\\s*${PAGE_WORD})(?: dikhao| zeigen| anzeigen| please)?$`,
);

/** The whole rest at once: "show all", "the rest", "todos", "tout", "alle", "sab dikhao". */
const ALL =
  /^(?:(?:show|list|see|give)(?: me)? )?(?:(?:them |it )?all(?: of (?:them|those|it))?|(?:the )?(?:whole|full|entire) list|everything|(?:the )?rest(?: of (?:them|those|the list|it|my \w+))?)$|^(?:(?:mu[eé]strame|muestra|mostrar|ver|dame)(?: los)? )?(?:todos(?: los dem[aá]s)?|todo|el resto|los dem[aá]s|lo dem[aá]s)$|^(?:(?:montre(?:-moi)?|affiche|voir|donne(?:-moi)?) )?(?:tout|tous|le reste|tout le reste)(?: afficher| voir)?$|^(?:(?:zeig(?: mir)?|gib mir) )?(?:alle|alles|den rest|der rest|rest)(?: anzeigen| zeigen)?$|^(?:(?:mostra|mostre|mostrar|ver|me mostra)(?: os)? )?(?:todos|tudo|o resto|os outros|o restante)$|^(?:sab|saare|sabhi|sab kuch|baaki sab|baki sab)(?: dikhao| dikha do| batao)?$/;

/** The next page: "more", "next", "show more", "más", "la suite", "weiter", "mais", "aur dikhao". */
const NEXT =
  /^(?:(?:show|give|list|send|let me see|can i see|can you show)(?: me)? )?(?:(?:some |a few |the |\d+ |five )?more(?: (?:questions|ones|skills|gaps|reminders|of (?:them|those)|applications|apps|bookmarks))?|(?:the )?next(?: (?:page|(?:\d+|five|10|ten)(?: ones)?|ones|few|batch|set))?|keep going|go on|continue|what else(?: (?:is there|do you have))?)$|^(?:(?:mu[eé]strame|muestra|ver|dame|ens[eé][nñ]ame) )?(?:m[aá]s|la siguiente(?: p[aá]gina)?|siguiente(?: p[aá]gina)?|sigue|contin[uú]a)$|^(?:(?:montre(?:-moi)?|affiche|voir|donne(?:-moi)?) )?(?:la suite|suite|plus|encore|page suivante|la page suivante|continue)$|^(?:(?:zeig(?: mir)?|gib mir) )?(?:weiter|mehr|n[aä]chste(?: seite)?|die n[aä]chste(?: seite)?|mach weiter)$|^(?:(?:mostra|mostre|ver|me mostra|me mostre) )?(?:mais|pr[oó]xim[ao](?: p[aá]gina)?|a pr[oó]xima(?: p[aá]gina)?|continua|continue)$|^(?:aur|aur bhi|aur dikhao|aur dikha do|aur batao|baaki|baki|baaki dikhao|baki dikhao|agla(?: page)?|agle|next dikhao|aage)$/;

/**
 * What a message asks of the list in focus: the next page, a page by number, or the rest; else
 * undefined. Two such commands said together ("keep going, show the rest", "more - all of them":
 * conv16u) ask for the wider one.
 */
export function pageWanted(raw: string): { page?: number; all?: true } | undefined {
  const said = raw.split(/\s*(?:[,;]|\s[-–—]\s|\band\b)\s*/).filter((p) => p.trim());
  if (said.length < 2 || said.length > 3) return pageAsked(raw);
  const each = said.map(pageAsked);
  if (each.some((w) => !w)) return pageAsked(raw);
  return each.find((w) => w?.all) ?? each.at(-1);
}

function pageAsked(raw: string): { page?: number; all?: true } | undefined {
  const t = raw
    .trim()
    .toLowerCase()
    .replace(/[.!?¿¡…]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(LEADING, "")
    .replace(TRAILING, "")
    .trim();
  if (!t) return undefined;
  const numbered = t.match(PAGE_N);
  if (numbered) {
    const said = numbered[1] ?? numbered[2] ?? "";
    const n = /^\d+$/.test(said) ? Number(said) : NUMBERS[said];
    return n ? { page: n } : undefined;
  }
  if (ALL.test(t)) return { all: true };
  if (NEXT.test(t)) return {};
  return undefined;
}

/** A page of the list in focus, or undefined when the message is not a request for more of it. */
export function nextPageRequest(raw: string, focus: Focus): Outcome | undefined {
  if (!focus.page || !focus.lastIntent || !LISTING.has(focus.lastIntent)) return undefined;
  const wanted = pageWanted(raw);
  return wanted ? { calls: [call("show_more", wanted)] } : undefined;
}
