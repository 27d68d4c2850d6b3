/**
 * The reply to a background told instead of a resume: what was saved, in the person's terms
 * (roles with the span counted from the years said, skills with their level, certificates),
 * that a resume can come later, and, when no target was named with it, the question of which
 * job they are aiming for.
 */
import type { ToolResults } from "../tools/results.ts";
import { listWords } from "./variety.ts";

/** Asked at the end unless the same turn set a target (model.ts drops it then). */
export const ASK_TARGET_HINT = " What job are you aiming for? Tell me and I'll check how close you are.";

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function backgroundWords(r: ToolResults["save_background"]): string {
  const roles = r.roles.map(
    (role) =>
      `${role.title}${role.company ? ` at ${role.company}` : ""}${
        role.start
          ? ` (${role.current ? "since" : "from"} ${role.start}${role.end ? ` to ${role.end}` : ""}${role.alreadyThere || role.datesWritten ? "" : ", counted back from the years you said"})`
          : ""
      }`,
  );
  const skills = r.skills.map(
    (s) => `${s.name} (${s.proficiency}${s.stated ? "" : ", tell me if that's off"})`,
  );
  const duties = r.roles.filter((role) => role.bullets?.length);
  const certificates = r.certifications.map((c) => c.name);
  const degrees = r.education.map(
    (e) =>
      `${e.degree}${e.field && !e.degree.toLowerCase().includes(e.field.toLowerCase()) ? ` (${e.field})` : ""}${e.inProgress ? ` (in progress${e.end ? `, expected ${e.end}` : ""})` : e.end ? `, ${e.end}` : ""}`,
  );
  const parts = [
    roles.length ? `experience: ${listWords(roles, 4)}` : "",
    skills.length ? `skills: ${listWords(skills, 15)}` : "",
    certificates.length
      ? `${certificates.length > 1 ? "certifications" : "certification"}: ${listWords(certificates, 5)}`
      : "",
    degrees.length ? `education: ${listWords(degrees, 3)}` : "",
    ...duties.map((role) => `duties under ${role.title}: ${listWords(role.bullets!.map(lowerFirst), 10)}`),
  ].filter(Boolean);
  const fresh = [...r.roles, ...r.skills, ...r.certifications, ...r.education].some((x) => !x.alreadyThere);
  const unknown = r.skills.filter((s) => !s.recognised).map((s) => s.name);
  return `${fresh ? "Saved to your profile from what you told me" : "Already on your profile"} — ${parts.join("; ")}.${
    unknown.length
      ? ` (${listWords(unknown, 5)} ${unknown.length > 1 ? "aren't" : "isn't"} in my skill list yet, so ${unknown.length > 1 ? "they" : "it"} won't match job requirements by name.)`
      : ""
  }${
    r.unread?.length
      ? ` I didn't place ${listWords(
          r.unread.map((u) => `"${u}"`),
          5,
        )}: tell me if any of it is a skill, a duty or a certificate and I'll add it.`
      : ""
  }${r.profileHadEntries ? "" : " No resume needed to start: you can attach one any time later and I'll add what it says."}${ASK_TARGET_HINT}`;
}
