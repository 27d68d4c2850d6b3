/** /api/preferences: salary, location, remote and work values, through the profile service. */
import { preferencesSchema } from "../../../tools/profile/schemas.ts";
import { type AnyRoute, route } from "../route.ts";
import { objectSchema } from "../schemas.ts";
import { profileService } from "./profiles.ts";

const TAG = "Preferences";
const preferences = objectSchema(
  "Preferences",
  "desiredLocation, remote, relocate, relocateTo, salaryMin, salaryMax, salaryTarget, salaryCurrency, salaryPeriod, values",
);

export const preferenceRoutes: AnyRoute[] = [
  route({
    method: "get",
    path: "/api/preferences/",
    tag: TAG,
    summary: "Your job preferences",
    responses: {
      200: { description: "What you said you want (absent fields: not said yet)", schema: preferences },
    },
    async handler(ctx, { caller }) {
      return { body: (await profileService(ctx).get(caller.userId)).preferences };
    },
  }),
  route({
    method: "patch",
    path: "/api/preferences/",
    tag: TAG,
    summary: "Change preferences: fields given replace theirs, values are added",
    body: preferencesSchema,
    responses: { 200: { description: "All preferences after the change", schema: preferences } },
    async handler(ctx, { caller, req }) {
      return { body: (await profileService(ctx).setPreferences(caller.userId, req.body)).preferences };
    },
  }),
];
