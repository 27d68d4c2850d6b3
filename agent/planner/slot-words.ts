/**
 * Slot values the intent model cannot give: which skill, which company, which item of
 * a list a message points at. Read from the person's own words (their casing), the
 * conversation's focus, and small closed vocabularies (statuses, levels) in the six
 * languages the planner understands.
 */
import { getTaxonomy } from "../../data/taxonomy/index.ts";
import { normalizeKey } from "../../data/taxonomy/normalize.ts";
import { unicodeBounds } from "../../tools/text/word-bounds.ts";
import type { Focus } from "../graph/focus.ts";
import { DECLINED_OFFER } from "./declined-offer.ts";
import type { Level, Status } from "./slots.ts";
import { saysTurnedDown, statusSaidAsEvent } from "./status-said-as-events.ts";

/** Words that are never a skill or company name on their own. */
const COMMON = new Set(
  `i me my mine you your it its they them their we us our he she a an the this that these those there here
  and or but so if then than as at by for from in into of on onto to with without about over under up down
  is am are was were be been being do does did done have has had having can could will would should may might must
  add put throw stick pop slap include remove delete drop take get rid erase scrap change update set make bump
  upgrade downgrade lower raise mark level switch move also too please pls plz just really actually now anymore
  skill skills profile list resume cv as beginner intermediate advanced expert basic novice pro strong
  know known use used using learned learn picked code coding program write work worked working at lol tbh idk
  ok okay yes no not never don't doesn't i'm i've i'd it's that's what which who how why when where yo hey hi
  thanks thank off out gone anyway literally every day week weeks month months year years level proficiency
  bit little lot pretty very quite fairly decent good great solid rusty fluent comfortable familiar one thing
  app apps application applications job role position posting tracker company team interview offer`.split(
    /\s+/,
  ),
);

/**
 * Question and lead-in words of the other languages the planner reads (es, fr, de, pt,
 * Hindi in Latin script): capitalised at the start of a question ("¿Qué …", "Was …") they
 * look like names, and a quick reply built on one ("I want to be a Qué") is broken.
 */
const COMMON_ELSEWHERE =
  `qué que cuál cual cuáles cuales cómo como cuándo cuando dónde donde por porqué quién quien cuánto cuántos
  soy estoy tengo puedo quiero me mi mis yo es hay para ser debo necesito
  quoi quel quelle quels quelles comment pourquoi quand où qui combien est-ce suis je moi mon ma mes veux peux dois
  was wer wie wo wann warum welche welcher welches wieviel bin ich mich mir mein meine kann will soll muss habe
  quais qual quando onde porque quem quanto sou estou tenho posso quero eu meu minha devo preciso
  kya kaise kyun kyu kab kahan kaun kitna main mera meri mujhe hoon hun hai chahiye
  e y et und aur ou o
  fui foi fue era apaga apague borra borre elimina elimine tira quita sorry`.split(/\s+/);
for (const word of COMMON_ELSEWHERE) COMMON.add(word);

/**
 * Articles, prepositions and conjunctions of the other languages read, when written in lower
 * case: "les plannings, les entretiens" saved the skill "Large eddy simulation LES" (trial19; the
 * taxonomy keys acronyms in lower case). Written in capitals ("LES", "DES") they stay candidates.
 */
const FUNCTION_WORDS_ELSEWHERE = new Set(
  `le la les des du de au aux un une et en sur pour avec dans par chez
  el los las del al unos unas con en por para sin sobre
  os as do da dos das no na nos nas um uma com em pelo pela sem
  der die das den dem des ein eine einen einem einer und mit im am auf für von zu zum zur bei aus
  ka ki ke ko se mein par bhi`.split(/\s+/),
);

