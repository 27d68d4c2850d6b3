/**
 * Whether the profile holds the licence or certificate an ad asks for (moved out of evidence.ts,
 * which quotes what this finds). A licence is met by that licence only, never by a line that
 * merely reads alike.
 *
 * The place a licence is for: an ad's "RN license in Ohio" is met by an RN licence for Ohio,
 * and by one whose line names no place at all ("Registered Nurse license": a person adding a
 * licence in chat rarely writes the state; a recruiter takes it at their word until the check).
 * A licence for another place is not it ("Registered Nurse, Florida" for Ohio). New-user trial
 * 2026-12-06 (rnfit2): a nurse who added "Registered Nurse license, Ohio" (saved without the
 * state) was still told the ad's Ohio licence was missing.
 */
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import type { CredentialAsk } from "../jobs/types.ts";
import { REGION_NAMES, US_STATE_CODES, US_STATES } from "../resume/fields/places.ts";
import { dot, type EvidenceLine, SIMILARITY_MET, vectorsFor } from "./evidence.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { names } from "./whole-words.ts";

/** Words that say a credential is no longer held. */
export const LAPSED = /\b(expired|lapsed|inactive|revoked|suspended)\b/i;

/** Initials of each run of capitalised words in `text` ("Registered Nurse" -> RN). */
function initialsIn(text: string): Set<string> {
  const out = new Set<string>();
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < Math.min(words.length, i + 6); j++) {
      const run = words.slice(i, j + 1);
      if (!run.every((w) => /^[A-Z]/.test(w))) break;
      out.add(run.map((w) => w[0]).join(""));
    }
  return out;
}

/** Lower-cased names of the states, provinces and countries a licence can be for. */
const REGIONS = [...REGION_NAMES].sort((a, b) => b.length - a.length);

/** The places a line names: region names, and US state codes written in capitals ("RN, OH"). */
function regionsIn(line: string): Set<string> {
  const out = new Set<string>();
  for (const r of REGIONS) if (names(line, r)) out.add(r);
  for (const code of line.match(/\b[A-Z]{2}\b/g) ?? [])
    if (US_STATE_CODES.has(code)) out.add(US_STATES[code]!.toLowerCase());
  return out;
}

/** The credential's name without the places in it ("RN Ohio" -> "RN"), and those places. */
function withoutRegions(name: string): { bare: string; regions: string[] } {
  let bare = name;
  const regions: string[] = [];
  for (const r of REGIONS) {
    const at = new RegExp(`\\b${r.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i");
    if (at.test(bare)) {
      regions.push(r);
      bare = bare.replace(at, " ");
    }
  }
  return { bare: bare.replace(/\s+/g, " ").trim(), regions };
}

/**
 * Whether a held licence's line is for the place the ask names: any line when the ask names no
 * place or the line names none (see the file comment), else one naming that place.
 */
export function placeAgrees(ask: string, line: string): boolean {
  const asked = withoutRegions(ask).regions;
  if (asked.length === 0) return true;
  const held = regionsIn(line);
  return held.size === 0 || asked.some((r) => held.has(r));
}

/**
 * Every word of a credential's name is written on the line, an abbreviation either as itself
 * or spelled out: "RN Florida" (an ad's "RN license in Florida") is "Registered Nurse, Florida
 * Board of Nursing", and "Registered Nurse"  spells out RN, not NP. The place the ad names must
 * be the line's, unless the line names no place (see the file comment): an Ohio licence is not
 * Florida's.
 */
function namesEveryWord(line: string, name: string): boolean {
  const { bare } = withoutRegions(name);
  const words = bare.split(/\s+/).filter((w) => w.length > 1);
  if (words.length === 0) return false;
  const initials = initialsIn(line);
  if (!words.every((w) => names(line, w) || (/^[A-Z]{2,6}$/.test(w) && initials.has(w)))) return false;
  return placeAgrees(name, line);
}

/**
 * The resume's credential that is the licence asked for, quoted: a certification or licence
 * line naming it or one of its other names ("RN" for Registered Nurse), the same taxonomy
 * entry ("Certified Public Accountant" = CPA), or one close in meaning ("Registered Nurse,
 * State of Ohio" for "Registered Nurse Ohio"); or a title, summary or degree line that names
 * it word for word (a "Registered Nurse" headline). Any other certificate is not it: BLS is
 * not a nursing licence, and a registered nurse's licence is not a nurse practitioner's.
 */
export function heldCredential(
  credential: CredentialAsk,
  profile: ProfileSnapshot,
  lines: EvidenceLine[],
  graph: SkillGraph,
  embedder: Embedder | undefined,
): string | undefined {
  const wanted = [credential.name, ...credential.aka];
  const certificates = profile.certifications
    .filter((c) => c.name.trim().length > 0 && !c.inProgress)
    .map((c) => [c.name, c.issuer].filter(Boolean).join(", "))
    // A licence the line says has lapsed is not held.
    .filter((c) => !LAPSED.test(c));
  const ids = new Set(wanted.map((n) => graph.lookup(n)?.id).filter((id): id is string => id !== undefined));
  const byName = certificates.find(
    (c) =>
      wanted.some((n) => names(c, n) || namesEveryWord(c, n)) ||
      (ids.size > 0 && ids.has(graph.lookup(c.split(",")[0]!)?.id ?? "")),
  );
  if (byName) return byName;
  if (embedder?.embedSync && certificates.length > 0) {
    const [ask, ...held] = vectorsFor(embedder, [credential.name, ...certificates]);
    const at = held.findIndex((v) => dot(ask!, v) >= SIMILARITY_MET);
    if (at >= 0) return certificates[at];
  }
  const said = lines.find(
    (l) =>
      (l.source === "title" || l.source === "summary" || l.source === "education") &&
      wanted.some((n) => n.length > 3 && names(l.text, n)),
  );
  return said?.text;
}
