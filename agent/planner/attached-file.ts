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
/**
 * The file pointed at as a job: "is this job a fit for me?", "am I right for this role?",
 * "¿soy apto para este puesto?", "passe ich auf diese Stelle?" (trial20 §1: the ad was read as the
 * person's resume and its 20 skills saved to their profile).
 */
const POINTS_AT_JOB =
  /\b(?:this|that|the attached)\s+(?:job|role|position|opening|opportunity|vacancy)\b|\b(?:este|ese|esta|essa|esse|este)\s+(?:puesto|trabajo|empleo|cargo|vaga|emprego|oferta)\b|\bdiese[rsn]?\s+(?:stelle|job|position|jobangebot)\b|\b(?:ce|cet|cette)\s+(?:poste|emploi|offre)\b|\b(?:is|ye)\s+(?:job|naukri|role)\b/i;
const SAYS_RESUME = /\b(?:resume|résumé|cv|curriculum|lebenslauf|currículo|biodata)\b/i;

/** The call that reads the file: the target setter for a job ad, else the resume reader. */
export function attachedFileCall(message: string, filename: string): PlannedCall {
  return (SAYS_AD.test(message) || POINTS_AT_JOB.test(message)) && !SAYS_RESUME.test(message)
    ? call("set_dream_job", { filename })
    : call("read_resume", { filename });
}
