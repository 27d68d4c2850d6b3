/**
 * The facts for a 30-60-90 day plan in a new role (trial14 §7: "what should my 30-60-90 day plan
 * look like as a new CSM?" was refused as off-topic): the role as the role data names it and its
 * first duties, so the plan's steps name the work of that role rather than any job's.
 */
import { loadRoleFinder } from "../jobs/target.ts";
import { titleCase } from "../jobs/title-case.ts";
import { translateTitle } from "../jobs/translate-title.ts";

export interface FirstDaysFacts {
  role: string;
  /** Up to three duties of the role, as the role data words them. */
  duties: string[];
}

export async function firstDaysFacts(said: string): Promise<FirstDaysFacts | undefined> {
  const find = await loadRoleFinder();
  const english = translateTitle(said);
  const m = find(said) ?? (english ? find(english) : undefined);
  if (!m) return undefined;
  // An acronym or a title in another language is said back as the role data names it.
  const asData = /^[A-Z0-9]{2,5}$/.test(said.trim()) || !find(said);
  const role = titleCase(asData ? m.matchedTitle : said.trim());
  const duties = (m.extra?.duties ?? []).slice(0, 3).map((d) => d.replace(/\.$/, ""));
  return { role, duties };
}
