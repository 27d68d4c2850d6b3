/**
 * "no wait, it was Spotify not Shopify", "sorry, I meant Figma", "oops — Figma, not Canva",
 * "it wasn't Spotify, it was Shopify. same job" right after an application was logged: the
 * company was mistyped or misheard. The application just logged is changed in place
 * (change_application: its day, status and history stay; conv12n — it was deleted and logged
 * again, which lost the history and read as two requests). Before, the name was read as whatever else it spells (Figma as a skill to add) or as
 * a status change of the wrong application. News in the message ("no wait, Amazon rejected
 * me") is news of its own, a day is not a company ("no, it was 2 days ago"), a company already
 * tracked is not a new application, and a role's title corrects the role instead ("no, it was
 * product designer": the role changed, the company kept).
 */
import { namesKnownRole } from "../../tools/jobs/target.ts";
import type { Focus } from "../graph/focus.ts";
import { applicationFieldsSaid } from "./application-fields-said.ts";
import {
  COMPANY_IS_ELSEWHERE,
  WASNT_ELSEWHERE,
  withoutMistakeOwned,
} from "./company-corrected-in-other-languages.ts";
import { companyNamed } from "./company-named.ts";
import { meantPart, withoutOpener } from "./correction-opener.ts";
import { DATE } from "./rules-tracking.ts";
import { nameCandidates } from "./slot-words.ts";
import { extractStatus } from "./slots.ts";
import { call, type Outcome } from "./types.ts";

