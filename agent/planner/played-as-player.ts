/**
 * A career in sport or music told by what was played: "I played D1 soccer for 4 years and then
 * 3 years pro", "played semi-pro hockey since 2015", "I played cello in an orchestra for 10 years".
 * Said as the player's title ("I was a soccer player for 4 years …") so the background reader,
 * which reads titles, saves the job with its years. It was saved as the title "I Played College
 * Basketball", or as an education entry holding the whole message (blind8's retiring athlete,
 * after conv12u). Only when the role data knows "<thing> player" (O*NET's athletes' and
 * musicians' titles): "played a key role" or "played with data" stay as they were.
 */
import { namesHeldRole } from "./held-title.ts";

/** Words of level before the sport ("D1", "college", "semi-pro"): kept out of the title. */
const LEVEL = String.raw`(?:(?:college|collegiate|pro|professional|semi-?pro|d[123]|division\s+(?:[123]|i{1,3})|ncaa|varsity|club|minor[- ]league|national[- ]team|the)\s+)*`;
const PLAYED = new RegExp(
  String.raw`\b(?:i\s+)?played\s+${LEVEL}([a-z]+)(?=\s+(?:for|since|in|at|with|on|and|professionally|semi-?professionally|until)\b|\s*[,.;!?]|\s*$)`,
  "gi",
);

export async function withPlayersSaid(text: string): Promise<string> {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(PLAYED)) {
    const thing = m[1]!.toLowerCase();
    if (!(await namesHeldRole(`${thing} player`))) continue;
    out += `${text.slice(last, m.index)}I was a ${thing} player`;
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}
