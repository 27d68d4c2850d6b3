/**
 * The person's own name told or corrected, read before the intent model (set_name): "my name is
 * Marcus Bell btw, not MARCUS BELL in caps lol", "actually it's spelled Lucía, not Lucia", "y mi
 * nombre es Lucía Fernández García, no Triaje Manchester jaja", "je m'appelle Chloé Martin",
 * "ich heiße Jonas Weber", "meu nome é João Silva", "mera naam Priya Sharma hai". The model has
 * no intent for it (a trial's corrections got a list of choices or "Lucía is not among the gaps").
 * Only a message that is the name and a correction or aside around it: "hi, my name is Sam and
 * I'm a nurse…" is an intro, read by background-said.ts.
 */
import { call, calls, type Outcome } from "./types.ts";

/** The words that say the name comes next, in the languages the chat reads. */
const NAME_IS = String.raw`(?:my\s+(?:full\s+|real\s+|actual\s+)?name\s+(?:is|should\s+(?:be|say|read))|(?:the\s+)?name\s+(?:on\s+my\s+profile\s+)?(?:is|should\s+(?:be|say|read))|(?:mi\s+)?nombre\s+(?:es|completo\s+es)|me\s+llamo|je\s+m['’]?appelle|mon\s+nom\s+(?:est|c['’]est)|ich\s+hei(?:ße|sse)|mein\s+name\s+ist|(?:o\s+)?meu\s+nome\s+(?:é|e)|me\s+chamo|mera\s+naam)`;

/** Before the name: "and", "btw", "actually", "no," … */
const LEAD = String.raw`^(?:(?:and|also|oh|btw|by\s+the\s+way|actually|no|nope|wait|sorry|ok(?:ay)?|so|y|e|et|und|aur|pero|mais|aber|mas|también|además)[\s,!.]+)*`;

/** After the name: asides and the wrong name it replaces ("not MARCUS BELL in caps lol", "no X jaja", "hai"). */
const TAIL =
  /^(?:[\s,;.!]+|\s*(?:\(|-|—)\s*)?(?:(?:btw|by\s+the\s+way|lol|haha|jaja|jeje|mdr|kkk+|pls|please|thanks|thx|hai|h[ae]i|ji|ok)\b[\s,.!]*)*(?:(?:not|no|pas|nicht|não|nahi|instead\s+of|rather\s+than|en\s+vez\s+de|au\s+lieu\s+de|statt)\b.*)?$/iu;

/** Words that end a name: an aside or the start of something else. */
const NOT_NAME =
  /^(?:btw|lol|haha|jaja|jeje|not|no|pas|nicht|não|nahi|hai|and|y|et|und|e|aur|i|im|i'm|soy|je|ich|eu|main|in|at|from|de|please|pls|thanks|ok)$/iu;

/** The name said: the words after NAME_IS up to the first word that is no part of a name. */
export function nameSaid(raw: string): Outcome | undefined {
  const m = new RegExp(`${LEAD}${NAME_IS}\\s+(.+)$`, "iu").exec(raw.trim());
  if (!m) return undefined;
  const words: string[] = [];
  const rest = m[1]!;
  const tokens = rest.split(/(\s+|[,;!.()—]|\s-\s)/u);
  let consumed = 0;
  for (const token of tokens) {
    if (/^\s*$/u.test(token)) {
      consumed += token.length;
      continue;
    }
    const word = token.replace(/^["“']|["”']$/gu, "");
    if (!/^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u.test(word) || NOT_NAME.test(word)) break;
    words.push(word);
    consumed += token.length;
  }
  if (words.length === 0 || words.length > 6) return undefined;
  // Whatever follows must be an aside or the wrong name: "my name is Sam and I'm a nurse" is an intro.
  if (!TAIL.test(rest.slice(consumed))) return undefined;
  return calls(call("set_name", { name: words.join(" ") }));
}
