/**
 * Acronyms with a sense in another field, told by what the text is about. "GCP" on a clinical
 * CV or ad is Good Clinical Practice (the ICH standard for running trials), not Google Cloud
 * Platform (trial14 §6: a nurse's "GCP" certificate was read as the cloud). The clinical sense
 * needs clinical words around (trials, protocol, ICH, patients, nurse, ensayos…) and no cloud
 * words beside it; spelled out ("Good Clinical Practice", "buenas prácticas clínicas") it is
 * the same skill.
 */
import type { Candidate } from "./matcher.ts";

/** ESCO's "apply good clinical practices". */
export const GOOD_CLINICAL_PRACTICE = "apply-good-clinical-practices";

/** Words of clinical research and care, in the chat's languages. */
const CLINICAL =
  /(?<![\p{L}])(?:clinical|cl[ií]nic[oa]s?|clinique|klinisch\w*|trials?|ensayos?|ensaios?|essais?|studien|protocol[oe]?s?|protocolo|ICH|E6|IRB|CEIC|CEIm|e?CRFs?|sponsors?|investigators?|investigador\w*|patients?|pacientes?|nurs(?:e|es|ing)|enfermer\w*|infirmi\w*|pflege\w*|hospital\w*|pharma\w*|farmac\w*|phase\s+(?:I{1,3}V?|[1-4])|fase\s+(?:I{1,3}V?|[1-4])|adverse events?|SAEs?|informed consent|consentimiento|regulatory|CRAs?|CRCs?|oncolog\w*|GMP|GLP)(?![\p{L}])/giu;
const CLOUD =
  /(?<![\p{L}])(?:cloud|nube|aws|azure|kubernetes|k8s|bigquery|gke|terraform|docker|devops|compute engine|cloud run|serverless|data ?engineer\w*|software|kafka|spark)(?![\p{L}])/iu;
/** The characters around an acronym read for cloud words. */
const WINDOW = 120;

/** Distinct clinical words of the text. */
function clinicalWords(text: string): number {
  return new Set([...text.matchAll(CLINICAL)].map((m) => m[0].toLowerCase())).size;
}

/** True when the text around `start..end` is about clinical work, not the cloud. */
export function clinicalAround(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - WINDOW), end + WINDOW);
  if (CLOUD.test(near)) return false;
  return clinicalWords(near) >= 1 && clinicalWords(text) >= 2;
}

/** "GCP" among clinical words is Good Clinical Practice: the cloud candidate there is dropped. */
export function otherFieldsAcronym(text: string, c: Candidate): boolean {
  return (
    c.skill.id === "gcp" && /^gcp$/i.test(text.slice(c.start, c.end)) && clinicalAround(text, c.start, c.end)
  );
}

/** Good Clinical Practice spelled out, in English, Spanish, Portuguese, French or German. */
const SPELLED =
  /(?<![\p{L}])(?:good clinical practices?|buenas pr[aá]cticas cl[ií]nicas|boas pr[aá]ticas cl[ií]nicas|bonnes pratiques cliniques|gute klinische praxis)(?![\p{L}])/giu;

/** Good Clinical Practice where the text names it: spelled out, or "GCP" among clinical words. */
export function clinicalSenses(text: string): { skillId: string; start: number; end: number }[] {
  const acronyms = [...text.matchAll(/(?<![\p{L}\p{N}])GCP(?![\p{L}\p{N}])/giu)].filter((m) =>
    clinicalAround(text, m.index!, m.index! + 3),
  );
  return [...text.matchAll(SPELLED), ...acronyms].map((m) => ({
    skillId: GOOD_CLINICAL_PRACTICE,
    start: m.index!,
    end: m.index! + m[0].length,
  }));
}
