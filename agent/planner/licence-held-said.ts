/**
 * A licence told as a fact about the person, with the licence itself named beside the licensed
 * title: "i'm a licensed electrician in Ohio btw, license since 2016", "I'm a certified welding
 * inspector, CWI since 2015", "je suis infirmière diplômée d'État, DE depuis 2012" (conv17u: the
 * background reader took the licensed title for a job held and saved it, "since 2016" as its
 * start, and "btw" into the title). The outside splits label such news a profile entry (or a
 * skill): the credential is added as a certification entry, as "I hold a CDL class A" is.
 * "I'm a registered nurse" alone names a job and stays one.
 */
import { call, calls, type Outcome } from "./types.ts";

/** "I'm a licensed / certified / registered / chartered …" at the start of the message. */
const LICENSED_TITLE =
  /^(?:(?:btw|fyi|also|oh|and|so)[\s,]+)*(?:i'?m|im|i\s+am)\s+(?:a|an)\s+(?:(?:state|fully|board)[\s-]+)?(?:licen[cs]ed|certified|registered|chartered|accredited)\s+\p{L}/iu;

/** The credential itself named after the title: the word, or its letters (CWI, TREC, RN) with a year. */
const CREDENTIAL_NAMED =
  /[,;.—-]\s*(?:(?:my|the|a|with|have|holding|hold)\s+)*(?:\S+\s+){0,3}?(?:licen[cs]e|certificat(?:e|ion)|cert|ticket|card|registration|credential)s?\b|[,;.—-]\s*\p{Lu}{2,6}\s+(?:since|from|in)\s+(?:19|20)\d{2}\b/u;

export function licenceHeldSaid(raw: string): Outcome | undefined {
  const t = raw.trim();
  if (!LICENSED_TITLE.test(t) || !CREDENTIAL_NAMED.test(t)) return undefined;
  // The entry's words without the "I'm a" and the asides: "licensed electrician in Ohio, license since 2016".
  const text = t
    .replace(/^(?:(?:btw|fyi|also|oh|and|so)[\s,]+)*(?:i'?m|im|i\s+am)\s+(?:a|an)\s+/iu, "")
    .replace(/\s*\b(?:btw|fyi|lol|haha)\b/giu, "")
    .trim();
  return calls(call("add_profile_entry", { kind: "certification", text: text.slice(0, 2000) }));
}
