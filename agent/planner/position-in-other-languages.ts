/**
 * "la primera", "die zweite", "o terceiro", "la dernière", "doosra wala": a bare position in a
 * list, in the other languages the chat reads, said in English ("the first one") so the list
 * in focus is counted the same way. Found trying the chat in Spanish (trial12f): "la primera"
 * after a list of questions searched the bank for questions on "la primera".
 */

const ORDINALS: [RegExp, string][] = [
  [/^(?:primer[oa]?|premi[eè]re?|erste[nrsm]?|primeir[oa]|pehl[aie])$/, "first"],
  [/^(?:segund[oa]|deuxi[eè]me|seconde?|zweite[nrsm]?|dusr[aie]|doosr[aie])$/, "second"],
  [/^(?:tercer[oa]?|troisi[eè]me|dritte[nrsm]?|terceir[oa]|teesr[aie]|tisr[aie])$/, "third"],
  [/^(?:cuart[oa]|quatri[eè]me|vierte[nrsm]?|quart[oa]|chauth[aie])$/, "fourth"],
  [/^(?:quint[oa]|cinqui[eè]me|f[uü]nfte[nrsm]?)$/, "fifth"],
  [/^(?:[uú]ltim[oa]|derni[eè]re?|letzte[nrsm]?)$/, "last"],
];

/** Articles, "one", "please" and the like around the ordinal. */
const AROUND = new Set(
  "la el lo le les die der das den dem o a os as una uno un une eine einer eines wala wali wale por favor porfa stp svp bitte pls please y e et und aur".split(
    " ",
  ),
);

/** "the first one" for a message that is only a position in another language, else undefined. */
export function positionInEnglish(raw: string): string | undefined {
  const words = raw
    .toLowerCase()
    .replace(/[¿¡?!.,]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 4) return undefined;
  let found: string | undefined;
  for (const w of words) {
    const ordinal = ORDINALS.find(([pattern]) => pattern.test(w))?.[1];
    if (ordinal && !found) found = ordinal;
    else if (!AROUND.has(w)) return undefined;
  }
  return found === "last" ? "the last one" : found ? `the ${found} one` : undefined;
}

/**
 * The message with each ordinal of another language said in English, for a position inside a
 * longer sentence: "e a segunda lacuna?" / "pehla wala gap samjhao" about the gaps (they were
 * explained as gaps named "e" and "pehla"; conv12h trial).
 */
export function ordinalsInEnglish(t: string): string {
  return t.replace(
    /[\p{L}]+/gu,
    (w) => ORDINALS.find(([pattern]) => pattern.test(w.toLowerCase()))?.[1] ?? w,
  );
}

/** A gap named by its place in the list: "the second gap", "die zweite Lücke", "pehla wala gap". */
const GAP_AT_POSITION =
  /(?<![\p{L}])(?:first|second|third|fourth|fifth|last)\s+(?:(?:wala|wali|one)\s+)?(?:gap|brecha|carencia|lacune|l[uü]cke|lacuna|kami)(?![\p{L}])/iu;

/** Whether a short message asks about one gap by its position, in any language the chat reads. */
export const namesGapByPosition = (t: string): boolean =>
  t.split(/\s+/).length <= 6 && GAP_AT_POSITION.test(ordinalsInEnglish(t));
