/**
 * The reply to "delete my resume": before the yes, what goes and what stays, then the question;
 * after it, what went. Names, grouped by kind, a few of each: the person checks the list before
 * saying yes, so it must be short enough to read.
 */
import type { ToolResults } from "../tools/results.ts";
import { listWords, plural } from "./variety.ts";

type Result = ToolResults["forget_resume"];

const KIND_NOUNS: Record<string, [string, string]> = {
  experience: ["job", "jobs"],
  education: ["education entry", "education entries"],
  projects: ["project", "projects"],
  certifications: ["certificate", "certificates"],
  skills: ["skill", "skills"],
};

/** "2 jobs (Cook at Nopa, Server at Zuni), 3 skills (Excel, SQL and Tableau)". */
function grouped(items: { kind: string; label: string }[]): string {
  const parts: string[] = [];
  for (const [kind, [one, many]] of Object.entries(KIND_NOUNS)) {
    const labels = items.filter((i) => i.kind === kind).map((i) => i.label);
    if (labels.length) parts.push(`${plural(labels.length, one, many)} (${listWords(labels, 4)})`);
  }
  return listWords(parts, 5);
}

const CONTACT_WORDS: Record<string, string> = { headline: "headline", summary: "summary" };

function keptWords(r: Result): string {
  const yours = r.keeps.filter((k) => k.because === "said_by_you");
  const elsewhere = r.keeps.filter((k) => k.because !== "said_by_you");
  const out: string[] = [];
  if (yours.length) out.push(`I keep what you told me or changed yourself: ${grouped(yours)}.`);
  if (elsewhere.length)
    out.push(
      `I also keep what your other resume lists too (or I can't tell which resume it came from): ${grouped(elsewhere)}.`,
    );
  return out.join(" ");
}

export function forgetResumeWords(r: Result): string {
  const what = r.removes.length
    ? grouped(r.removes)
    : "nothing else (everything it lists is also yours or in another resume)";
  const contact = r.clears.length
    ? ` Your ${listWords(r.clears.map((c) => CONTACT_WORDS[c] ?? c))} from it ${r.forgotten ? "were" : "will be"} cleared too.`
    : "";
  const others = r.otherResumes.length
    ? ` Your other ${r.otherResumes.length === 1 ? "resume" : "resumes"} (${listWords(
        r.otherResumes.map((f) => `"${f}"`),
        3,
      )}) ${r.otherResumes.length === 1 ? "stays" : "stay"}.`
    : "";
  const kept = keptWords(r);
  if (r.forgotten)
    return `Done — I deleted your resume "${r.filename}" and what came only from it: ${what}.${contact}${kept ? ` ${kept}` : ""}${others}`;
  return `This deletes your resume "${r.filename}" (uploaded ${r.uploaded}) for good, with what came only from it: ${what}.${contact}${kept ? ` ${kept}` : ""}${others} Nothing else in your account changes. Delete it? Reply "yes" or "no".`;
}
