/**
 * Plain questions about where the person stands, answered from their stored facts
 * (tools/advice/standing.ts): short, with only the figures the profile and the last analysis
 * hold, and next steps as quick replies. Trial 2026-12-06: "is it too late at my age?" was asked
 * back "which of these?", "how many years experience did you count" went to application stats,
 * "hi again, where was I?" got "Hello!" only.
 */
import type { AdviceFacts, Standing } from "../../tools/advice/types.ts";
import type { Advice } from "./advice-words.ts";
import { listWords } from "./variety.ts";

const ANALYSE = { label: "Am I a fit?", text: "am I a fit?" };
const SET_TARGET = { label: "Set a target job", text: "I want to be a " };
const GAPS = { label: "What am I missing?", text: "what am I missing?" };
const ROADMAP = { label: "Make me a roadmap", text: "make me a roadmap" };

const EMPTY: Standing = { roles: [], totalYears: 0 };
const standingOf = (f: AdviceFacts): Standing => f.standing ?? EMPTY;

const years = (n: number) => `${n} year${n === 1 ? "" : "s"}`;
const span = (months: number) => (months >= 12 ? years(Math.round(months / 12)) : `${months} months`);

function roleLine(r: Standing["roles"][number]): string {
  const name = [r.title, r.company].filter(Boolean).join(" at ");
  const dates = r.start ? ` (${r.start} – ${r.current ? "now" : (r.end ?? r.start)})` : " (no dates)";
  return `${name}${dates}${r.years !== undefined ? `, ${years(r.years)}` : ""}`;
}

/** "For Data Analyst you're UNFIT (readiness 42/100); the top gaps: SQL, Tableau." */
function verdictLine(s: Standing): string | undefined {
  if (!s.target) return undefined;
  if (!s.verdict) return `Your target is ${s.target}; I haven't checked your fit for it yet.`;
  const gaps = s.verdict.topGaps.length ? `; the top gaps: ${listWords(s.verdict.topGaps, 3)}` : "";
  return `For ${s.target} you're ${s.verdict.verdict} (readiness ${s.verdict.readiness}/100)${gaps}.`;
}

/** The next steps that fit: a target to set, a fit check to run, or the gaps and a plan. */
function nextSteps(s: Standing): Advice["choices"] {
  if (!s.target) return [SET_TARGET, { label: "Show my profile", text: "show my profile" }];
  if (!s.verdict) return [ANALYSE];
  return s.verdict.topGaps.length ? [GAPS, ROADMAP] : [ROADMAP];
}

export function ageAnswer(f: AdviceFacts): Advice {
  const s = standingOf(f);
  const held = s.totalYears
    ? ` Your ${years(s.totalYears)} of experience count for you, not against you.`
    : "";
  return {
    text: [
      `Age isn't part of my analysis: I compare what a job asks for with what you bring, and many people change careers later in their working life.${held}`,
      verdictLine(s) ?? "Tell me the job you want and I'll show exactly what you have and what is missing.",
    ].join(" "),
    choices: nextSteps(s),
  };
}

export function timeOutAnswer(f: AdviceFacts): Advice {
  const s = standingOf(f);
  const b = s.careerBreak;
  const kept = s.totalYears
    ? `A break doesn't take away your experience: I still count ${years(s.totalYears)} from your roles.`
    : "A break doesn't take away experience you have; tell me your past roles with their years and I'll count them.";
  const shown = b
    ? ` Your profile shows ${span(b.months)} ${b.ongoing ? "since" : "after"} ${b.before ? `your ${b.before} role` : "your last role"}${b.ongoing ? " ended" : ""}.`
    : "";
  const where =
    verdictLine(s) ??
    "Whether you qualify depends on the job: tell me the one you want and I'll check it against your profile.";
  return {
    text: `${kept}${shown} ${where} Skills you used before still count; a short recent course in the tools the job names shows you're current.`,
    choices: [...nextSteps(s), { label: "Explain my break", text: "how do I explain the gap on my resume?" }],
  };
}

export function experienceCountedAnswer(f: AdviceFacts): Advice {
  const s = standingOf(f);
  if (s.roles.length === 0)
    return {
      text: 'I count no years yet: your profile has no roles. Tell me a job you held with its dates ("cashier at Target, 2019 to 2023") or attach your resume.',
      choices: [{ label: "Add a role", text: "I worked as a " }],
    };
  const dated = s.roles.filter((r) => r.start);
  const undated = s.roles.length - dated.length;
  const lines = s.roles.slice(0, 5).map((r) => `• ${roleLine(r)}`);
  const note = undated
    ? `${undated === 1 ? "One role has" : `${undated} roles have`} no dates, so ${undated === 1 ? "it adds" : "they add"} no years: tell me when.`
    : "Overlapping roles count once.";
  const forJob = s.verdict?.experience ? `For ${s.target}: ${s.verdict.experience}` : undefined;
  return {
    text: [
      `I count ${years(s.totalYears)} of experience, from the roles on your profile:`,
      ...lines,
      note,
      forJob,
    ]
      .filter(Boolean)
      .join("\n"),
    choices: [
      { label: "Correct a role's dates", text: "correct the dates of " },
      ...(s.target ? [ANALYSE] : [SET_TARGET]),
    ],
  };
}

function when(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: timeZone ?? "UTC",
  }).format(new Date(iso));
}

export function recapAnswer(f: AdviceFacts): Advice {
  const s = standingOf(f);
  const lines: string[] = [];
  lines.push(s.target ? `Target: ${s.target}.` : "You haven't set a target job yet.");
  const verdict = s.verdict ? verdictLine(s) : undefined;
  if (verdict) lines.push(verdict);
  const r = s.roadmap;
  if (r && r.stale)
    lines.push(`Your roadmap is for ${r.forTarget ?? "your previous target"}, not ${s.target}.`);
  else if (r?.currentWeek)
    lines.push(`Roadmap: week ${r.currentWeek} of ${r.weeks}${r.weekTitle ? ` (${r.weekTitle})` : ""}.`);
  else if (r) lines.push(`Roadmap: all ${r.weeks} weeks done.`);
  const n = s.nextReminder;
  if (n)
    lines.push(
      n.kind === "interview"
        ? `Next: your ${n.company ?? ""} interview${n.subjectAt ? ` ${when(n.subjectAt, s.timeZone)}` : ""} (reminder ${when(n.dueAt, s.timeZone)}).`.replace(
            "your  ",
            "your ",
          )
        : `Next: a follow-up reminder${n.company ? ` for ${n.company}` : ""} on ${when(n.dueAt, s.timeZone)}.`,
    );
  const choices: Advice["choices"] = [];
  if (r && !r.stale && r.currentWeek)
    choices.push({ label: `Show week ${r.currentWeek}`, text: `show week ${r.currentWeek}` });
  if (r?.stale || (!r && s.verdict)) choices.push(ROADMAP);
  if (s.target && !s.verdict) choices.push(ANALYSE);
  if (!s.target) choices.push(SET_TARGET);
  if (n) choices.push({ label: "My applications", text: "show my applications" });
  return { text: `Welcome back. Here's where you are:\n${lines.join("\n")}`, choices };
}
