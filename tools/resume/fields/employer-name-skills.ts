/**
 * A skill read inside the name of an employer the parse found ("Oracle" in "Oracle India Pvt
 * Ltd", "Cisco" in "Cisco Systems", a daycare's name taken for a product) is that employer, not
 * something the person can do: those spans are no evidence of the skill, and a skill written
 * only there leaves the list. On the training resumes such names were a kind of wrong listed
 * skill that no filter bar reached: specific tools face only the veto (resume-filter/index.ts).
 *
 * Only names shaped like an organisation's are trusted (a legal form or an organisation's head
 * word: "Ltd", "Inc", "Institute", "Services"): the parse also reads fields and skills as
 * employers ("SAP EWM", "Personal Injury, Construction, Real Estate" on the training resumes),
 * and dropping the skills those name cost more labelled skills than it removed wrong ones.
 *
 * An employer whose whole name is a known skill's name ("Oracle", "SAP") keeps the spans of
 * that skill: the words cannot tell the employer from the tool the person lists, and the list
 * keeps the tool. A name the extractor grew over the whole employer ("Oracle India Pvt Ltd"
 * read as Oracle Database) is no such name. The employer spans are resume17x's (employer-spans.ts): every
 * whole-word mention of the parse's final employers (rules, labeller and scorer).
 */
import { type FoundSkill, isKnownName } from "../skills-port.ts";
import type { EmployerSpan } from "./employer-spans.ts";

/** Words that make a name an organisation's: legal forms and the heads of organisations' names. */
const ORGANISATION_WORDS = new Set(
  "ltd limited pvt private inc incorporated llc llp corp corporation co company plc gmbh ag sa bv nv pte pty srl spa institute university college school academy department office hospital clinic bank group foundation association society council church daycare services solutions technologies consulting consultants labs laboratories agency".split(
    " ",
  ),
);
const organisationNamed = (name: string) =>
  (name.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => ORGANISATION_WORDS.has(w));

/** Whether a span of `skill` lies in an employer's name (not one named as a known tool is). */
function inEmployerName(skill: FoundSkill, span: { start: number; end: number }, employers: EmployerSpan[]) {
  const employer = employers.find((e) => e.start <= span.start && span.end <= e.end);
  return (
    !!employer &&
    organisationNamed(employer.company) &&
    (!!skill.unrecognised || !isKnownName(employer.company))
  );
}

/** `found` without the spans inside employers' names; a skill left with none is dropped. */
export function withoutEmployerNames(found: FoundSkill[], employers: EmployerSpan[]): FoundSkill[] {
  if (employers.length === 0) return found;
  const out: FoundSkill[] = [];
  for (const skill of found) {
    const spans = skill.spans.filter((sp) => !inEmployerName(skill, sp, employers));
    if (spans.length === skill.spans.length) out.push(skill);
    else if (spans.length > 0) out.push({ ...skill, spans });
  }
  return out;
}
