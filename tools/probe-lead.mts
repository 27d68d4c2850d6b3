import { understand } from "../agent/planner/understand.ts";
import { TOOL_NAMES } from "../agent/tools/schemas.ts";
const focus = JSON.parse(process.env.FOCUS ?? '{"hasProfile":true}');
for (const m of process.argv.slice(2)) {
  const r = await understand(m, { focus, attachments: [], available: new Set(TOOL_NAMES) });
  console.log(m, "=>", JSON.stringify(r.calls ?? r).slice(0, 160), JSON.stringify((r as any).says ?? "").slice(0,80), JSON.stringify((r as any).remember ?? "").slice(0,100));
}
