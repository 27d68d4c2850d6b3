/**
 * A long requirement sentence that packs several asks together ("You hold a master's degree in
 * chemistry and have at least 3 years of laboratory experience and should have very good
 * collaboration skills") is cut into its asks, so each is typed, classified and evidenced on its
 * own: read whole, the sentence is one ask that one resume line can never meet, and a classifier
 * reads the mixture as neither a degree nor a trait. A cut falls only before a joining word
 * ("and", "as well as", "plus") that opens a new ask: a verb of having or being ("have", "you
 * will have", "should be"), a number of years, or a word that heads an ask ("experience",
 * "knowledge", "ability", with at most two describing words before it). Both sides must keep
 * enough words to be an ask; short sentences are left whole ("strong communication and
 * social skills" is one ask).
 */

/** A piece shorter than this is read whole: one ask, or too little to hold two. */
const LONG_PIECE = 110;
/** Words each side of a cut must keep. */
const MIN_WORDS = 5;

const JOIN = String.raw`(?:,?\s+(?:and|as well as|plus|along with)\s+|;\s*)`;
const SUBJECT = String.raw`(?:you|he|she|he\/she|they|the (?:candidate|applicant)s?)\s+`;
const MODAL = String.raw`(?:will|should|must|shall|would|can|need to|are expected to|is expected to|ideally)\s+`;
/** "and have…", "and you will have…": a new thing to have, with or without its subject. */
const HAVING = String.raw`(?:${SUBJECT})?(?:${MODAL})?(?:have|has|hold|holds|possess|bring|demonstrate)\b`;
/** "and you are…", "and should be…" — not a bare "and is" that goes on describing the company. */
const BEING = String.raw`(?:${SUBJECT}(?:${MODAL})?|${MODAL})(?:be|are|is)\b`;
const YEARS = String.raw`(?:(?:at least|minimum(?: of)?|a minimum of|min\.?)\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|ten)\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs)\b`;
const DESCRIBING = String.raw`(?:(?:a|an|some|good|strong|solid|excellent|proven|demonstrated|demonstrable|extensive|deep|broad|sound|thorough|practical|hands-on|working|basic|relevant|previous|prior|professional|very good|in-depth|documented|great)\s+){0,2}`;
const HEAD_WORD = String.raw`(?:experience|knowledge|understanding|familiarity|ability|abilities|skills|background|expertise|proficiency|command|track record|degree|qualification|certification|licen[cs]e)\b`;

const OPENS_ASK = new RegExp(
  String.raw`${JOIN}(?=${HAVING}|${BEING}|${YEARS}|${DESCRIBING}${HEAD_WORD})`,
  "gi",
);
const OPENS_BY_VERB_OR_YEARS = new RegExp(String.raw`^(?:${HAVING}|${BEING}|${YEARS})`, "i");
/** "knowledge and expertise", "strong experience and knowledge within…": one ask, two nouns. */
const ENDS_WITH_HEAD = new RegExp(String.raw`${HEAD_WORD}\W*$`, "i");

const words = (text: string) => text.split(/\s+/).filter((w) => /\w/.test(w)).length;

/** The piece cut into the asks it packs together (the piece itself when it holds one). */
export function askClauses(piece: string): string[] {
  if (piece.length < LONG_PIECE) return [piece];
  const out: string[] = [];
  let from = 0;
  for (const m of piece.matchAll(OPENS_ASK)) {
    const cut = m.index!;
    const next = cut + m[0].length;
    const head = piece.slice(from, cut).trim();
    if (!OPENS_BY_VERB_OR_YEARS.test(piece.slice(next)) && ENDS_WITH_HEAD.test(head)) continue;
    if (words(head) < MIN_WORDS || words(piece.slice(next)) < MIN_WORDS) continue;
    out.push(head);
    from = next;
  }
  out.push(piece.slice(from).trim());
  return out.filter((p) => p.length > 0);
}
