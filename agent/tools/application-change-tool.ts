/**
 * Corrects what was logged about an application — the day applied, the role, the company's
 * spelling — without touching its status history ("oops Chuy's was actually last friday not
 * yesterday" could not be said before: the date was read as the company's name). The change goes
 * through the applications service's updateApplication, the same one REST and the CLI use.
 */
import { updateApplication } from "../../tools/applications/index.ts";
import { appsContext, resolveApplication, summary } from "./application-tools.ts";
import { defineTool } from "./types.ts";

export const changeApplicationTool = defineTool({
  name: "change_application",
  description:
    "Correct a tracked application's day applied, role or company (by id or company name); its status and history stay as they are.",
  async run(args, ctx) {
    const actx = appsContext(ctx);
    const app = await resolveApplication(actx, args.application);
    const changed = await updateApplication(actx, app.id, {
      ...(args.appliedOn ? { appliedOn: args.appliedOn } : {}),
      ...(args.position ? { position: args.position } : {}),
      ...(args.company ? { company: args.company } : {}),
    });
    return {
      result: {
        ...summary(changed),
        before: { appliedOn: app.appliedOn, position: app.position, company: app.company },
      },
    };
  },
});
