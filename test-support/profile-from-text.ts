/** A profile as the app builds it from a pasted resume: the real parser and skill extractor. */
import type { ProfileSnapshot } from "../contract/profile.ts";
import { parseResumeText } from "../tools/resume/parse-text.ts";
import { loadSkillExtractor } from "../tools/resume/skills-port.ts";
import { toProfileSnapshot } from "../tools/resume/to-profile.ts";
import type { ParsedResume } from "../tools/resume/types.ts";

/** `now` anchors "Present" so a test's years do not drift with the calendar. */
export async function profileFromText(text: string, now: Date): Promise<ProfileSnapshot> {
  const parsed = await parseResumeText(text, { skills: await loadSkillExtractor(), now });
  return toProfileSnapshot({
    ...parsed,
    source: { kind: "text", bytes: text.length, pages: 1, ocr: false, columns: 1 },
  } as ParsedResume);
}
