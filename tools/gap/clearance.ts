/**
 * Security clearances: an ad's "active Top Secret clearance" against the clearance a resume
 * states. A clearance is granted by a government, not learned, so nothing else stands in for
 * it: a required one the profile does not show is a hard ask (like a required licence).
 *
 * Hand rules, because the names are an exact, closed vocabulary fixed by governments (US:
 * Confidential < Secret < Top Secret, TS/SCI; UK: BPSS < CTC < SC < DV; Australia: Baseline <
 * NV1 < NV2 < PV). A higher level meets a lower one of the same scheme.
 */

/** Levels in order within their scheme; the rank compares levels of one scheme only. */
const LEVELS: { scheme: string; rank: number; name: string; pattern: RegExp }[] = [
  { scheme: "us", rank: 4, name: "TS/SCI", pattern: /\bTS\s*\/\s*SCI\b|\btop secret\s*\/\s*sci\b/i },
  {
    scheme: "us",
    rank: 3,
    name: "Top Secret",
    pattern: /\btop[- ]secret\b|\bTS\b(?=[^.]{0,40}\bclearance)/i,
  },
  { scheme: "us", rank: 2, name: "Secret", pattern: /\bsecret\b/i },
  { scheme: "us", rank: 1, name: "Public Trust", pattern: /\bpublic trust\b/i },
  { scheme: "uk", rank: 4, name: "DV", pattern: /\b(DV|developed vetting|eDV)\b/ },
  {
    scheme: "uk",
    rank: 3,
    name: "SC",
    pattern: /\bSC\b(?=[^.]{0,30}\b(clear|clearance|cleared|vetting|vetted)\b)|\bsecurity check(ed)?\b/,
  },
  { scheme: "uk", rank: 2, name: "CTC", pattern: /\bCTC\b|\bcounter[- ]terrorist check\b/i },
  { scheme: "uk", rank: 1, name: "BPSS", pattern: /\bBPSS\b|\bbaseline personnel security\b/i },
  { scheme: "au", rank: 4, name: "PV", pattern: /\bPV\b(?=[^.]{0,30}\bclearance)|\bpositive vetting\b/i },
  { scheme: "au", rank: 3, name: "NV2", pattern: /\bNV2\b|\bnegative vetting (level )?2\b/i },
  { scheme: "au", rank: 2, name: "NV1", pattern: /\bNV1\b|\bnegative vetting (level )?1\b/i },
  { scheme: "au", rank: 1, name: "Baseline", pattern: /\bbaseline\b(?=[^.]{0,20}\bclearance)/i },
];

/** A sentence speaks of a clearance: the word, or a level name that exists only as one. */
const CLEARANCE_WORD = /\b(clearance|cleared|vetting|vetted|TS\s*\/\s*SCI|BPSS|NV[12])\b/i;
/** Asked to be able to get one, not to hold one already: not a hard ask. */
const OBTAINABLE =
  /\b(able to (obtain|get|acquire)|ability to (obtain|get|acquire)|eligib\w+|obtainable|willing(ness)? to (undergo|obtain|apply)|must be able to obtain|(can|could) be (obtained|granted)|to obtain (a|an)?)\b/i;

export interface ClearanceLevel {
  scheme: string;
  rank: number;
  /** The level's name ("Top Secret"), or "security clearance" when the sentence names none. */
  name: string;
}

/** The clearance a sentence names (its highest level), or undefined when it speaks of none. */
export function clearanceIn(text: string): ClearanceLevel | undefined {
  if (!CLEARANCE_WORD.test(text)) return undefined;
  const level = LEVELS.find((l) => l.pattern.test(text));
  return level
    ? { scheme: level.scheme, rank: level.rank, name: level.name }
    : { scheme: "any", rank: 0, name: "security clearance" };
}

/** An ask for a clearance the candidate must already hold (not one they must be able to obtain). */
export function clearanceAsk(text: string): { level: ClearanceLevel; toObtain: boolean } | undefined {
  const level = clearanceIn(text);
  return level ? { level, toObtain: OBTAINABLE.test(text) } : undefined;
}

/**
 * The resume line that states a clearance at or above the level asked, quoted; undefined when
 * none does. A lower level of the same scheme (Secret for Top Secret) does not meet it; a level
 * of another scheme does only when the ad names no level. A line that says the clearance lapsed
 * or is pending is not held.
 */
export function clearanceHeld(asked: ClearanceLevel, lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const held = clearanceIn(line);
    if (!held || /\b(expired|lapsed|inactive|pending|in progress|applied for|eligible)\b/i.test(line))
      continue;
    if (asked.scheme === "any" || (held.scheme === asked.scheme && held.rank >= asked.rank)) return line;
  }
  return undefined;
}
