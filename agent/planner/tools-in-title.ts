/**
 * "6 years Python/Postgres/AWS engineer", "react/node developer for 3 yrs": the tools said in
 * front of the job are skills held, and the job is what is left ("engineer" of software tools
 * is a software engineer). The trial (F18.1) found only the whole phrase saved as a job title,
 * then "Python … not on your profile". Tools are what the skill extractor takes on their own
 * (technical, known); anything else in front of the job stays part of the title.
 */
import { extractSkills } from "../../tools/skills/extract.ts";

export interface ToolsInTitle {
  /** Taxonomy names of the tools said in front of the job. */
  tools: string[];
  /** The job's own words, "Software" put before a bare engineer or developer of software tools. */
  title: string;
}

const BARE_SOFTWARE_JOB = /^(?:engineer|developer|dev|programmer|architect)$/i;

/** The tools in front of a job phrase, or undefined when it starts with none. */
export function toolsInTitle(phrase: string): ToolsInTitle | undefined {
  const words = phrase.trim().split(/\s+/);
  const tools: string[] = [];
  let used = 0;
  for (const word of words) {
    const parts = word.split(/[/+,&]/).filter(Boolean);
    const known = parts.map(
      (p) => extractSkills(p).find((s) => s.type === "technical" && !s.unrecognised)?.name,
    );
    if (parts.length === 0 || known.some((k) => !k)) break;
    tools.push(...(known as string[]));
    used++;
  }
  if (tools.length === 0 || used === words.length) return undefined;
  const rest = words.slice(used).join(" ");
  return { tools: [...new Set(tools)], title: BARE_SOFTWARE_JOB.test(rest) ? `Software ${rest}` : rest };
}
