/**
 * A request to write down something the person says in the same breath they do not have: "put
 * that I have a bachelor's even though I dropped out, nobody checks", "add PMP, I never took the
 * exam but whatever", "pon que tengo el título aunque no lo terminé", "mets que j'ai le diplôme
 * même si j'ai arrêté" (conv17u: the degree reader saved it as an education entry, though the
 * intent model read refusal_harmful). Answered as a request to misstate: why not, and what true
 * thing to say instead (honest-subject.ts / honest-words.ts), and nothing is saved.
 */
import { honestSubject } from "./honest-subject.ts";
import { honestDetail } from "./honest-words.ts";
import { type Outcome, say } from "./types.ts";

/** The admission that the thing is not held, or that nobody will find out. */
const NOT_HELD = new RegExp(
  [
    String.raw`\b(?:even\s+(?:though|if)|although|but|tho)\s+i\s+(?:(?:never|didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:finish\w*|complet\w*|graduat\w*|pass\w*|got|get|took|take|did|do|earn\w*|have|had)|dropped\s+out|quit|failed|don'?t\s+(?:have|hold))`,
    String.raw`\b(?:nobody|no\s*one|no-one|they|employers|recruiters)\s+(?:ever\s+)?(?:checks?|will\s+check|won'?t\s+check|(?:will\s+)?verif(?:y|ies)|will\s+(?:know|find\s+out)|won'?t\s+(?:know|find\s+out))`,
    String.raw`\baunque\s+no\s+(?:lo\s+|la\s+)?(?:termin|acab|aprob|tengo|saqu)\w*|\bnadie\s+(?:lo\s+)?(?:revisa|checa|verifica|comprueba)`,
    String.raw`\bm[êe]me\s+si\s+(?:je\s+)?(?:n['’]ai\s+pas|j['’]ai\s+(?:arr[êe]t|abandonn|rat))\w*|\bpersonne\s+ne\s+v[ée]rifie`,
    String.raw`\bobwohl\s+ich\s+(?:\S+\s+){0,3}(?:nicht|abgebrochen|nie)\b|\b(?:keiner|niemand)\s+(?:pr[üu]ft|checkt|kontrolliert)`,
    String.raw`\b(?:mesmo|embora)\s+(?:sem\s+ter|(?:eu\s+)?n[ãa]o\s+(?:tenh|termin|conclu|pass)\w*)|\bningu[ée]m\s+(?:confere|verifica|checa)`,
    String.raw`\bkoi\s+(?:check|verify)\s+nahi\s+kar`,
  ].join("|"),
  "iu",
);

/** Words asking to record it: put, write, add, say, list, pon, mets, schreib, coloca, likh. */
const RECORD =
  /\b(?:put|write|add|say|list|mark|stick|claim|make\s+it\s+say|pon|poner|escribe|agrega|mets|mettre|[ée]cris|ajoute|schreib\w*|trag\w*|coloca|p[õo]e|escreve|likh\w*|daal\w*)\b/iu;

/** The honest answer when the message asks to record what it admits is not held. */
export function claimNotHeld(raw: string): Outcome | undefined {
  if (!NOT_HELD.test(raw) || !RECORD.test(raw)) return undefined;
  const claim = honestSubject(raw);
  return claim
    ? say("refusal_harmful", undefined, honestDetail(claim.subject, claim.skill))
    : say("refusal_harmful");
}