/** Candidate names in a message, as written: "Go", "scikit-learn", "C#", "Power BI". */
export function nameCandidates(raw: string): string[] {
  // Contractions are one word: "I'm" must not leave a stray "m" (read as a skill named M),
  // "don't" no "don"/"t"; a possessive keeps its name ("Macy's" -> Macy). French "j'ai",
  // "j'utilise" is a verb, not skills "j" and "ai"; "d'Excel", "l'anglais" keep the noun.
  const words = raw
    .replace(/\b\p{L}+n['’]t\b/giu, " ")
    .replace(/['’](?:m|re|ve|ll|d|s)\b/giu, "")
    .replace(/(?<![\p{L}])j['’]\p{L}+/giu, " ")
    .replace(/(?<![\p{L}])(?:l|d|qu|n|m|t|s|c)['’](?=\p{L})/giu, "");
  // "GD&T", "R&D": an ampersand between letters is part of the name (it was saved as "GD").
  const tokens = words.match(/[\p{L}\p{N}](?:[\p{L}\p{N}+#.\-/]|&(?=[\p{L}\p{N}]))*/gu) ?? [];
  const out: string[] = [];
  for (const token of tokens) {
    const word = token.replace(/[.]+$/, "");
    if (!word || COMMON.has(word.toLowerCase())) continue;
    if (FUNCTION_WORDS_ELSEWHERE.has(word)) continue; // lower case only: "LES" written so stays
    if (/^\d+$/.test(word)) continue;
    out.push(word);
  }
  return out;
}

const isSkill = (phrase: string) => getTaxonomy().byNormalizedKey(normalizeKey(phrase)) !== undefined;

/** Skill names in a message that the taxonomy knows ("EUR" written mid-sentence is not one). */
export const knownSkillNames = (raw: string): string[] => skillNames(raw).filter(isSkill);

/**
 * Skill names in a message, as written: known to the taxonomy (two-word names first:
 * "machine learning", "power bi"), or written like a name mid-sentence ("Go", "C#").
 */
export function skillNames(raw: string): string[] {
  const tokens = nameCandidates(raw);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pair = i + 1 < tokens.length ? `${tokens[i]} ${tokens[i + 1]}` : "";
    if (pair && raw.includes(pair) && isSkill(pair)) {
      out.push(pair);
      i++;
      continue;
    }
    const w = tokens[i];
    // Capitalised after other words, not at the start of the message ("¿Qué …" is the start).
    const midSentence = /[\p{L}\p{N}]/u.test(raw.slice(0, raw.indexOf(w))) && /^\p{Lu}/u.test(w);
    if (isSkill(w) || /[+#]|\.[a-z]/i.test(w) || midSentence) out.push(w);
  }
  return [...new Set(out)];
}

const ORDINAL_WORDS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
];
const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * "the second one", "2nd", "the 7th", "#12", "number three", "the last one" -> a 0-based
 * index. Past the fifth too: after "more" a list shows items 6-10 and people name those.
 */
export function ordinalIndex(t: string): number | undefined {
  const word = ORDINAL_WORDS.findIndex((w) => new RegExp(`\\b${w}\\b`).test(t));
  if (word >= 0) return word;
  const digits = t.match(/(?:^|[\s(])(?:#|number )?(\d{1,2})(?:st|nd|rd|th)\b|(?:#|\bnumber )(\d{1,2})\b/);
  const n = Number(digits?.[1] ?? digits?.[2]);
  if (n >= 1) return n - 1;
  const named = t.match(/\bnumber (one|two|three|four|five|six|seven|eight|nine|ten)\b/);
  if (named) return NUMBER_WORDS.indexOf(named[1]!);
  if (/\b(?:last|latest) one\b/.test(t)) return -1;
  return undefined;
}

/** An item of a list in focus named by ordinal or by a word it contains ("the terraform one"). */
export function pickFromList(t: string, items: string[] | undefined): string | undefined {
  if (!items?.length) return undefined;
  const i = ordinalIndex(t);
  if (i !== undefined) return i < 0 ? items.at(-1) : items[i];
  return items.find((item) =>
    new RegExp(`\\b${item.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(t),
  );
}

/** Status words beyond English ("rechazó", "abgesagt", "rejeitou") and chat phrasings. */
const STATUS_EXTRA: [RegExp, Status][] = [
  // Read before the no-words below ("said no to the offer" is declining it).
  [DECLINED_OFFER, "withdrawn"],
  // A no is the news even when it came by a call or an email ("they emailed back, they said no"):
  // read before the phone words, which took it for a phone screen (conv12n).
  [
    // "m'a recalée", "je n'ai pas été retenue", "no quedé", "fui reprovada", "nicht genommen" (conv17u).
    /\brecal[ée]e?s?(?![a-zà-ÿ])|\bpas (?:été )?retenue?s?\b|\bno (?:qued[eé]|me (?:escogieron|eligieron|seleccionaron))(?![a-zà-ÿ])|\bfui reprovad[ao]\b|\bn[ãa]o fui (?:selecionad|chamad)[ao]\b|\bnicht genommen\b|\bselect nahi hu(?:a|i)\b|\brechaz\w*\b|\brefus\w*\b|\babgesagt\b|\babsage\b|\brejeit\w*\b|\breject kar\b|\breject(?:ed)? (?:ho|kar|kiya|kr)\w*\b|\bmana kar (?:diya|diye)\b|\bsaid no\b|\b(?:it'?s|its|it is|it was|that'?s|thats|that is) a (?:no|nope|hard no)\b|\bno luck\b|\bnot (?:moving|going) (?:forward|ahead)\b|\bmov(?:e|ed|ing) (?:forward|ahead) with (?:other|another|someone)\b|\bwent with (?:someone|another|other|a different)\b|\bpassed on me\b|\bnot selected\b|\bunsuccessful\b|\b(?:didn'?t|did not|never) get (?:the |that |this )?(?:\S+ ){0,3}(?:job|role|position|offer|internship)\b/,
    "rejected",
  ],
  [
    /\btake[- ]home\b|\bcoding (?:challenge|assessment)\b|\bassessment\b|\bentrevista t[eé]cnica\b|\bportfolio (?:review|presentation|walk-?through)\b|\b(?:design|case|data|sales) (?:challenge|exercise|study|task)\b|\bwork sample\b|\b(?:technical|skills?) test\b|\bmock (?:pitch|call)\b/,
    "technical_interview",
  ],
  [
    /\bcalled me back\b|\bcall(?:ed)? back\b|\breached out\b|\bphone call\b|\bemailed\b|\bllamaron\b|\btelefon\w*\b|\bt[eé]l[eé]phonique\b|\bpor telefone\b|\bcall aaya\b/,
    "phone_screen",
  ],
  [
    /\bturned (?:them|it) down\b|\bdeclined (?:them|it|the offer)\b|\bgoing somewhere else\b|\bwithdr/,
    "withdrawn",
  ],
  [
    /\boferta\b|\bofrecieron\b|\b(?:me\s+)?(?:ha|han)\s+ofrecido\b|\bme\s+ofreci[oó]\b|\bangebot\b|\bproposta\b|\boffre\b|\boffer mil\b/,
    "offer",
  ],
  [
    /\bsin respuesta\b|\bnever replied\b|\bno news\b|\bhaven'?t heard\b|\bhave not heard\b|\bnothing back\b/,
    "ghosted",
  ],
  [/\bfinal round\b|\bonsite\b|\bon-site\b|\bsuperday\b/, "final_interview"],
  [/\bpassed (?:the|it)\b.*\bphone\b/, "technical_interview"],
  // The plain word for an interview, as English "interview" is read: after the phone words above.
  [/\bentrevistas?\b|\bentretiens?\b|\bvorstellungsgespr[äa]ch\w*/, "technical_interview"],
];

export function extraStatus(t: string): Status | undefined {
  if (saysTurnedDown(t)) return "rejected"; // "fui reprovada na entrevista" is no interview
  for (const [p, s] of STATUS_EXTRA) if (p.test(t)) return s;
  return statusSaidAsEvent(t); // "they want a call", "recebi um não"
}

/** "passed the phone screen" moves one stage on from where the application is. */
const NEXT_STAGE: Partial<Record<Status, Status>> = {
  applied: "phone_screen",
  phone_screen: "technical_interview",
  technical_interview: "final_interview",
  final_interview: "offer",
};
export function nextStage(current: string | undefined): Status | undefined {
  return NEXT_STAGE[(current ?? "applied") as Status];
}

const LEVEL_EXTRA: [RegExp, Level][] = [
  [/\brusty\b|\bbeginner-?ish\b|\bprincipiante\b|\bd[eé]butant\b|\banf[aä]nger\b|\biniciante\b/, "beginner"],
  [/\bintermedi[oa]\b|\binterm[eé]diaire\b|\bmittelstufe\b|\bmittleres niveau\b/, "intermediate"],
  // German "fortgeschritten" is advanced (Grundkenntnisse < fortgeschritten < Experte), not intermediate.
  // "avancé" ends in a letter `\b` does not count: Unicode-aware word ends.
  [
    new RegExp(unicodeBounds(String.raw`\bavanzado\b|\bavanc[eé]\b|\bavançado\b|\bfortgeschritten\w*`), "u"),
    "advanced",
  ],
  [/\bexperto\b|\bexperte\b|\bespecialista\b/, "expert"],
];
export function extraLevel(t: string): Level | undefined {
  for (const [p, l] of LEVEL_EXTRA) if (p.test(t)) return l;
  return undefined;
}

/** The company a message about an application means: named, picked from a list, or the one in focus. */
export function applicationCompany(
  raw: string,
  t: string,
  focus: Focus,
  named?: string,
  tracked: readonly string[] = [],
): string | undefined {
  // A tracked company the message names, in any casing ("google said no"), before a
  // capitalised guess ("Sadly Amazon rejected me" is not about "Sadly").
  const own = trackedIn(t, tracked);
  if (own) return own;
  if (named) return named;
  const listed = pickFromList(t, focus.applications);
  if (listed) return listed;
  const known = [focus.application?.company, ...(focus.applications ?? [])].filter(Boolean) as string[];
  const mentioned = known.find((c) => t.includes(c.toLowerCase()));
  if (mentioned) return mentioned;
  // A capitalised word after a preposition or at the start ("Stripe me rechazó").
  const cap = raw.match(
    /(?:^|\b(?:at|to|with|from|by|en|bei|chez|na|no|mein)\s+)(\p{Lu}[\p{L}\p{N}_&.'-]+)/u,
  );
  if (cap && !COMMON.has(cap[1].toLowerCase())) return cap[1];
  return focus.application?.company;
}

/** The longest tracked company named in the message as whole words, ignoring case. */
export function trackedIn(t: string, tracked: readonly string[]): string | undefined {
  const lower = t.toLowerCase();
  // A company named like a common word ("Offer", "It") would match nearly every message.
  const hits = tracked.filter(
    (company) => !COMMON.has(company.trim().toLowerCase()) && saysName(lower, company),
  );
  return hits.sort((a, b) => b.length - a.length)[0];
}

/** Whether the lower-cased message names `name` as whole words, ignoring case. */
export function saysName(lower: string, name: string): boolean {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return false;
  const escaped = wanted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}+#])`, "u").test(lower);
}

/**
 * "… again" in the six languages: reading the resume already stored once more ("re-read my
 * resume", "parse my CV again", "léelo otra vez", "phir se padho"), not a new file.
 */
const AGAIN =
  /\b(?:again|re-?(?:read|load|parse|import|scan|process|run)\w*|refresh|once more|otra vez|de nuevo|vuelve a|volver a|rel[eé]e\w*|encore|à nouveau|de nouveau|reli[rs]e?|relis|recharge\w*|nochmal|noch ?einmal|erneut|neu (?:ein)?(?:lesen|laden)|de novo|novamente|outra vez|releia|recarreg\w*|phir se|fir se|dobara|dubara)\b/i;

export function saysAgain(t: string): boolean {
  return AGAIN.test(t);
}

/**
 * Analyses of this conversation a message names by their job's company or title ("the
 * Google analysis", "compare it with the Amazon one"), in the order they are named.
 */
export function analysesNamed(raw: string, focus: Focus): string[] {
  const text = raw.toLowerCase();
  const wordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  // Where the name stands as words of its own ("Go" in "go for Google" does not count).
  const at = (name: string | undefined) => {
    const wanted = name?.toLowerCase().trim();
    if (!wanted) return -1;
    for (let i = text.indexOf(wanted); i >= 0; i = text.indexOf(wanted, i + 1))
      if (!wordChar(text[i - 1]) && !wordChar(text[i + wanted.length])) return i;
    return -1;
  };
  // Companies tell analyses of the same title apart, so they are looked for first.
  const by = (key: "company" | "title") =>
    (focus.analyses ?? [])
      .map((a) => ({ id: a.id, index: at(a[key]) }))
      .filter((a) => a.index >= 0)
      .sort((a, b) => a.index - b.index)
      .map((a) => a.id)
      .filter((id, i, all) => all.indexOf(id) === i);
  const byCompany = by("company");
  return byCompany.length ? byCompany : by("title");
}
