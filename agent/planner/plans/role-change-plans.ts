/**
 * The plan for change_role, the intent of a job left said in any language ("dejé Acme en marzo",
 * "ich habe Acme im März verlassen"): the English rules of role-change-said.ts (they also run
 * before the model) read first, and role-left-words.ts's readers fill what they did not (the
 * month said after a comma, "two weeks ago", every other language).
 */
import { intentModel } from "../nlu/intent-model.ts";
import { roleLeft } from "../role-change-said.ts";
import { roleLeftAnyLanguage } from "../role-left-words.ts";
import { call, calls } from "../types.ts";
import type { Planner } from "./plan-kit.ts";

export const ROLE_CHANGE_PLANS: Record<string, Planner> = {
  change_role: (seg, ctx) => {
    const language = intentModel().language.detect(seg.raw, ctx.focus.language).language;
    const rules = roleLeft(seg.raw);
    const any = roleLeftAnyLanguage(seg.raw, language);
    const role = rules?.role ?? any.role;
    const end = rules?.end ?? any.end;
    return calls(
      call("change_role", { ...(role ? { role } : {}), ...(end ? { end } : { left: true }), said: any.said }),
    );
  },
};
