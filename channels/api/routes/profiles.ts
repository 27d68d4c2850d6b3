/**
 * /api/profiles: the caller's profile, contact edits, a resume upload that fills it in
 * (hand edits are kept), and education, experience, projects and certifications entries.
 */
import type { Request } from "express";
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import { createProfileRepository, type EntryKind } from "../../../data/repositories/profile.ts";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { correctEntry } from "../../../tools/profile/entry-correction.ts";
import { entryCorrectionSchema } from "../../../tools/profile/entry-correction-schema.ts";
import { countAdded, importResume } from "../../../tools/profile/resume-import.ts";
import { contactSchema, entryFieldSchemas, entrySchemas } from "../../../tools/profile/schemas.ts";
import { createProfileService } from "../../../tools/profile/service.ts";
import { detectDocumentKind } from "../../../tools/resume/extract/detect-type.ts";
import { receiveOneFile, tooLarge, UPLOAD_TYPES } from "../../web/routes/uploads.ts";
import type { ApiContext } from "../context.ts";
import { type AnyRoute, route } from "../route.ts";
import { idParams, objectSchema, okSchema } from "../schemas.ts";

const TAG = "Profile";

export const profileService = (ctx: ApiContext) =>
  createProfileService(createProfileRepository(ctx.db), getTaxonomy());

const profileSchema = objectSchema(
  "Profile",
  "contact, headline, summary, education, experience, projects, certifications, skills, languages, preferences",
);

const KINDS: { kind: EntryKind; path: string; one: string }[] = [
  { kind: "education", path: "education", one: "education entry" },
  { kind: "experience", path: "experience", one: "experience entry" },
  { kind: "projects", path: "projects", one: "project" },
  { kind: "certifications", path: "certifications", one: "certification" },
];

function entryRoutes(kind: EntryKind, path: string, one: string): AnyRoute[] {
  const base = `/api/profiles/${path}/`;
  const entry = objectSchema(
    `${kind[0]!.toUpperCase()}${kind.slice(1)}Entry`,
    `A stored ${one}, with its id`,
  );
  const find = async (ctx: ApiContext, userId: string, id: string) => {
    const found = (await profileService(ctx).get(userId))[kind].find((e) => e.id === id);
    if (!found) throw new CareerCraftError("not_found", `No ${one} with id ${id}.`);
    return found;
  };
  return [
    route({
      method: "get",
      path: base,
      tag: TAG,
      summary: `Your ${kind}`,
      responses: { 200: { description: "Oldest first", schema: z.object({ items: z.array(entry) }) } },
      async handler(ctx, { caller }) {
        return { body: { items: (await profileService(ctx).get(caller.userId))[kind] } };
      },
    }),
    route({
      method: "post",
      path: base,
      tag: TAG,
      summary: `Add a ${one}`,
      body: entrySchemas[kind],
      responses: { 201: { description: "Stored", schema: entry } },
      async handler(ctx, { caller, req }) {
        const { id } = await profileService(ctx).addEntry(caller.userId, kind, req.body);
        return { status: 201, body: await find(ctx, caller.userId, id) };
      },
    }),
    route({
      method: "patch",
      path: `${base}{id}/`,
      tag: TAG,
      summary: `Change fields of a ${one} (fields left out stay as they are)`,
      params: idParams,
      body: entryFieldSchemas[kind].partial(),
      responses: { 200: { description: "The entry after the change", schema: entry } },
      async handler(ctx, { caller, params, req }) {
        // The raw body: the service tells "left out" from "cleared", which defaults would blur.
        await profileService(ctx).updateEntry(caller.userId, kind, params.id, req.body ?? {});
        return { body: await find(ctx, caller.userId, params.id) };
      },
    }),
    route({
      method: "delete",
      path: `${base}{id}/`,
      tag: TAG,
      summary: `Delete a ${one}`,
      params: idParams,
      responses: { 200: { description: "Deleted", schema: okSchema } },
      async handler(ctx, { caller, params }) {
        await profileService(ctx).removeEntry(caller.userId, kind, params.id);
        return { body: { ok: true } };
      },
    }),
  ];
}