/** "it was X", "era X", "c'était X", "es war X", "foi X" ("I meant X" is the shared meantPart). */
const WAS = new RegExp(
  String.raw`^(?:it\s+was|it'?s|its|that\s+(?:one\s+)?was|the\s+company\s+(?:is|was)|${COMPANY_IS_ELSEWHERE}|era|c'[eé]tait|es\s+war|foi)\s+(.+)$`,
  "iu",
);
/** The wrong name first: "it wasn't Y, it was X", "wasn't Y but X". */
const WASNT =
  /^(?:it\s+|that\s+)?(?:wasn['’]?t|was\s+not|isn['’]?t|is\s+not)\s+(.+?)[\s,;.—-]+(?:it\s+was|it['’]?s|its|but|rather)\s+(.+)$/iu;
/** The wrong name after the right one: "X, not Y", "X not Y", "X instead". */
const NOT_THE_OTHER =
  /^(.+?)(?:[\s,]+(?:not|no|pas|nicht|n[aã]o)\s+(?:just\s+|only\s+|nur\s+|solo\s+|s[oó]\s+|apenas\s+|seulement\s+)?(.+?)|[\s,]+instead)$/iu;
/** The right name after the wrong one: "not Y, X", "not Y but X". */
const NOT_FIRST = /^(?:not|no)\s+(.+?)[\s,]+(?:but\s+|it\s+was\s+)?(.+)$/iu;

const clean = (s: string) =>
  s
    .replace(/[\s.!?…]+$/u, "")
    .replace(/[\s.,;—-]+(?:(?:the\s+)?same\s+(?:job|role|position|one|thing)|my bad|lol|sorry)[\s.!]*$/iu, "")
    .replace(/\s+(?:lol|haha+|sorry|my bad|instead)$/iu, "")
    .trim();
const same = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
/**
 * The wrong name as people say it: the logged name or its first words ("Kaiser" for "Kaiser
 * Permanente", "not Home Depot" for "The Home Depot"; conv12p, a blind6 class).
 */
const sameCompany = (said: string | undefined, logged: string) => {
  if (!said) return false;
  if (same(said, logged)) return true;
  const words = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, "")
      .split(/\s+/);
  const a = words(said);
  const b = words(logged);
  return a.length < b.length && a[0]!.length >= 3 && a.every((w, i) => w === b[i]);
};
/** "the company name is wrong, it's X": a lead-in that says what follows corrects the company. */
const NAME_WRONG =
  /^(?:the\s+)?(?:company(?:'s)?(?:\s+name)?|name(?:\s+of\s+the\s+company)?)\s+(?:is|was|'s)\s+(?:wrong|off|not right|incorrect|a typo)[\s,.;:—-]+/i;
/** A name without the aside after it: "Stripe, got them mixed up" -> "Stripe" (conv12o). */
const headOf = (s: string) => clean(s.split(/\s*[,;.!—–]\s*|\s+-\s+/u)[0]!);

/** The company the message corrects the last logged one to, or undefined when it is no such correction. */
/**
 * The name said, and whether the message set it against the company logged ("X not <company>",
 * "the company name is wrong"): then it is a company, never a role's title ("St Luke's").
 */
interface Said {
  name: string;
  against: boolean;
}

function correctedName(raw: string, last: string): Said | undefined {
  // "scratch that, the company is Revolut" opens a correction like "no, …" does (undo-last.ts leaves it here).
  const wrongName = NAME_WRONG.test(raw.trim());
  // "actually scratch that, it wasn't …": the undo words after an opener open it all the same (conv12q).
  const scratched = /^scratch\s+that[\s,.;:—-]+/i.exec(withoutOpener(raw));
  const text = (scratched ? `no, ${withoutOpener(raw).slice(scratched[0].length)}` : raw.trim()).replace(
    NAME_WRONG,
    "no, ",
  );
  const of = (name: string, against = wrongName): Said => ({ name, against });
  const rest = withoutMistakeOwned(withoutOpener(text)); // "ich hab mich vertan: die Firma heißt …"
  const opened = rest !== text;
  const wasnt = WASNT.exec(rest) ?? WASNT_ELSEWHERE.exec(rest);
  if (wasnt) return sameCompany(clean(wasnt[1]!), last) ? of(headOf(wasnt[2]!), true) : undefined;
  // "i mean it was Square not Stripe": after "I meant", "it was" opens the name as it does alone.
  const meantText = meantPart(text);
  const meant = meantText ? (WAS.exec(meantText)?.[1] ?? meantText) : WAS.exec(rest)?.[1];
  // "no wait, I applied to Zara not Nordstrom": the company after the verb of applying.
  // "it was a different company, Klarna": the name after the words that say it was another one.
  const body = clean(meant ?? rest)
    .replace(/^(?:an?\s+)?(?:different|other|another)\s+(?:company|one|place|employer)[\s,:;—-]+/i, "")
    .replace(/^(?:i\s+)?(?:applied|submitted|sent\s+(?:it|my\s+\w+))\s+(?:to|at|with)\s+/i, "");
  const notFirst = NOT_FIRST.exec(body);
  if (notFirst && sameCompany(clean(notFirst[1]!), last)) return of(clean(notFirst[2]!), true);
  const notOther = NOT_THE_OTHER.exec(body);
  // "it's shift lead not associate": the wrong one said is not the company, so no company is corrected.
  if (notOther?.[2] !== undefined && !sameCompany(headOf(notOther[2]), last)) return undefined;
  // "Figma not Canva" names the wrong one; without an opener or "I meant" it must be the one logged.
  if (notOther && (notOther[2] === undefined ? opened || meant : sameCompany(headOf(notOther[2]), last)))
    return of(clean(notOther[1]!), notOther[2] !== undefined);
  if (opened && meant) return of(body);
  // "no, Delivery Hero": after an opener, a name alone (capitalised words none of them common).
  const words = body.split(/\s+/);
  const alone = words.length <= 3 && nameCandidates(body).length === words.length;
  return opened && alone && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) ? of(body) : undefined;
}

/** change_application when the message corrects the company (or the role) of the application just logged. */
export async function correctedCompany(
  raw: string,
  focus: Focus,
  tracked: readonly string[] | undefined,
): Promise<Outcome | undefined> {
  // "the Finlo one: company is Finlo, role is Product Designer": fields named (application-fields-said.ts).
  const fields = applicationFieldsSaid(raw, focus, tracked);
  if (fields) return fields;
  const last = focus.application;
  if (focus.lastIntent !== "add_application" || !last?.position) return undefined;
  const status = extractStatus(raw.toLowerCase());
  if (raw.split(/\s+/).length > 14 || (status && status !== "applied")) return undefined;
  const found = correctedName(raw, last.company);
  if (!found || DATE.test(found.name.toLowerCase())) return undefined;
  const said = found.name;
  // "no, it was product designer": the role corrected, the company kept.
  // "nope, it was for the product designer role": the title without "for the … role".
  const title = said.replace(/^for\s+(?:the\s+|an?\s+)?/i, "").replace(/\s+(?:role|position|job)$/i, "");
  const role =
    !found.against && (await namesKnownRole(title)) && !same(title, last.position) ? title : undefined;
  const name = role ? last.company : companyNamed(said, undefined);
  if (!name || (!role && (same(name, last.company) || tracked?.some((c) => same(c, name))))) return undefined;
  const application = last.id ?? last.company;
  return {
    calls: [
      call("change_application", role ? { application, position: role } : { application, company: name }),
    ],
  };
}
