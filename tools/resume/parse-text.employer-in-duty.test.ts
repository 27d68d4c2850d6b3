/**
 * Found in a new-user trial (lead, 2026-12-03): a duty bullet naming a tool that is also a
 * company ("Managed the pipeline in Salesforce ...") right above the next job's title line made
 * an extra job "Sales Development Representative at Salesforce" — a job the person never held,
 * which then counts toward their experience. An employer the labeller finds inside a sentence
 * of duties, paired with a title the rules already read, is not another job.
 */
import { expect, it } from "vitest";
import { parseResumeText } from "./parse-text.ts";
import { loadSkillExtractor } from "./skills-port.ts";

const resume = `Lucia Ferrer
lucia.ferrer@example.org | Valencia, Spain

EXPERIENCE
Senior Account Executive, Rutaplan S.L., Valencia — Mar 2019 – present
- Closed new annual contracts worth 1.2M EUR in 2023
- Managed the pipeline in Salesforce; forecast accuracy within 5%

Sales Development Representative, Cargomar, Madrid — Jan 2016 – Feb 2019
- Booked 25 qualified demos per month for three account executives

EDUCATION
BBA, Business Administration — Universidad de Valencia, 2015
`;

it("does not make a job of a tool named in a duty above the next job", async () => {
  const r = await parseResumeText(resume, {
    now: new Date("2026-12-01T00:00:00Z"),
    skills: await loadSkillExtractor(),
  });
  expect(r.experience.map((e) => [e.title, e.company])).toEqual([
    ["Senior Account Executive", "Rutaplan S.L."],
    ["Sales Development Representative", "Cargomar"],
  ]);
});