async function receiveResume(ctx: ApiContext, req: Request) {
  if (!req.is("multipart/form-data"))
    throw new CareerCraftError(
      "unsupported_type",
      'Send the resume as multipart/form-data in a field named "file".',
    );
  const maxBytes = ctx.config.resume.maxBytes;
  // An obviously oversize body is refused before reading it (multipart adds a little framing).
  if (Number(req.get("content-length") ?? 0) > maxBytes + 64 * 1024) throw tooLarge(maxBytes);
  const file = await receiveOneFile(req, maxBytes);
  // Decided from the bytes, never the name: a 415 says what the file really is.
  const type = UPLOAD_TYPES[detectDocumentKind(file.bytes)];
  return {
    filename: file.filename.replace(/[\\/\u0000-\u001f]/g, "_").slice(-200),
    mimeType: type.mimeType,
    bytes: file.bytes,
  };
}

export const profileRoutes: AnyRoute[] = [
  route({
    method: "get",
    path: "/api/profiles/",
    tag: TAG,
    summary: "Your profile",
    responses: { 200: { description: "The stored profile", schema: profileSchema } },
    async handler(ctx, { caller }) {
      return { body: await profileService(ctx).get(caller.userId) };
    },
  }),
  route({
    method: "patch",
    path: "/api/profiles/",
    tag: TAG,
    summary: "Change contact fields, headline or summary (a later resume never overwrites them)",
    body: contactSchema,
    responses: { 200: { description: "The profile after the change", schema: profileSchema } },
    async handler(ctx, { caller, body }) {
      await profileService(ctx).updateContact(caller.userId, body);
      return { body: await profileService(ctx).get(caller.userId) };
    },
  }),
  route({
    method: "post",
    path: "/api/profiles/upload-resume/",
    tag: TAG,
    summary: "Upload a resume (PDF, DOCX, PNG/JPEG/WebP, text) to fill in your profile",
    description:
      "multipart/form-data with the file in the field `file`, at most RESUME_MAX_BYTES (10 MB by default). The type is read from the bytes. What you edited by hand is kept.",
    limit: "heavy",
    multipart: { field: "file", description: "The resume file" },
    responses: {
      201: {
        description: "What was read and added",
        schema: z.object({
          resumeId: z.string(),
          filename: z.string(),
          quality: z.unknown(),
          added: z.record(z.string(), z.number().int()),
          keptHandEdits: z.number().int(),
          warnings: z.array(z.string()),
          profile: profileSchema,
        }),
      },
      413: { description: "The file is too large" },
      415: { description: "Not a resume file type (or not multipart)" },
      422: { description: "The file is damaged or unreadable" },
    },
    async handler(ctx, { caller, req }) {
      const file = await receiveResume(ctx, req);
      const result = await importResume(ctx.db, caller.userId, file, ctx.resumeReader);
      return {
        status: 201,
        body: {
          resumeId: result.resumeId,
          filename: file.filename,
          quality: result.parsed.quality,
          added: countAdded(result.report),
          keptHandEdits: result.report.kept.length,
          warnings: result.parsed.warnings.slice(0, 5),
          profile: await profileService(ctx).get(caller.userId),
        },
      };
    },
  }),
  route({
    method: "post",
    path: "/api/profiles/corrections/",
    tag: TAG,
    summary: "Correct or remove an entry named by words or by its place in the profile (as the chat does)",
    description:
      "`which` names the entry by words of its title, company, degree, school or name; `position` by its place in the profile as listed (education, experience, projects, certifications). When no entry or several answer, nothing changes and `entries` lists the ones that could be meant.",
    body: entryCorrectionSchema,
    responses: {
      200: {
        description: "What changed, or (changed: false) why nothing did",
        schema: objectSchema(
          "EntryCorrectionResult",
          "changed, action, kind, before, after, fields | reason, entries",
        ),
      },
    },
    async handler(ctx, { caller, req }) {
      return { body: await correctEntry(profileService(ctx), caller.userId, req.body ?? {}) };
    },
  }),
  ...KINDS.flatMap(({ kind, path, one }) => entryRoutes(kind, path, one)),
];
