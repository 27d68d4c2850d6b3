/**
 * Several certificates told in one message: "also add the forklift licence and IPAF as
 * certifications", "i hold a CSCS card, a first aid certificate and an SIA licence". Each is its
 * own certification entry (add_profile_entry once per item); before, only the first clause was
 * kept and the rest was lost without a word, or the lead-in became the name ("also add …",
 * new-user trial 13 finding 7). A list said "as certifications" is all certificates; otherwise
 * only the items that name one (a certificate, licence, card, ticket …) are.
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { call } from "./types.ts";

const LEAD_IN =
  /^(?:(?:also|and|oh|plus|ok(?:ay)?|so|then|btw)[\s,]+)*(?:(?:can\s+you|could\s+you|please|pls)\s+)*(?:(?:add|include|put(?:\s+down)?|list|save)\s+|i\s+(?:also\s+)?(?:have|hold|got|'ve\s+got|have\s+got|'ve)\s+)/i;

/** "… as certifications", "… to my certificates too": the kind the whole list is. */
const AS_CERTIFICATES =
  /\s+(?:as|to|under|in)\s+(?:my\s+|the\s+)?(?:certifications?|certificates?|certs?|licen[cs]es?|qualifications?)(?:\s+(?:too|as\s+well|also|please|pls))?[\s.!]*$/i;

/** A word that names a certificate in an item ("first aid certificate", "PCV licence", "CSCS card"). */
const NAMES_ONE = /\b(?:cert\w*|licen[cs]\w*|card|ticket|permit|diploma|accreditation|qualification)\b/i;

/** The certificates a message lists, each as said; undefined unless it lists two or more. */
export function certificatesListed(raw: string): string[] | undefined {
  const text = raw.trim().replace(/[.!]+$/, "");
  const labelled = AS_CERTIFICATES.test(text);
  const list = text.replace(AS_CERTIFICATES, "").replace(LEAD_IN, "");
  const items = list
    .split(/\s*[,;]\s*|\s+(?:and|&|plus)\s+(?:also\s+)?(?:an?\s+|my\s+|the\s+)?/i)
    .map((i) => i.replace(/^(?:an?|my|the|and)\s+/i, "").trim())
    .filter((i) => /[\p{L}\p{N}]/u.test(i) && i.split(/\s+/).length <= 8);
  const kept = labelled ? items : items.filter((i) => NAMES_ONE.test(i));
  return kept.length >= 2 ? kept : undefined;
}

/** One add_profile_entry call per certificate listed; undefined when the message names one or none. */
export function certificateCalls(raw: string): PlannedCall[] | undefined {
  return certificatesListed(raw)?.map((text) => call("add_profile_entry", { kind: "certification", text }));
}
