/**
 * /api/profiles/resumes: the caller's stored resume files, and forgetting one of them with what
 * came only from it (tools/profile/forget-resume.ts, the same service as the chat's "delete my
 * resume" and `careercraft resumes forget`). GET …/forgetting/ shows what would go; DELETE with
 * confirm=true does it. Another person's resume id is 404 and changes nothing.
 */
import { z } from "zod";
import { CareerCraftError } from "../../../data/errors.ts";
import { forgetResume, listResumes } from "../../../tools/profile/forget-resume.ts";
import { type AnyRoute, route } from "../route.ts";
import { idParams } from "../schemas.ts";

const TAG = "Profile";

const resumeSchema = z
  .object({
    id: z.string(),
    filename: z.string(),
    mime: z.string(),
    sizeBytes: z.number().int(),
    status: z.enum(["received", "parsed", "failed"]),
    error: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: "StoredResume", description: "A resume file you uploaded (its bytes are not returned)" });

const itemSchema = z.object({
  kind: z.enum(["education", "experience", "projects", "certifications", "skills"]),
  id: z.string(),
  label: z.string(),
});

const forgettingSchema = z
  .object({
    resume: z.object({ id: z.string(), filename: z.string(), createdAt: z.string() }),
    removes: z.array(itemSchema),
    keeps: z.array(
      itemSchema.extend({ because: z.enum(["said_by_you", "in_other_resume", "origin_unknown"]) }),
    ),
    clears: z.array(z.string()),
    otherResumes: z.array(z.object({ id: z.string(), filename: z.string() })),
    done: z.boolean(),
  })
  .meta({
    id: "ResumeForgetting",
    description:
      "What forgetting a resume takes (removes: came from it alone), keeps (with why) and clears; done false for a preview",
  });

const confirmQuery = z.object({
  confirm: z
    .enum(["true", "false"])
    .optional()
    .meta({ description: "Must be true: the deletion cannot be undone (see …/forgetting/ first)" }),
});

export const resumeRoutes: AnyRoute[] = [
  route({
    method: "get",
    path: "/api/profiles/resumes/",
    tag: TAG,
    summary: "Your stored resume files, newest first",
    responses: { 200: { description: "Newest first", schema: z.object({ items: z.array(resumeSchema) }) } },
    async handler(ctx, { caller }) {
      return { body: { items: await listResumes(ctx.db, caller.userId) } };
    },
  }),
  route({
    method: "get",
    path: "/api/profiles/resumes/{id}/forgetting/",
    tag: TAG,
    summary: "What deleting this resume would take and keep (changes nothing)",
    params: idParams,
    responses: {
      200: { description: "The preview (done: false)", schema: forgettingSchema },
      400: { description: "Not a resume id" },
      404: { description: "No resume of yours has that id" },
    },
    async handler(ctx, { caller, params }) {
      return { body: await forgetResume(ctx.db, caller.userId, { resumeId: params.id, confirm: false }) };
    },
  }),
  route({
    method: "delete",
    path: "/api/profiles/resumes/{id}/",
    tag: TAG,
    summary: "Delete a resume and what came only from it (needs confirm=true)",
    description:
      "Deletes the file, its text and parse, and the entries and skills no other resume of yours lists and you did not add or edit yourself. With the last resume, the contact fields it filled in are cleared too. Everything else stays.",
    params: idParams,
    query: confirmQuery,
    responses: {
      200: { description: "What was deleted and kept (done: true)", schema: forgettingSchema },
      400: { description: "confirm=true missing, or not a resume id: nothing was deleted" },
      404: { description: "No resume of yours has that id: nothing was deleted" },
    },
    async handler(ctx, { caller, params, query }) {
      if (query.confirm !== "true") {
        // The id is checked first, so a wrong one is told as such rather than "add confirm".
        await forgetResume(ctx.db, caller.userId, { resumeId: params.id, confirm: false });
        throw new CareerCraftError(
          "validation",
          `Nothing was deleted: deleting a resume cannot be undone, so it needs ?confirm=true. GET /api/profiles/resumes/${params.id}/forgetting/ shows what would go.`,
        );
      }
      return { body: await forgetResume(ctx.db, caller.userId, { resumeId: params.id, confirm: true }) };
    },
  }),
];
