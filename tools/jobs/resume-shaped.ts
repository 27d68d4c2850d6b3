/**
 * Whether a file's text reads as a person's resume rather than a job ad: contact details near
 * the top and at least two of a resume's section headings, with none of an ad's shape. A file
 * sent with "is this job a fit for me?" is read as the ad (trial20 §1); the same words sent with
 * one's own resume must not make it a target, so the file's own shape has the last word.
 */
import { looksLikePosting } from "./target.ts";

const CONTACT = /[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{8,}\d/;
/** Section headings alone on a line, in the languages the chat reads. */
const HEADING =
  /^\s*(?:work\s+)?(?:experience|employment(?:\s+history)?|work history|professional experience|education|skills|certifications?|projects|experiencia(?:\s+laboral)?|formaci[óo]n|educaci[óo]n|habilidades|exp[ée]rience(?:s)?(?:\s+professionnelles?)?|formation|comp[ée]tences|berufserfahrung|ausbildung|kenntnisse|f[äa]higkeiten|experi[êe]ncia(?:\s+profissional)?|forma[çc][ãa]o|compet[êe]ncias)\s*:?\s*$/gimu;

export function readsAsResume(text: string): boolean {
  if (looksLikePosting(text)) return false;
  const headings = new Set((text.match(HEADING) ?? []).map((h) => h.trim().toLowerCase().replace(/:$/, "")));
  return CONTACT.test(text.slice(0, 600)) && headings.size >= 2;
}
