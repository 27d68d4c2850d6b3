/**
 * The name's spelling corrected ("my name is spelled Priyah with an h, can u fix it", "you spelt my
 * surname wrong, it's Okonkwo", "it's Jaymee not Jamie, fix my name", "mi apellido se escribe
 * Muñoz", "mon prénom s'écrit Maëlle", "mein Name schreibt sich Jürgen", "meu nome se escreve
 * Thaís"): set_name with the name as now spelled (conv17u: name-said.ts reads "my name is X", and
 * "spelled X" was asked back with a list of choices). The tool respells the one stored word it is
 * nearest to (tools/profile/name-part.ts).
 */
import { call, calls, type Outcome } from "./types.ts";

/** What follows the words of spelling: the name is read out of it (capitalised words, nameIn). */
const NAME = "(.{2,80})";

/** A word for the name ("name", "surname", "last name", "nombre", "prénom", "Nachname", "sobrenome", "naam"). */
const NAME_WORD = String.raw`(?:(?:first|last|family|sur)\s*name|name|nombre|apellido|pr[ée]nom|nom(?:\s+de\s+famille)?|vorname|nachname|name|nome|sobrenome|naam)`;

/** "… is spelled/spelt X", "se escribe X", "s'écrit X", "schreibt sich X", "se escreve X". */
const SPELLED = new RegExp(
  String.raw`\b${NAME_WORD}\b[^.?!]{0,30}?\b(?:is\s+(?:spelled|spelt|written)|(?:it'?s|its)\s+spelled|se\s+escribe|s['’]\s*[ée]crit|schreibt\s+sich|wird\s+\S+\s+geschrieben|se\s+escreve|(?:ki\s+)?spelling\s+(?:hai|is))\s+(?:as\s+|like\s+)?${NAME}`,
  "iu",
);

/** "spelled my name wrong, it's X", "misspelled my surname — should be X", "typo in my name, X". */
const WRONG = String.raw`(?:spel+t?|spelled|misspel+(?:ed|t)?|typo|wrong|mal\s+escrit[oa]|escribiste\s+mal|mal\s+[ée]crit|falsch\s+geschrieben|errad[oa]|galat)`;
const WRONG_THEN_NAME = new RegExp(
  String.raw`(?:\b${WRONG}\b[^.?!]{0,40}?\b${NAME_WORD}|\b${NAME_WORD}\b[^.?!]{0,20}?\b${WRONG})\b[^.?!]{0,20}?(?:[,:;—-]\s*|\b(?:it'?s|its|should\s+be|is|es|c['’]est|ist|[ée])\s+)${NAME}`,
  "iu",
);

/** Words that are never the name itself. */
const NOT_NAME = /^(?:I|It|My|The|Not|No|Please|Pls|Thanks|Can|Could|With|Fix|Es|Est|Ist|Hai)$/u;

/** A word of a name as people write one: a capital first ("Muñoz", "O'Neill", "Jean-Luc"). */
const NAME_PART = /^\p{Lu}[\p{L}\p{M}'’-]+$/u;

/** "it's Okonkwo not …", "should be Mohammed, thanks": the capitalised words after the lead-in's own small words. */
function nameIn(said: string): string | undefined {
  const words = said.split(/[\s,;.!?()]+/u).filter(Boolean);
  const start = words.findIndex((w) => NAME_PART.test(w));
  // Only small words before the name ("it's", "should be", "as"), never another noun.
  if (start < 0 || start > 2) return undefined;
  const name: string[] = [];
  for (const w of words.slice(start, start + 4)) {
    if (!NAME_PART.test(w) || NOT_NAME.test(w)) break;
    name.push(w);
  }
  return name.length ? name.join(" ") : undefined;
}

/** The name as now spelled, or undefined when the message is no spelling correction. */
export function nameSpelled(raw: string): Outcome | undefined {
  const m = SPELLED.exec(raw) ?? WRONG_THEN_NAME.exec(raw);
  const name = m?.[1] ? nameIn(m[1]) : undefined;
  return name ? calls(call("set_name", { name })) : undefined;
}
