/**
 * "torn between food inspector and QA lead at a bakery", "j'hésite entre X et Y", "ich schwanke
 * zwischen X und Y": two jobs weighed, none chosen. Asked back with each as a target to tap
 * (conv15u, a kind of blind14's misses: the words after "at" were logged as an application).
 * Two offers or two companies weighed are no jobs to target: left to the other readers.
 */
import type { Outcome } from "./types.ts";

const WEIGHED =
  /(?:\b(?:torn|stuck|undecided|deciding|choosing|hesitating|wavering|split|can'?t (?:decide|choose|pick)|not sure|unsure)\s+(?:between|whether)|\bdudo entre|\bno s[eé] si|\bindecis[oa] entre|\bj['’]h[ée]site entre|\bh[ée]sitant[e]? entre|\bich (?:schwanke|z[öo]gere|bin unschl[üu]ssig) zwischen|\bzwischen\b.+\bschwanke|\b(?:em d[úu]vida|indecis[oa]|dividid[oa]) entre)\s+(?:(?:a|an|the|un|une|una|um|uma|ein|eine|being|becoming|ser|être|devenir)\s+)?(.+?)\s+(?:and|or|y|o|et|ou|und|oder|e)\s+(?:(?:a|an|the|un|une|una|um|uma|ein|eine|being|becoming|ser|être|devenir)\s+)?([^.?!,;]+)/iu;
/** Offers, companies or places weighed: not two jobs to target. */
const NOT_JOBS =
  /\b(?:offers?|ofertas?|offres?|angebot\w*|propostas?|compan(?:y|ies)|firms?|cit(?:y|ies)|countr(?:y|ies)|schools?|courses?|degrees?|staying|leaving|quitting|moving)\b/i;

/** The question back offering each job weighed as the target, or undefined. */
export function twoTargetsWeighed(raw: string): Outcome | undefined {
  const m = WEIGHED.exec(raw.trim());
  if (!m) return undefined;
  const [a, b] = [m[1]!.trim(), m[2]!.trim()];
  const short = (s: string) => s.split(/\s+/).length <= 7;
  if (!short(a) || !short(b) || NOT_JOBS.test(a) || NOT_JOBS.test(b)) return undefined;
  return {
    calls: [],
    say: {
      kind: "clarify",
      detail: "two_targets",
      choices: [
        { label: `Target ${a}`, text: `set my target job to ${a}` },
        { label: `Target ${b}`, text: `set my target job to ${b}` },
      ],
    },
  };
}
