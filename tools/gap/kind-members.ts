/**
 * A kind-of-tool ask met by any tool of the kind (issue 13, trial F10.3): O*NET files each
 * technology under a commodity class across all occupations (data/roles/kind-members.ts), so
 * "Human resources software (such as HRIS, Applicant tracking)" is met by ADP Workforce Now,
 * which the HR coordinator's own O*NET list does not name. The taxonomy's children (Epic under
 * EHR, Salesforce under CRM) already meet a kind; this adds the members the data knows.
 */
import { kindsOfTool, membersOfKind } from "../../data/roles/kind-members.ts";

/**
 * The kind the ask's tools share: the O*NET class that holds most of them, and at least half.
 * A described role's kind ask carries its class's name; a curated core's ("BI tool") does not,
 * so the class is read from its tools.
 */
export function kindOfAsk(ids: readonly string[], name?: string): string | undefined {
  if (name && membersOfKind(name).size > 0) return name;
  const votes = new Map<string, number>();
  for (const id of ids) for (const k of kindsOfTool(id)) votes.set(k, (votes.get(k) ?? 0) + 1);
  const [best] = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] * 2 >= ids.length ? best[0] : undefined;
}

/**
 * How a held tool meets the ask through its kind: "child" (full kind credit) for a kind-of-tool
 * ask whose class holds the tool; nothing for a plain ask. A plain ask naming a node with
 * children is not widened to its class: Kubernetes (Development environment software) is not
 * met by Docker, nor an ad's "HRIS" by a payroll tool; the taxonomy's children meet those.
 */
export function kindMemberVia(
  ask: { ids: readonly string[]; toolKind?: boolean; kindName?: string },
  heldId: string,
): "child" | undefined {
  if (!ask.toolKind) return undefined;
  const kind = kindOfAsk(ask.ids, ask.kindName);
  return kind && membersOfKind(kind).has(heldId) ? "child" : undefined;
}
