/**
 * Requirement items about a licence that name no licence word the ask reader knows as a
 * condition (trial13 finding 4, a trainee driving instructor's ad): "Full UK manual driving
 * licence held for at least 3 years" was read as 3 years of experience, "No more than 6 penalty
 * points" as a duty, and "Willing to study for the instructor exams" as work to do. They are:
 *   - a licence of a known kind (data/licences/licence-kinds.json) to hold, however long the ad
 *     wants it held (the years are the licence's, not experience);
 *   - penalty points: a condition on the driving licence, met by holding one;
 *   - exams to study for: a credential the job leads to, asked as a willingness (nice to show,
 *     not a must-have the resume can miss).
 * An exact format (the names of documents and the few words ads use for points and exams).
 */
import { licenceKinds, normaliseLicenceText } from "../../data/licences/licence-kinds.ts";
import type { CredentialAsk, RequirementLine } from "./types.ts";

/** Points on a licence: "no more than 6 penalty points", "a clean licence", "max 3 points". */
const POINTS =
  /\b(penalty points?|points on (?:your|their|the) licen[cs]e|clean (?:driving )?licen[cs]e|endorsements?)\b/i;
/** Exams the job trains for: "willing to study for the Part 1, 2 and 3 exams". */
const EXAMS_TO_TAKE =
  /\b(?:willing|prepared|happy|keen|ready|able|commit\w*)\s+to\s+(?:study|sit|take|train|work)\s+(?:for|towards|toward)\s+(?:the\s+|your\s+)?(.{2,60}?\b(?:exams?|examinations?|tests?|qualifications?|certificat\w+|licen[cs]e))\b/i;

/** The most particular kind the line names ("commercial driver's license" is commercial, not also driving). */
function kindAsk(text: string): CredentialAsk | undefined {
  const said = ` ${normaliseLicenceText(text)} `;
  const named = licenceKinds().filter((k) => k.names.some((n) => said.includes(` ${n} `)));
  const above = new Set(named.flatMap((k) => k.parents ?? []));
  const kind = named.find((k) => !above.has(k.id));
  return kind ? { name: kind.name, aka: kind.names } : undefined;
}

/** The line typed as the licence it asks for, or unchanged. */
export function withLicenceCondition(line: RequirementLine): RequirementLine {
  if (line.licence) return line;
  const exam = EXAMS_TO_TAKE.exec(line.text);
  if (exam) return { ...line, kind: "preferred", licence: { name: exam[1]!.trim(), aka: [] } };
  const named = kindAsk(line.text);
  if (named) return { ...line, licence: named };
  if (POINTS.test(line.text)) {
    const driving = licenceKinds().find((k) => k.id === "driving");
    if (driving) return { ...line, licence: { name: driving.name, aka: driving.names } };
  }
  return line;
}
