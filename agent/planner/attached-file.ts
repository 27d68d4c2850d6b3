/**
 * What a file attached to a message is: a resume unless the message says it is the job ad
 * ("here's the job ad", "the JD for the role", "la oferta"). New-user trial 2026-12-06: told
 * that a long ad should be attached as a file, a person did so and the ad was merged into their
 * profile as a resume (their skills lowered, the ad's tools added, no target set).
 */
import type { PlannedCall } from "../tools/schemas.ts";
import { call } from "./types.ts";

const SAYS_AD =
  /\b(?:job\s*(?:ad|advert|advertisement|posting|post|description|listing|offer|spec)|posting|jd|vacancy|opening i(?:'m| am) applying|oferta(?: de (?:empleo|trabajo))?|anuncio|vacante|offre(?: d'emploi)?|annonce|fiche de poste|stellenanzeige|stellenausschreibung|stellenangebot|vaga|an[uú]ncio da vaga|naukri ka ad)\b/i;
const SAYS_RESUME = /\b(?:resume|résumé|cv|curriculum|lebenslauf|currículo|biodata)\b/i;

/** The call that reads the file: the target setter for a job ad, else the resume reader. */
export function attachedFileCall(message: string, filename: string): PlannedCall {
  return SAYS_AD.test(message) && !SAYS_RESUME.test(message)
    ? call("set_dream_job", { filename })
    : call("read_resume", { filename });
}
