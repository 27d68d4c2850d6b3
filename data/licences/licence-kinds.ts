/**
 * Kinds of licence (licence-kinds.json): what a licence lets its holder do, with the kinds above
 * it. Read by the analysis so a licence ask is met by a licence of its kind in any spelling or
 * language ("driving licence", "driver's license", "Führerschein Klasse B") and by one below it
 * (a CDL class A for "commercial driver's license"), never by a licence of another kind that
 * reads alike ("forklift license" for "driver's license").
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface LicenceKind {
  id: string;
  name: string;
  parents?: string[];
  /** The licence's own names, normalised (normaliseLicenceText). */
  names: string[];
  /** Titles only its holders use ("registered nurse"): a title line shows the licence. */
  holders?: string[];
  /**
   * The right to practise a profession (a bar admission, a teaching or nursing licence): put as a
   * condition of the job, it is a hard must-have (tools/gap/licence-asks.ts).
   */
  profession?: boolean;
}

export const LICENCE_KINDS_FILE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "licence-kinds.json",
);

let loaded: LicenceKind[] | undefined;

export function licenceKinds(): readonly LicenceKind[] {
  loaded ??= (JSON.parse(readFileSync(LICENCE_KINDS_FILE, "utf8")) as { kinds: LicenceKind[] }).kinds;
  return loaded;
}

/** A licence's text as the kinds' names are written: "Driver’s Licence" -> "driver license". */
export function normaliseLicenceText(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[’`]/g, "'")
      .replace(/'s\b/g, "")
      // One spelling and one number: "licences", "Licenses" -> "license"; "licensed", "licensure" kept.
      .replace(/\blicen[cs]es?\b/g, "license")
      .replace(/\blicenc(ed|ing|ure)\b/g, "licens$1")
      .replace(/[^a-z0-9+]+/g, " ")
      .trim()
  );
}
