/**
 * Generates a realistic job search for one person straight into the database: many
 * applications over half a year, their status histories (some changes undone), sources
 * typed every which way, and linked analyses. Deterministic per seed. Used by the
 * analytics benchmark and by the test that holds SQL and TypeScript counts together.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../data/db/types.ts";
import { addDays } from "../tools/applications/dates.ts";

export interface SeedOptions {
  count: number;
  /** Today (YYYY-MM-DD): applications fall in the 180 days before it. */
  today: string;
  seed?: number;
}

/** Deterministic pseudo-random numbers (a linear congruential generator). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** How far one application got, in shares that look like a real search. */
function stagesFor(r: number): string[] {
  if (r < 0.05) return ["saved"];
  if (r < 0.4) return ["applied"];
  if (r < 0.5) return ["applied", "ghosted"];
  if (r < 0.55) return ["applied", "ghosted", "phone_screen"];
  if (r < 0.72) return ["applied", "rejected"];
  if (r < 0.8) return ["applied", "phone_screen", "rejected"];
  if (r < 0.86) return ["applied", "phone_screen"];
  if (r < 0.9) return ["applied", "technical_interview", "withdrawn"];
  if (r < 0.93) return ["applied", "phone_screen", "technical_interview"];
  if (r < 0.97) return ["applied", "phone_screen", "technical_interview", "final_interview"];
  if (r < 0.99) return ["applied", "phone_screen", "technical_interview", "final_interview", "offer"];
  return ["applied", "phone_screen", "technical_interview", "final_interview", "offer", "accepted"];
}

const SOURCES = [
  "LinkedIn",
  " linkedin ",
  "Referral",
  "Company  site",
  "Indeed",
  "Career fair",
  "",
  null,
  "Meetup",
  "Hacker News",
  "Other board",
];

export async function seedApplicationHistory(db: Db, userId: string, options: SeedOptions): Promise<void> {
  const rnd = seededRandom(options.seed ?? 42);
  const analysisIds: string[] = [];
  for (let i = 0; i < 20; i++) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO analyses (user_id, verdict, readiness, confidence, result) VALUES ($1, $2, $3, 0.8, '{}') RETURNING id`,
      [userId, i % 3 === 0 ? "UNFIT" : "FIT", Math.round(30 + rnd() * 65)],
    );
    analysisIds.push(rows[0].id);
  }
  const apps: unknown[][] = [[], [], [], [], [], [], []];
  const events: unknown[][] = [[], [], [], [], [], []];
  for (let i = 0; i < options.count; i++) {
    const id = randomUUID();
    const stages = stagesFor(rnd());
    const appliedOn = stages[0] === "saved" ? null : addDays(options.today, -Math.floor(rnd() * 180));
    const analysis = rnd() < 0.3 ? analysisIds[Math.floor(rnd() * analysisIds.length)] : null;
    // One in twenty had a mistaken last change that was undone: history has it, the status does not.
    const undoLast = stages.length > 1 && rnd() < 0.05;
    const status = undoLast ? stages.at(-2) : stages.at(-1);
    const row = [
      id,
      `Company ${i}`,
      `Position ${i % 40}`,
      SOURCES[i % SOURCES.length],
      status,
      appliedOn,
      analysis,
    ];
    row.forEach((v, k) => {
      apps[k].push(v);
    });
    let day = appliedOn ?? addDays(options.today, -3);
    stages.forEach((to, step) => {
      if (step > 0) day = addDays(day, 1 + Math.floor(rnd() * 12));
      const undone = undoLast && step === stages.length - 1 ? `${day}T18:00:00Z` : null;
      const event = [
        id,
        step === 0 ? null : stages[step - 1],
        to,
        `${day}T${String(8 + step).padStart(2, "0")}:30:00Z`,
        step,
        undone,
      ];
      event.forEach((v, k) => {
        events[k].push(v);
      });
    });
  }
  await db.query(
    `INSERT INTO applications (id, user_id, company, position, source, status, applied_on, analysis_id)
     SELECT u.id, $1, u.company, u.position, u.source, u.status, u.applied_on, u.analysis_id
     FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::date[], $8::uuid[])
       AS u(id, company, position, source, status, applied_on, analysis_id)`,
    [userId, ...apps],
  );
  await db.query(
    `INSERT INTO application_status_events (application_id, user_id, from_status, to_status, at, undone_at)
     SELECT e.application_id, $1, e.from_status, e.to_status, e.at, e.undone_at
     FROM unnest($2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::int[], $7::timestamptz[])
       AS e(application_id, from_status, to_status, at, step, undone_at)
     ORDER BY e.application_id, e.step`,
    [userId, ...events],
  );
}
