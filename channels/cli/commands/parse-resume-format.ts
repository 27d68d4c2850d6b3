/** The human-readable summary `careercraft parse-resume` prints without --json. */
import type { ParsedResume } from "../../../tools/resume/types.ts";

const pct = (x: number) => `${Math.round(x * 100)}%`;

function range(start?: string, end?: string, current?: boolean): string {
  if (!start && !end) return "";
  return ` (${start ?? "?"} - ${current ? "present" : (end ?? "?")})`;
}

export function formatParsedResume(r: ParsedResume): string {
  const out: string[] = [];
  const c = r.contact;
  out.push(`${c.name?.value ?? "(name not found)"}${r.headline ? ` - ${r.headline}` : ""}`);
  const contact = [c.email?.value, c.phone?.value, c.location?.value].filter(Boolean).join(" | ");
  if (contact) out.push(contact);
  for (const l of c.links) out.push(`${l.kind}: ${l.url}`);
  out.push("");
  out.push(`Experience (${r.totalYearsExperience} years in total)`);
  if (r.experience.length === 0) out.push("  (none found)");
  for (const e of r.experience) {
    out.push(
      `  - ${[e.title, e.company].filter(Boolean).join(" at ")}${e.location ? `, ${e.location}` : ""}${range(e.start, e.end, e.current)}`,
    );
    if (e.skills.length) out.push(`    skills used: ${e.skills.join(", ")}`);
  }
  out.push("Education");
  if (r.education.length === 0) out.push("  (none found)");
  for (const e of r.education) {
    const gpa = e.gpa ? `, GPA ${e.gpa}` : "";
    out.push(
      `  - ${[e.degree, e.institution].filter(Boolean).join(", ")}${e.level ? ` [${e.level}]` : ""}${range(e.start, e.end)}${gpa}`,
    );
  }
  if (r.projects.length)
    out.push(
      "Projects",
      ...r.projects.map(
        (p) => `  - ${p.name}${p.technologies.length ? ` (${p.technologies.join(", ")})` : ""}`,
      ),
    );
  if (r.certifications.length) {
    out.push(
      "Certifications",
      ...r.certifications.map(
        (x) =>
          `  - ${x.name}${x.issuer ? `, ${x.issuer}` : ""}${x.date ? `, ${x.date}` : ""}${x.inProgress ? " (in progress, not held yet)" : ""}`,
      ),
    );
  }
  const validated = r.skills.filter((s) => s.validated);
  const listed = r.skills.filter((s) => !s.validated);
  out.push(
    `Skills: ${r.skills.length} (${validated.length} backed by experience, projects or certifications)`,
  );
  if (validated.length)
    out.push(
      `  validated: ${validated.map((s) => (s.years ? `${s.name} (${s.years}y)` : s.name)).join(", ")}`,
    );
  if (listed.length) out.push(`  listed only: ${listed.map((s) => s.name).join(", ")}`);
  if (r.softSkills?.length) out.push(`Soft skills: ${r.softSkills.map((s) => s.name).join(", ")}`);
  if (r.certificationSkills?.length)
    out.push(`Credentials named: ${r.certificationSkills.map((s) => s.name).join(", ")}`);
  if (r.languages.length)
    out.push(
      `Languages: ${r.languages.map((l) => (r.languageLevels?.[l] ? `${l} (${r.languageLevels[l]})` : l)).join(", ")}`,
    );
  out.push("");
  out.push(
    `Parse quality: ${r.quality} (confidence ${pct(r.confidence)}); ${r.source.kind}${r.source.ocr ? " via OCR" : ""}, ${r.source.pages} page(s)${r.source.columns > 1 ? ", two columns" : ""}`,
  );
  for (const w of r.warnings) out.push(`Note: ${w}`);
  return `${out.join("\n")}\n`;
}
