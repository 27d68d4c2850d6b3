/**
 * Why a requirement the person holds is still a gap, in words: a gap line read "Preferred
 * Microsoft PowerPoint at beginner level; you have Microsoft PowerPoint (beginner, via exact),
 * worth 75%" (issue 13 trial) without saying that the skill is only listed, with nothing
 * behind it, which is what cost the 25%.
 */
import { PROFICIENCY_ORDER } from "../../contract/profile.ts";
import { IN_PROGRESS_NOTE } from "./credentials-in-progress.ts";
import { type GroupResult, LISTED_ONLY_FACTOR, LISTED_ONLY_NOTE } from "./match.ts";

/** The causes of the shortfall, each a clause ("held at beginner level, below intermediate"). */
function shortfalls(r: GroupResult): string[] {
  const m = r.match;
  if (!m) return [];
  const out: string[] = [];
  if (m.via === "child") out.push(`${m.skill} is one kind of ${r.group.label}, not all of it`);
  else if (m.via === "related") out.push(`${m.skill} is related to ${r.group.label}, not the same skill`);
  else if (m.via === "semantic") out.push(`${m.skill} is only alike to ${r.group.label}`);
  if (PROFICIENCY_ORDER.indexOf(m.levelHeld) < PROFICIENCY_ORDER.indexOf(m.levelAsked))
    out.push(`held at ${m.levelHeld} level, below ${m.levelAsked}`);
  const years = /^(\d+(?:\.\d+)?) year\(s\) of use$/.exec(
    m.evidence.find((e) => /year\(s\) of use$/.test(e)) ?? "",
  );
  if (r.group.minYears && years && Number(years[1]) < r.group.minYears)
    out.push(`${years[1]} year(s) of use, fewer than ${r.group.minYears}`);
  if (m.evidence.includes(IN_PROGRESS_NOTE)) out.push(`${m.skill} is in progress, not yet held`);
  if (m.evidence.includes(LISTED_ONLY_NOTE))
    out.push(
      `only listed on your profile, with no role, project or certificate behind it (a listing counts ${Math.round(LISTED_ONLY_FACTOR * 100)}%)`,
    );
  return out;
}

/** The gap line of a requirement not fully met, with what is held and why it falls short. */
export function gapReason(r: GroupResult): string {
  const g = r.group;
  const ask = `${g.critical ? "Must-have" : g.kind === "required" ? "Required" : "Preferred"} ${g.label} at ${g.level} level${g.minYears ? ` with ${g.minYears}+ years` : ""}`;
  if (!r.match) return `${ask} is not on your profile.`;
  const m = r.match;
  const why = shortfalls(r);
  return `${ask}; you have ${m.skill} (${m.levelHeld}, via ${m.via}), worth ${Math.round(r.credit * 100)}%${why.length ? ` — ${why.join("; ")}` : ""}.`;
}
