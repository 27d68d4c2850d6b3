/**
 * The role a description names, as describeDreamRole reads it (the chat also asks "is this a
 * role?" with it): the title after a lead-in ("I want to be …", "quiero ser …"), found in the
 * role data in English — a title said in Spanish, Portuguese, French or German is read in
 * English words first (translate-title.ts).
 */

import { isTitleHead } from "../../data/roles/title-heads.ts";
import type { RoleMatch } from "./dream-role.ts";
import {
  europeanReadingInContext,
  isComputerOccupation,
  saysDigitalWork,
} from "./european-reading-in-context.ts";
import { fieldOf, practitionerOf } from "./field-practitioner.ts";
import type { RoleFinder } from "./role-finder-types.ts";
import { rolePhrase } from "./role-lead-ins.ts";
import { HEADS, PHRASES } from "./title-words-translated.ts";
import { plain, TRANSLATED_WORDS, translateTitle, withoutGermanFeminine } from "./translate-title.ts";

export interface DescribedRole {
  /** The title as written, or the whole text when no lead-in named it. */
  phrase: string;
  /** The language of the lead-in, when not English. */
  language?: string;
  match?: RoleMatch;
  /** The English reading of a title said in another language, when that reading was matched. */
  english?: string;
  /** The whole English reading when only its head was matched ("solar project manager"). */
  qualified?: string;
}

/**
 * A title said without a lead-in but in another language's words ("juriste d'entreprise"):
 * a word that heads titles there and that no English title ends with. "chef" heads English
 * titles too, so "head chef" is read as English.
 */
const saysForeignHead = (phrase: string) =>
  (plain(phrase).match(/\p{L}+/gu) ?? []).some((w) => HEADS[w] && HEADS[w] !== w && !isTitleHead(w)) ||
  // Or a field in another language's words ("Qualitätssicherung", "ressources humaines").
  PHRASES.some(([pattern]) => new RegExp(pattern.source).test(plain(phrase)));

/**
 * An English reading matched as it is, else without its leading qualifiers one by one
 * ("solar project manager" -> "project manager"): the head the person named is kept.
 */
function findTranslated(
  english: string,
  findRole: RoleFinder,
  context: string,
): { match: RoleMatch; english: string; qualified?: string } | undefined {
  const words = english.split(/\s+/);
  // Only translated qualifiers are dropped, and two words at least stay: a word kept as written
  // ("bancaire") may be what names the job, and a head alone ("manager") names none.
  for (let i = 0; i < words.length - 1; i++) {
    if (i > 0 && !TRANSLATED_WORDS.has(words[i - 1]!)) break;
    const said = words.slice(i).join(" ");
    const match = findRole(said, { loose: true, englishWordsOnly: true });
    if (!match) continue;
    // "jefe de cocina" is a "kitchen manager", which O*NET files under three occupations and
    // the finder read as the supervisors; in Europe it is a head chef (ESCO): the European
    // reading when it names another of them.
    const european = europeanReadingInContext(said, context, match.role.code);
    const read = european ? findRole(european, { loose: false }) : undefined;
    if (read && read.role.code !== match.role.code)
      return { match: read, english: european!, ...(i > 0 ? { qualified: english } : {}) };
    return { match, english: said, ...(i > 0 ? { qualified: english } : {}) };
  }
  return undefined;
}

export function findDescribedRole(text: string, findRole: RoleFinder): DescribedRole {
  const { phrase, language } = rolePhrase(text);
  // The whole text is searched only when no lead-in named the title: around a title said in
  // another language it is words in that language, which the fuzzy finder matches to any
  // role ("… pour devenir analyste de données ?" was an audiovisual equipment installer).
  // Read loosely (stems, slips of the keyboard) only in English: "analyste" is French, not a
  // misspelt "analyst".
  // People who mix languages name the role in English ("quiero ser clinic manager"): read
  // loosely then, as long as every word of the title is English.
  // A title in the other language's own words ("diseñadora UX", "analista de datos") is read
  // in English words (translate-title) before it is given up on.
  const foreign = language ?? (saysForeignHead(phrase) ? "another language" : undefined);
  const english = foreign ? translateTitle(phrase, language) : undefined;
  if (language) {
    // "Controllerin": the English title word under German's feminine ending.
    const masculine = withoutGermanFeminine(phrase);
    const exact =
      findRole(phrase, { loose: false }) ??
      (masculine !== phrase ? findRole(masculine, { loose: false }) : undefined);
    if (exact) return { phrase, language, match: exact };
    // Said of digital work, a software title's English reading comes before a loose reading of
    // the words as written ("designer produit pour une app" was an industrial designer).
    const digital = english && saysDigitalWork(text) ? findTranslated(english, findRole, text) : undefined;
    if (digital && isComputerOccupation(digital.match.role.code)) return { phrase, language, ...digital };
    const match = findRole(phrase, { loose: true, englishWordsOnly: true });
    if (match) return { phrase, language, match };
    const translated = english ? findTranslated(english, findRole, text) : undefined;
    return { phrase, language, ...translated };
  }
  // "juriste d'entreprise" alone: read loosely it was a judge (O*NET's "Jurist").
  const translated = english ? findTranslated(english, findRole, text) : undefined;
  if (translated) return { phrase, ...translated };
  const own = findRole(phrase);
  if (own || phrase === text) return { phrase, match: own ?? findRole(text) };
  // "I'd rather get into logistics": a field said after the lead-in is the role (dream-role.ts
  // reads its practitioner); the whole text read instead found "rather" as O*NET's "Rater".
  const field = fieldOf(phrase);
  return { phrase, match: field && practitionerOf(field, findRole) ? undefined : findRole(text) };
}
