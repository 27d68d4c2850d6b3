/**
 * "My salary expectation is at least 90000 EUR", "remote only", "I care about mentoring":
 * what the person wants from a job, stored through the profile service (the same one the
 * REST API uses). The salary, location and culture-fit scores of the next analysis read it.
 */
import { profileServiceFor } from "./career-deps.ts";
import { defineTool } from "./types.ts";

export const setPreferencesTool = defineTool({
  name: "set_preferences",
  description:
    "Store what the person wants from a job: salary expectation (amount, currency, period), desired location, remote/hybrid/onsite, willingness to relocate, work values. Only fields they stated.",
  async run(args, ctx) {
    const { preferences, changed } = await profileServiceFor(ctx.db).setPreferences(ctx.userId, args);
    return { result: { preferences, changed } };
  },
});
