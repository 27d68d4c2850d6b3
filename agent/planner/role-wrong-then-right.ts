/**
 * A logged role corrected wrong-first: "the role wasn't backend, it was platform engineer, fix
 * pls", "position isn't cashier but shift lead", "el puesto no era cajero, era encargado", "o
 * cargo não era X, era Y", "le poste n'était pas X mais Y", "die Stelle war nicht X, sondern Y".
 * corrected-role.ts read only the right role first ("it was X, not Y"), so this was asked back
 * (conv12t, a kind of blind10's misses). Both roles are returned; corrected-role.ts checks the
 * wrong one against the role logged, as for its own readings.
 */

/** The noun for the role, in the chat's languages. */
const NOUN = String.raw`(?:role|job(?:\s+title)?|position|title|puesto|cargo|vaga|poste|stelle|rolle)`;
/** "wasn't" in the chat's languages. */
const WAS_NOT = String.raw`(?:wasn['’]?t|isn['’]?t|was\s+not|is\s+not|no\s+(?:era|es|fue)|n[aã]o\s+(?:era|é|foi)|n['’](?:était|est)\s+pas|war\s+nicht|ist\s+nicht)`;
/** What introduces the right role after the wrong one. */
const BUT = String.raw`(?:it\s+(?:was|is|should\s+be)|it['’]?s|its|but(?:\s+it\s+was)?|rather|era|es|fue|foi|é|mais|c['’]était|sondern|es\s+war)`;

const WRONG_THEN_RIGHT = new RegExp(
  String.raw`^(?:the|that|this|my|el|la|o|a|le|die|der|das)?\s*${NOUN}\s+${WAS_NOT}\s+(?:an?\s+|um\s+|uma\s+|un\s+|une\s+|ein(?:e)?\s+)?(.+?)[\s,;—-]+${BUT}\s+(.+)$`,
  "iu",
);
/** "…, fix pls", "… can you fix it": the request to fix is no part of the role. */
const FIX_ASKED =
  /[\s.,;!—-]+(?:(?:can|could)\s+(?:you|u)\s+)?(?:pls\s+|please\s+)?(?:fix|change|correct|update|arregla|corrige|korrigier|conserta)(?:\s+(?:it|that|this|lo|ça|das|isso))?(?:\s+(?:pls|plz|please|por favor|stp|bitte))?[\s.!?]*$/iu;

/** The right role and the wrong one, when the message says the wrong one first. */
export function wrongThenRight(text: string): { role: string; wrong: string } | undefined {
  const m = WRONG_THEN_RIGHT.exec(text.replace(FIX_ASKED, "").trim());
  return m ? { role: m[2]!, wrong: m[1]! } : undefined;
}
