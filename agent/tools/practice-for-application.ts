/**
 * "drill me for the Acme phone screen": practice for a tracked application's interview is
 * practice for that application's role (trial13 finding 11: it was read as news of a phone
 * screen). The application is named the way every application tool names one (id or company).
 */
import { ROLE_NOT_GIVEN } from "../../tools/applications/input.ts";
import { appsContext, resolveApplication } from "./application-tools.ts";
import type { ToolContext } from "./types.ts";

/** The role to practise for the application named, or undefined when it has no role logged. */
export async function roleOfApplication(ctx: ToolContext, application: string): Promise<string | undefined> {
  const record = await resolveApplication(appsContext(ctx), application);
  return record.position && record.position !== ROLE_NOT_GIVEN ? record.position : undefined;
}
