import { describe, expect, it } from "vitest";
import { parseResumeText } from "../parse-text.ts";
import { loadSkillExtractor } from "../skills-port.ts";

const now = new Date("2024-06-01");

describe("job fields written like a list are not skills", () => {
  it("keeps the employer and town of a 'Title | Company | Town | dates' line out of the skills", async () => {
    const text = `Jonas Vogel
jonas.vogel@example.de · Hamburg, Germany

EXPERIENCE
Web Designer | Nordlicht Media GmbH | Hamburg | 04/2022 - 05/2024
- Built components in Angular with SASS for client design systems
Junior Designer | Studio Kiel | Kiel | 09/2020 - 03/2022
- Produced banners in Photoshop and Illustrator

SKILLS
Figma, Photoshop, Illustrator, HTML, CSS, SASS, Angular`;
    const r = await parseResumeText(text, { now, skills: await loadSkillExtractor() });
    const names = r.skills.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Figma", "Angular"]));
    expect(names).not.toContain("Hamburg");
    expect(names).not.toContain("Studio Kiel");
    expect(r.experience.map((e) => e.company)).toEqual(
      expect.arrayContaining(["Nordlicht Media GmbH", "Studio Kiel"]),
    );
  });

  it("keeps an unknown tool that is not a field of any entry", async () => {
    const text = `Ana Ruiz
ana@example.com

EXPERIENCE
Support Engineer | Acme Corp | Madrid | 01/2020 - 05/2024
- Answered tickets in Zendesk

SKILLS
Jira, Confluence, WinSCP, PuTTY, Git`;
    const r = await parseResumeText(text, { now, skills: await loadSkillExtractor() });
    expect(r.skills.map((s) => s.name)).toContain("WinSCP");
  });
});
