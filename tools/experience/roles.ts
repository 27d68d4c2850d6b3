/**
 * Experience you can trust: how long each role ran (a current role runs to "now", which the
 * caller supplies, so the result stays deterministic), what kind of role it was (an
 * internship or part-time work counts for less than a full-time job), and years over many
 * roles with overlaps merged. Used by the resume parser (years per skill) and by the gap
 * analysis (relevant years, years per requirement), so both count the same way.
 */
import type { ExperienceEntry, PartialDate } from "../../contract/profile.ts";

export type RoleKind = "full_time" | "part_time" | "internship";

/** Titles and lines that make a role an internship or a traineeship. */
const INTERNSHIP =
  /\b(?:intern(?:ship)?s?|trainee(?:ship)?|apprentice(?:ship)?|co-?op(?:\s+student)?|work\s+placement|industrial\s+placement|working\s+student|werkstudent|summer\s+(?:analyst|associate)|student\s+(?:assistant|worker|employee))\b/i;
const PART_TIME = /\bpart[-\s]?time\b|\b(?:\d{1,2})\s*(?:h|hrs?|hours)\s*(?:\/|per|a)\s*week\b/i;

/** An internship counts at this share of a full-time month... */
export const INTERNSHIP_WEIGHT = 0.5;
/** ...for at most this many months of the internship: a long "internship" is not seniority. */
export const INTERNSHIP_MAX_MONTHS = 12;
export const PART_TIME_WEIGHT = 0.5;

export type RoleLike = Pick<ExperienceEntry, "title" | "start" | "end" | "current"> & {
  company?: string;
  bullets?: string[];
  /**
   * Share of its months the role counts for the question asked (1 when absent): a role adjacent
   * to the job's work (a supervisor toward a manager of the same work) counts less.
   */
  weight?: number;
  /** Why a role of reduced weight counts at all, when it is not the same work under another name. */
  adjacentBecause?: string;
};

export function roleKind(role: RoleLike): RoleKind {
  const head = `${role.title ?? ""} ${role.company ?? ""}`;
  if (INTERNSHIP.test(head)) return "internship";
  if (PART_TIME.test(head) || (role.bullets ?? []).slice(0, 2).some((b) => PART_TIME.test(b)))
    return "part_time";
  return "full_time";
}

/** "2019", "2019-07" -> months since year 0 (January = 0); undefined when not a date. */
export function monthOf(date: PartialDate | undefined): number | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{1,2}))?/.exec(date);
  if (!m) return undefined;
  return Number(m[1]) * 12 + (m[2] ? Number(m[2]) - 1 : 0);
}

export function monthLabel(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/**
 * [from, to) in months: "2019-01 to 2021-01" is 24 months; a current (or open) role runs to
 * `now`. Undefined when the role has no usable start, or its end precedes its start.
 */
export function roleInterval(role: RoleLike, now: number | undefined): [number, number] | undefined {
  const from = monthOf(role.start);
  if (from === undefined) return undefined;
  const open = role.current || !role.end || /present|current|now|today|date/i.test(role.end);
  const to = open ? now : monthOf(role.end);
  if (to === undefined || to < from) return undefined;
  return [from, to];
}

export interface CountedRole {
  role: RoleLike;
  kind: RoleKind;
  /** Calendar months the role ran. */
  months: number;
  /** Full-time-equivalent months it adds. */
  counted: number;
}

export interface YearsCount {
  /** Full-time-equivalent years, overlaps merged, one decimal. */
  years: number;
  /** Calendar years covered, overlaps merged, one decimal. */
  calendarYears: number;
  roles: CountedRole[];
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10;

function monthWeight(kind: RoleKind, monthInRole: number): number {
  if (kind === "internship") return monthInRole < INTERNSHIP_MAX_MONTHS ? INTERNSHIP_WEIGHT : 0;
  return kind === "part_time" ? PART_TIME_WEIGHT : 1;
}

/** Longer than a working life: a date typo, not a career. */
const MAX_MONTHS = 60 * 12;

/**
 * Years over the roles, each month counted once at the weight of the best role that month
 * (two part-time jobs in 2019 are not two years; an internship beside a full-time job adds
 * nothing).
 */
export function countYears(roles: RoleLike[], now: number | undefined): YearsCount {
  const byMonth = new Map<number, number>();
  const counted: CountedRole[] = [];
  for (const role of roles) {
    const interval = roleInterval(role, now);
    if (!interval) continue;
    const kind = roleKind(role);
    const [from, to] = interval;
    const span = Math.min(to - from, MAX_MONTHS);
    let own = 0;
    for (let i = 0; i < span; i++) {
      const w = monthWeight(kind, i) * (role.weight ?? 1);
      own += w;
      const seen = byMonth.get(from + i);
      if (seen === undefined || w > seen) byMonth.set(from + i, w);
    }
    counted.push({ role, kind, months: span, counted: own });
  }
  let fte = 0;
  let calendar = 0;
  for (const w of byMonth.values()) {
    fte += w;
    calendar += 1;
  }
  return { years: oneDecimal(fte / 12), calendarYears: oneDecimal(calendar / 12), roles: counted };
}

/** "Data Analyst Intern at Acme (2017-05–present, internship: counted 0.5 yr)". */
export function describeRole(c: CountedRole): string {
  const r = c.role;
  const when = `${r.start ?? "?"}–${r.current || !r.end ? "present" : r.end}`;
  const base = `${r.title ?? "role"}${r.company ? ` at ${r.company}` : ""} (${when}`;
  // Read as related work, not counted (tools/gap/related-work.ts): named so the person sees it was read.
  if (r.weight === 0)
    return `${base}, related work${r.adjacentBecause ? ` (${r.adjacentBecause})` : ""}, not counted toward the years asked)`;
  if (r.weight !== undefined && r.weight < 1)
    return `${base}, adjacent work${r.adjacentBecause ? ` (${r.adjacentBecause})` : ""}: counted ${oneDecimal(c.counted / 12)} of ${oneDecimal(c.months / 12)} yr)`;
  if (c.kind === "full_time") return `${base})`;
  const kind = c.kind === "internship" ? "internship" : "part-time";
  return `${base}, ${kind}: counted ${oneDecimal(c.counted / 12)} of ${oneDecimal(c.months / 12)} yr)`;
}

/** The titles a person has held, the job they hold (or held last) first. */
export function titlesLatestFirst(roles: RoleLike[]): string[] {
  return roles
    .filter((r) => r.title)
    .map((r) => ({ title: r.title!, current: r.current ? 1 : 0, start: monthOf(r.start) ?? 0 }))
    .sort((a, b) => b.current - a.current || b.start - a.start)
    .map((r) => r.title);
}
