/**
 * Licence asks read for what they name and whether they are put as a condition of the job
 * (moved out of requirements.ts, which types every ask): the licence words, the name a licence
 * ask gives, and the credential it means.
 */
import { licenceKinds } from "../../data/licences/licence-kinds.ts";
import type { CredentialAsk, JobPosting } from "../jobs/types.ts";
import { licenceKindsIn } from "./licence-kind.ts";

/** Words that make an ask a licence or certification ask. */
export const LICENCE =
  /\b([Ll]icen[cs]\w*|[Cc]ertifi\w*|[Cc]hartered|[Rr]egistered|[Rr]egistration|authori[sz]ation|accredit\w*|[Bb]oard[- ]certified|\bPE\b|CPA|ACCA)\b/;

/**
 * A licence put as a condition of the job ("must hold a valid RN licence", "licensed to
 * practise law in ...", "CPA required"): missing it rules the person out, like a required
 * language. A licence merely mentioned, wished for or left unnamed is not.
 */
export const LICENCE_REQUIRED =
  /\b(must|required|requires?|mandatory|essential|need(ed|s)?|hold|holds|valid|current|active|licen[cs]ed (to|in|as)|eligib\w+|admitted to)\b/i;

/** Words of a licence ask that name no particular licence ("A valid licence or registration is required"). */
export const GENERIC_LICENCE_WORD =
  /^(licen[cs]\w*|registration|registered|certifi\w*|credentials?|required|requires?|requirement|valid|current|active|state|national|professional|appropriate|relevant|full|must|should|have|hold|holds|be|is|are|a|an|the|or|and|in|of|to|with|good|standing|you|your|as|board)$/i;
/** Of those, the ones that are part of a licence's name when a naming word follows ("Registered Nurse"). */
const NAME_PREFIX = /^(registered|certified|chartered|licensed|professional)$/i;

/**
 * What a resume calls the right to practise a profession: a lawyer is admitted to the bar
 * ("Member of the New York State Bar") and holds the title; a physician holds a medical
 * licence. By-name matches only (evidence.ts `heldCredential`), so no likeness stands in.
 */
const PRACTISE_AKA: Record<string, string[]> = {
  law: ["bar", "attorney", "attorney at law", "lawyer", "solicitor", "barrister", "esq"],
  medicine: ["medical licence", "medical license", "physician", "MD"],
};

/** The licence a licence ask names ("Valid CPA licence" -> CPA; "Registered Nurse licence" -> Registered Nurse). */
export function credentialNamed(ask: string): CredentialAsk | undefined {
  // "Licensed to practise law in New York": the right to practise the profession.
  const practise = /\blicen[cs](?:ed|e) to practi[cs]e (\w+)/i.exec(ask);
  if (practise) {
    const field = practise[1]!.toLowerCase();
    return { name: `licence to practise ${field}`, aka: PRACTISE_AKA[field] ?? [] };
  }
  // The name, not what qualifies it: alternatives in brackets ("(AANP or ANCC)", the bodies
  // that certify) and what follows a comma or "with" ("… with prescriptive authority, and DEA
  // registration") made "board as FNP AANP ANCC" five words, too many to name a licence. The
  // piece that holds the licence word is the one that names it.
  const pieces = ask.replace(/\([^()]*\bor\b[^()]*\)/gi, " ").split(/,|\bwith\b/i);
  const namingPart = pieces.find((p) => LICENCE.test(p)) ?? ask;
  const words = namingPart.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const naming = (w: string | undefined) => w !== undefined && !GENERIC_LICENCE_WORD.test(w);
  const kept = words.filter((w, i) => naming(w) || (NAME_PREFIX.test(w) && naming(words[i + 1])));
  return kept.length > 0 ? { name: kept.join(" "), aka: [] } : undefined;
}

/**
 * The ask names a particular licence: a name or abbreviation ("RN", "Certified Public
 * Accountant") or the right to practise a profession ("licensed to practise law"), not a
 * generic "relevant certification".
 */
