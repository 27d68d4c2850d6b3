/**
 * Votes of O*NET typical titles for the ESCO occupations whose labels they are (scripts/
 * build-role-extras.ts links an occupation to the ESCO one with most votes): its own name counts
 * double. An alternative label sharing no word with the ESCO occupation's own name is another
 * job's name filed under it: said by several titles, it votes more than once only when the two
 * descriptions agree in meaning. O*NET lists "Machinist" beside its name "Machinists", and the one
 * word said three times linked Machinists to ESCO's tyre fitter ("machinist" is one of its labels;
 * descriptions 0.34 alike), whose tyre-fitting duties a machinist was asked; "cytotechnologist"
 * for the cytology screener (0.49) stays linked.
 */

/**
 * Descriptions this alike (offline embedder cosine) confirm a link resting on another job's name
 * said by several titles. Over the links made so, the wrong ones read 0.27-0.36 (parking
 * attendants to civil enforcement officers, machinists to tyre fitters, freight forwarders to
 * non-vessel carriers), the right ones 0.44-0.64 (cytotechnologists to cytology screeners,
 * telemarketers to call centre agents).
 */
const LINK_MEANING_MIN = 0.4;

export interface EscoLabels {
  /** The ESCO occupation's own name, as a title key. */
  preferred: string;
  description: string;
}

/** Votes by index into `labels`; `alike` is the descriptions' cosine (undefined: repeats count). */
export function escoLinkVotes<E extends EscoLabels>(
  titleKeys: string[],
  byLabel: Map<string, Set<number>>,
  labels: E[],
  alike: (esco: E) => number | undefined,
): Map<number, number> {
  const votes = new Map<number, number>();
  const repeats = new Map<number, number>();
  const counted = new Set<string>();
  for (const k of titleKeys) {
    for (const i of byLabel.get(k) ?? []) {
      const esco = labels[i]!;
      const own = esco.preferred === k;
      const ownWords = new Set(esco.preferred.split(" "));
      const otherName = !own && !k.split(" ").some((w) => ownWords.has(w));
      const repeat = otherName && counted.has(`${i} ${k}`);
      counted.add(`${i} ${k}`);
      const into = repeat ? repeats : votes;
      into.set(i, (into.get(i) ?? 0) + (own ? 2 : 1));
    }
  }
  for (const [i, n] of repeats) {
    const a = alike(labels[i]!);
    if (a === undefined || a >= LINK_MEANING_MIN) votes.set(i, (votes.get(i) ?? 0) + n);
  }
  return votes;
}
