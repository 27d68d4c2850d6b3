/**
 * Read a resume from an attachment (or text pasted into the chat): keep the original and
 * its parse, merge it into the profile without overwriting what the person edited by
 * hand, and report what was added. The resume's text is data: nothing in it can steer
 * the agent, and it is never logged.
 */

import type { Attachment } from "../../contract/conversation.ts";
import type { ProfileSnapshot } from "../../contract/profile.ts";
import type { Queryable } from "../../data/db/types.ts";
import { CareerCraftError, isCareerCraftError } from "../../data/errors.ts";
import { createProfileRepository, type EntryKind } from "../../data/repositories/profile.ts";
import { createResumesRepository } from "../../data/repositories/resumes.ts";
import { type MergeReport, mergeResumeIntoProfile } from "../../tools/profile/merge.ts";
import { defineTool } from "./types.ts";

const CONTACT_FIELDS = ["name", "email", "phone", "location"] as const;

function pickAttachment(attachments: Attachment[], filename?: string): Attachment {
  if (attachments.length === 0)
    throw new CareerCraftError(
      "validation",
      "I don't see a file on this message. Please attach your resume again.",
    );
  if (!filename) return attachments[0];
  return (
    attachments.find((a) => a.filename === filename) ??
    attachments.find((a) => a.filename.toLowerCase() === filename.toLowerCase()) ??
    (attachments.length === 1 ? attachments[0] : undefined) ??
    (() => {
      throw new CareerCraftError(
        "not_found",
        `There is no attachment called "${filename.slice(0, 80)}" on this message.`,
      );
    })()
  );
}

/** Writes the merge into the stored profile, in one transaction. */
async function persistMerge(
  tx: Queryable,
  userId: string,
  merged: ProfileSnapshot & { fieldSources?: Record<string, string> },
  report: MergeReport,
) {
  const repo = createProfileRepository(tx);
  for (const added of report.added) {
    if (added.kind === "skills" || added.kind === "links" || added.kind === "languages") continue;
    await repo.addEntry(userId, added.kind as EntryKind, added.entry as Record<string, unknown>, "resume");
  }
  for (const changed of report.changed) {
    if (changed.kind === "skills" || changed.kind === "contact" || !changed.id) continue;
    const fields = Object.fromEntries(changed.changes.map((c) => [c.field, c.to]));
    await repo.updateEntry(userId, changed.kind as EntryKind, changed.id, fields, "resume");
  }
  const touchedSkills = new Set(
    [...report.added, ...report.changed].filter((x) => x.kind === "skills").map((x) => x.label),
  );
  for (const skill of merged.skills) if (touchedSkills.has(skill.name)) await repo.upsertSkill(userId, skill);
  const sources = merged.fieldSources ?? {};
  const contact: Record<string, string> = {};
  for (const field of CONTACT_FIELDS) {
    const value = merged.contact[field];
    if (value && sources[field] !== "manual") contact[field] = value;
  }
  if (merged.headline && sources.headline !== "manual") contact.headline = merged.headline;
  if (merged.summary && sources.summary !== "manual") contact.summary = merged.summary;
  await repo.setContactFields(userId, contact, "resume");
  await repo.setProfileMeta(userId, {
    links: merged.contact.links,
    languages: merged.languages,
    totalYearsExperience: merged.totalYearsExperience,
    parseConfidence: merged.parseConfidence,
  });
}

export const readResumeTool = defineTool({
  name: "read_resume",
  description:
    "Read the resume attached to the current message (by file name) or pasted as text, and merge it into the profile. Reports what was added; hand edits are kept.",
  async run(args, ctx) {
    const attachment: Attachment = args.text
      ? { filename: "pasted-resume.txt", mimeType: "text/plain", bytes: new TextEncoder().encode(args.text) }
      : pickAttachment(ctx.attachments, args.filename);
    const { toProfileSnapshot } = await import("../../tools/resume/to-profile.ts");
    const resumes = createResumesRepository(ctx.db);
    const stored = await resumes.create(ctx.userId, {
      filename: attachment.filename.slice(0, 300),
      mime: attachment.mimeType ?? "application/octet-stream",
      bytes: attachment.bytes,
    });
    ctx.emit({ type: "progress", stage: "resume", message: `Reading ${attachment.filename}…` });
    let parsed: Awaited<ReturnType<typeof ctx.resumeReader.read>>;
    try {
      // On a reader thread, in turn with everyone else's files, within the file limits.
      parsed = await ctx.resumeReader.read(ctx.userId, attachment.bytes, { signal: ctx.signal });
    } catch (error) {
      await resumes.markFailed(
        ctx.userId,
        stored.id,
        isCareerCraftError(error) ? error.userMessage : "parse failed",
      );
      throw error;
    }
    await resumes.markParsed(ctx.userId, stored.id, parsed.text, parsed);
    const snapshot = toProfileSnapshot(parsed);
    const report = await ctx.db.transaction(async (tx) => {
      const current = await createProfileRepository(tx).load(ctx.userId);
      const { profile, report } = mergeResumeIntoProfile(current, snapshot);
      await persistMerge(tx, ctx.userId, profile as never, report);
      return report;
    });
    ctx.logger.info(
      { userId: ctx.userId, resumeId: stored.id, quality: parsed.quality, skills: parsed.skills.length },
      "resume read",
    );
    const count = (kind: string) => report.added.filter((a) => a.kind === kind).length;
    return {
      result: {
        resumeId: stored.id,
        filename: attachment.filename,
        quality: parsed.quality,
        name: parsed.contact.name?.value ?? null,
        skills: snapshot.skills.length,
        topSkills: snapshot.skills.slice(0, 6).map((s) => s.name),
        experience: snapshot.experience.length,
        education: snapshot.education.length,
        added: {
          skills: count("skills"),
          experience: count("experience"),
          education: count("education"),
          projects: count("projects"),
          certifications: count("certifications"),
        },
        keptHandEdits: report.kept.length,
        ignoredInstructions: parsed.ignoredText.length,
        warnings: parsed.warnings.slice(0, 3),
      },
      parts: [
        {
          type: "list",
          title: `From ${attachment.filename}`,
          items: [
            ...snapshot.experience.slice(0, 5).map((e) => ({
              text: [e.title, e.company].filter(Boolean).join(" at ") || "Experience",
              detail: [e.start, e.current ? "present" : e.end].filter(Boolean).join(" – "),
            })),
            ...snapshot.education.slice(0, 3).map((e) => ({
              text: [e.degree, e.institution].filter(Boolean).join(", ") || "Education",
              detail: e.end ?? "",
            })),
            {
              text: `${snapshot.skills.length} skills`,
              detail: snapshot.skills
                .slice(0, 12)
                .map((s) => s.name)
                .join(", "),
            },
          ],
        },
      ],
      focus: { hasProfile: true, awaiting: null },
    };
  },
});