export function namesParticularLicence(ask: string): boolean {
  const named = credentialNamed(ask);
  if (!named || named.name.split(" ").length > MAX_LICENCE_NAME_WORDS) return false;
  if (/\bpracti[cs]e\b/i.test(ask)) return true;
  // A capital that only starts the sentence names nothing ("We will need your certificates").
  const first = ask.match(/[A-Za-z][A-Za-z'’-]*/)?.[0];
  return named.name
    .split(" ")
    .some((w, i) => /^[A-Z]/.test(w) && !(i === 0 && w === first && !/^[A-Z]{2,}/.test(w)));
}

/** A licence's name is a few words ("Commercial Pilot", "CPA"); more is a sentence that only mentions one. */
const MAX_LICENCE_NAME_WORDS = 4;
/**
 * The credential a licence ask means: the one it names, or the job title's when it names none
 * ("Licensing or registration required"). A longer sentence only mentioning certificates ("We
 * will need your CV, certificates and a short summary ...") names none: evidence by meaning.
 */
export function credentialOf(ask: string, job: JobPosting): CredentialAsk | undefined {
  const named = credentialNamed(ask);
  if (!named) return job.title ? { name: job.title, aka: [] } : undefined;
  return named.name.split(" ").length <= MAX_LICENCE_NAME_WORDS ? named : undefined;
}

/**
 * Said of a licence the person may get later ("or obtain one within 90 days", "eligible for bar
 * admission", "willing to work towards QTS"): nothing the resume must show yet.
 */
const TO_OBTAIN =
  /\b(obtain\w*|get licensed|become (licensed|certified|qualified)|working towards?|work towards?|study for|sit (for )?the|within (the first )?\d+ (days|weeks|months)|eligib\w+|pending|in progress)\b/i;
/** Words that put a licence as a condition: "must hold", "required", "admitted", "in good standing". */
const CONDITION =
  /\b(must|required|requires?|mandatory|essential|need(ed|s)?|hold|holds|holding|valid|current|active|admitted|admission|good standing|member|qualified|you (are|have))\b/i;

/**
 * The right to practise a profession put as a condition of the job ("Admitted to practice law in
 * Ohio", "Qualified Teacher Status is essential", "Must hold a valid real estate license"): a
 * hard must-have, named by its kind (data/licences/licence-kinds.json `profession`) and met only by
 * a licence of that kind (licence-kind.ts). Before, most such asks were typed as a duty (and met
 * by any line that read alike: a paralegal's briefs for a bar admission) or as a licence that was
 * not hard, because its name began the sentence or was written in lower case.
 */
export function professionLicenceAsk(text: string): CredentialAsk | undefined {
  if (!CONDITION.test(text) || TO_OBTAIN.test(text)) return undefined;
  const named = new Set(licenceKindsIn(text, false));
  const kind = licenceKinds().find((k) => named.has(k.id) && k.profession);
  return kind ? { name: kind.name, aka: kind.names } : undefined;
}

/**
 * A degree named as the other way in ("either a Master's degree, chartered status or a PE"); an
 * "and" joins the licence to the degree ("a degree in Education or a related field and a valid
 * teaching licence": both asked).
 */
const EITHER_OR = (text: string) =>
  /\beither\b/i.test(text) || (/\bor\b/i.test(text) && !/\band\b|&/i.test(text));

/**
 * The profession licence an ask names beside a degree as alternatives ("You will hold either a
 * Master's degree, chartered status or a PE in civil engineering"): one credential ask, met by
 * the licence or by the degree (evidence.ts), hard like the licence alone. Read as the degree
 * only, a person with neither was "near" on a degree one level short.
 */
export function degreeOrLicence(text: string): CredentialAsk | undefined {
  return EITHER_OR(text) ? professionLicenceAsk(text) : undefined;
}

/** Words past which a requirement line is a flattened paragraph of several asks, not one licence ask. */
const ONE_ASK_WORDS = 30;
export const isFlattenedParagraph = (text: string) => text.split(/\s+/).length > ONE_ASK_WORDS;
