/**
 * Which required gaps a FIT may stand beside, and why (issue 13 item 4: "FIT only when every
 * must-have is met or credibly near, said in the explanation"). A trial read "FIT 66%" for a
 * senior sales rep of twelve years with "CRM software" listed as a required HIGH gap and nothing
 * saying why the call could stand beside it. A required gap is credibly near only for a reason
 * the analysis itself shows:
 * - **partly met by work** — a related skill the person used earns the taxonomy's credit
 *   toward it (match.ts; a listed-only skill earns nothing here: the verdict's evidenced view);
 * - **its ask is met** — the ad line it was read from is met by a quoted resume line
 *   (evidence.ts): "7+ years of B2B sales" met by the sales roles makes the "Sales" named in it
 *   near, not open;
 * - **a tool of the work held** — the gap is one of the kinds of tools O*NET lists as central to
 *   the occupation the person's own titles read as (data/roles toolKinds marked required, and its core skills) and that
 *   work was held for years: a sales representative of twelve years has worked in a CRM.
 * - **a soft skill** — asked as required, it is judged at interview; a resume rarely shows it.
 * A gap with none of these is open: a FIT beside it is a call on balance and says so
 * (decide-verdict.ts). Turning such FITs into UNFIT was measured (branch verdict13t, dev + team +
 * the extra outside-style pairs): clear-pair accuracy 0.944 -> 0.833 on the dev pairs (FIT recall
 * 1.0 -> 0.72), 0.862 -> 0.828 on the team's, 0.605 -> 0.651 on the extra pairs with their FIT
 * recall 0.615 -> 0.231 — the analysis's own gap reading misses too much real work to gate on.
 */
import { getRoles } from "../../data/roles/index.ts";
import type { GroupResult } from "./match.ts";
import { occupationMatch } from "./occupation-match.ts";
import type { Context } from "./stage-context.ts";

export interface NearGap {
  name: string;
  /** Why it is credibly near, in words the explanation shows; absent when it is open. */
  near?: string;
}

/** A related skill's credit at least this (the taxonomy's related credit starts near 0.3). */
export const NEAR_CREDIT = 0.3;
/** Years of the held work before its occupation's central tools count as near. */
export const HELD_TOOL_YEARS = 2;

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The open required gaps (verdict-evidence.ts names) with the reason each is near, if any. */
export function nearGaps(ctx: Context, evidenced: GroupResult[], names: string[]): NearGap[] {
  const byLabel = new Map(evidenced.map((r) => [r.group.label, r]));
  let held: HeldTools | undefined | null = null;
  // The held occupation is read only when a gap needs it (it reads every title by meaning).
  const heldOnce = () => {
    if (held === null) held = heldOccupationTools(ctx);
    return held;
  };
  return names.map((name) => {
    const r = byLabel.get(name);
    if (!r) return { name };
    const near = softSkill(r) ?? relatedCredit(r) ?? askMet(ctx, r) ?? heldTool(heldOnce(), r);
    return near ? { name, near } : { name };
  });
}

/**
 * A soft skill asked as required ("Collaboration", "Work ethic") is what an interview judges: a
 * resume shows it at best in a duty's wording, so its absence there is no sign the person lacks
 * it.
 */
function softSkill(r: GroupResult): string | undefined {
  return r.group.type === "soft"
    ? `${r.group.label} — a soft skill, judged at interview more than on a resume`
    : undefined;
}

function relatedCredit(r: GroupResult): string | undefined {
  if (!r.match || r.credit < NEAR_CREDIT) return undefined;
  return `${r.group.label} — related work shown (${r.match.skill})`;
}

function askMet(ctx: Context, r: GroupResult): string | undefined {
  const line = squash(r.group.evidence);
  if (!line) return undefined;
  const met = ctx.evidence.find((e) => {
    if (!e.met || e.requirement.kind !== "required" || !e.quote || e.requirement.typicalOf) return false;
    const ask = squash(e.requirement.text);
    return ask.length > 0 && (line.includes(ask) || ask.includes(line));
  });
  return met ? `${r.group.label} — the ask it is part of is met ("${met.quote!.slice(0, 90)}")` : undefined;
}

interface HeldTools {
  title: string;
  ids: Set<string>;
}

/** The central kinds of tools of the occupation the person's titles read as, if held long enough. */
function heldOccupationTools(ctx: Context): HeldTools | undefined {
  if (ctx.experience.heldYears < HELD_TOOL_YEARS) return undefined;
  // The product path reads the occupation only for a described role; the same reader otherwise.
  const yours = (ctx.occupation ?? occupationMatch(ctx.profile, ctx.job, ctx.asOfMonth, true))?.yours;
  if (!yours) return undefined;
  const role = getRoles().get(yours.occupation.code);
  if (!role) return undefined;
  const ids = new Set<string>(role.coreSkills);
  for (const kind of role.toolKinds ?? []) {
    if (!kind.required) continue;
    if (kind.skillId) ids.add(kind.skillId);
    for (const t of kind.tools) ids.add(t);
  }
  return { title: yours.title.trim(), ids };
}

function heldTool(held: HeldTools | undefined, r: GroupResult): string | undefined {
  if (!held || !r.group.ids.some((id) => held.ids.has(id))) return undefined;
  return `${r.group.label} — central to the work you held as ${held.title}`;
}
