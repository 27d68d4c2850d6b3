/**
 * Which lines of a resume read as prose (a bullet of duties, a sentence of a profile): mostly
 * lower-case words, not a header's fields. Employers are named inside duties as well as in job
 * headers ("Worked at Orbit Softech as ...", "Client: Harbour Bank"); out of fold the labeller
 * tags about one in ten of those (issue 14), so training can weigh their misses more
 * (training.ts `proseEmployerCost`).
 */
import type { Token } from "./tokens.ts";

/** Lower-case words of a line (outside its capitalised runs): at least this many, and this share. */
const MIN_LOWER_WORDS = 4;
const MIN_LOWER_SHARE = 0.4;

/** Whether each token's line reads as prose: mostly lower-case words, not a header's fields. */
export function proseLines(tokens: Token[]): boolean[] {
  const out = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; ) {
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.sep !== "n") j++;
    let words = 0;
    let lower = 0;
    for (let k = i; k < j; k++) {
      const t = tokens[k]!.text;
      if (!/^\p{L}/u.test(t)) continue;
      words++;
      if (t.length > 1 && t === tokens[k]!.lower) lower++;
    }
    if (lower >= MIN_LOWER_WORDS && lower >= MIN_LOWER_SHARE * words) out.fill(true, i, j);
    i = j;
  }
  return out;
}
