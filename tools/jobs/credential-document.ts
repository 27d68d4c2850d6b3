/**
 * A requirement item that names a credential by the document that proves it: "food handler
 * card", "valid forklift ticket", "CDL Class A permit". It is a licence to hold (met by that
 * document on the resume, never by a skill that reads alike), not a duty or a skill with a level
 * and hours to learn. Licence and certificate words are typed in tools/gap; these document
 * nouns are what trades, food service and transport ads say instead. An exact format: the item
 * is a short noun phrase ending in the document's noun.
 */
import type { CredentialAsk, SkillRequirement } from "./types.ts";

const DOCUMENT_ITEM =
  /^(?:(?:a|an|the|valid|current|active|own)\s+)*([A-Za-z][\w'’/-]*(?:\s+[\w'’/-]+){0,3}?\s+(?:card|permit|ticket|endorsement))s?(?:\s+(?:required|needed|a must|preferred))?$/i;
/** "business card design", "credit card processing": the noun names no credential there. */
const NOT_A_CREDENTIAL =
  /\b(business|credit|debit|gift|loyalty|report|sim|graphics?|video|sound|parking)\s+card\b/i;

/** The credential an item names by its document, or undefined. */
export function credentialDocument(item: string): CredentialAsk | undefined {
  const text = item.trim().replace(/[.;]+$/, "");
  const m = DOCUMENT_ITEM.exec(text);
  if (!m || NOT_A_CREDENTIAL.test(text)) return undefined;
  const name = m[1]!.replace(/['’]s\b/g, "").replace(/\s+/g, " ");
  // "food handler card" is also written "food handler's card", "food handlers certificate".
  const stem = name.replace(/\s+\S+$/, "");
  return { name, aka: stem.split(/\s+/).length >= 2 || stem.length > 3 ? [stem] : [] };
}

/** Words that make a requirement sentence a licence ask, which tools/gap types as one. */
const LICENCE_SENTENCE = /\b(licen[cs]\w*|certifi\w*|registration|registered|chartered|accredit\w*)\b/i;

/**
 * The skill requirements without the credentials a licence ask already holds: "Valid teaching
 * license" is one licence to hold (met by the licence on the resume), not also a "Teaching
 * License" skill at intermediate level with 60 hours to learn it.
 */
export function withoutLicenceSkills(skills: SkillRequirement[]): SkillRequirement[] {
  const certificationsIn = new Map<string, number>();
  for (const s of skills)
    if (s.category === "certification")
      certificationsIn.set(s.evidence, (certificationsIn.get(s.evidence) ?? 0) + 1);
  // "BLS and ACLS certification" asks two certificates, each held on its own: the licence ask
  // would name them as one ("BLS ACLS"), so they stay skills, each met by its own entry.
  return skills.filter(
    (s) =>
      s.category !== "certification" ||
      !LICENCE_SENTENCE.test(s.evidence) ||
      (certificationsIn.get(s.evidence) ?? 0) > 1,
  );
}
