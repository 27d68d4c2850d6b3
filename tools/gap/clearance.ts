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
  // England and Wales' criminal record checks (Disclosure and Barring Service, formerly CRB):
  // basic < standard < enhanced (with or without the barred lists).
  {
    scheme: "dbs",
    rank: 3,
    name: "enhanced DBS check",
    pattern: /\b[Ee]nhanced\b[^.]{0,25}\b(DBS|CRB)\b|\b(DBS|CRB)\b[^.]{0,15}\b[Ee]nhanced\b/,
  },
  { scheme: "dbs", rank: 2, name: "standard DBS check", pattern: /\b[Ss]tandard\b[^.]{0,25}\b(DBS|CRB)\b/ },
  { scheme: "dbs", rank: 1, name: "DBS check", pattern: /\b(DBS|CRB)\b|\b[Dd]isclosure and [Bb]arring\b/ },
];

/** A sentence speaks of a clearance: the word, or a level name that exists only as one. */
const CLEARANCE_WORD = /\b(clearance|cleared|vetting|vetted|TS\s*\/\s*SCI|BPSS|NV[12])\b/i;
/** The check's names, in capitals ("dbs" in lower case is the plural of "db"). */
const RECORD_CHECK_WORD = /\b(DBS|CRB)\b|\b[Dd]isclosure and [Bb]arring\b/;
/**
 * A criminal record check is one the employer applies for when it hires: asked, it asks nothing
 * the person must already show, unless the ad says they must hold one already.
 */
const HELD_ALREADY = /\b(hold|holds|held|current|existing|already|valid|up[- ]to[- ]date|in date)\b/i;
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
  if (!CLEARANCE_WORD.test(text) && !RECORD_CHECK_WORD.test(text)) return undefined;
  const level = LEVELS.find((l) => l.pattern.test(text));
  return level
    ? { scheme: level.scheme, rank: level.rank, name: level.name }
    : { scheme: "any", rank: 0, name: "security clearance" };
}

/** An ask for a clearance the candidate must already hold (not one they must be able to obtain). */
export function clearanceAsk(text: string): { level: ClearanceLevel; toObtain: boolean } | undefined {
  const level = clearanceIn(text);
  if (!level) return undefined;
  const toObtain = OBTAINABLE.test(text) || (level.scheme === "dbs" && !HELD_ALREADY.test(text));
  return { level, toObtain };
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
