/**
 * A job whose duties tell the person's progression at one employer, stage by stage ("first year
 * as trainee …", "second year as sales assistant …", "last six months as acting team leader …";
 * trial19: a school-leaver's job read as "trainee, 2004 – present" though the trainee year had
 * long ended). The job's date range covers every stage, so its title is the last stage's, the one
 * held now or when the job ended; the earlier stages are positions held within it.
 */
import type { ParsedExperience } from "../types.ts";

/** The stage's time, then "as" and the title: "first year as", "last six months as", "then as". */
const STAGE =
  /^(?:[-•*]\s*)?(?:(?:for\s+)?(?:the\s+)?(?:first|second|third|fourth|fifth|final|last|next|following|then|later|finally)\b[^,.;]{0,25}?\s+as|(?:then|later|finally)\s+(?:promoted\s+to|as))\s+(?:an?\s+)?([A-Za-z][A-Za-z&/'-]*(?:\s+[A-Za-z][A-Za-z&/'-]*){0,4}?)(?=\s+(?:with|in|on|at|for|of|from|responsible|covering|handling|working|where|during|and\s+then)\b|\s*[,;.(]|\s*$)/i;
/** A run of stages opens with the first one ("first year as"): a lone "then as" is no run. */
const FIRST_STAGE = /^(?:[-•*]\s*)?(?:for\s+)?(?:the\s+)?first\b/i;

/** The stage titles a job's duties name, in the order written (at least two, the first "first …"). */
export function stageTitles(bullets: string[]): string[] {
  const titles: string[] = [];
  for (const line of bullets) {
    const m = STAGE.exec(line.trim());
    if (!m) continue;
    if (titles.length === 0 && !FIRST_STAGE.test(line.trim())) continue;
    titles.push(m[1]!.trim());
  }
  return titles.length >= 2 ? titles : [];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Each job whose duties name its stages takes the last stage as its title; the others become positions. */
export function withLatestStageTitles(experience: ParsedExperience[]): ParsedExperience[] {
  return experience.map((job) => {
    const stages = stageTitles(job.bullets);
    const latest = stages.at(-1);
    if (!latest || (job.title && same(job.title, latest))) return job;
    const earlier = [job.title, ...stages.slice(0, -1), ...(job.positions ?? []).map((p) => p.title)].filter(
      (t): t is string => !!t && !same(t, latest),
    );
    const positions = earlier
      .filter((t, i) => earlier.findIndex((o) => same(o, t)) === i)
      .map((title) => ({ title }));
    return { ...job, title: latest, ...(positions.length > 0 ? { positions } : {}) };
  });
}
