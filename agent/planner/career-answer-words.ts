/**
 * The words of the career questions read by career-questions.ts, from the person's facts
 * (tools/advice): what a role pays (there is no wage data in what CareerCraft ships, so it says
 * so and where official figures are, never a made-up number), what a role grows into (a ladder),
 * how to get taken on to train in a trade, and what to do when a typical requirement is wrong.
 */
import type { AdviceFacts } from "../../tools/advice/types.ts";
import type { Advice } from "./advice-words.ts";
import { listWords } from "./variety.ts";

const role = (f: AdviceFacts) => f.targetRole;
const PASTE_AD = { label: "Paste a job ad", text: "here's the job ad: " };

/** There is no wage data in what CareerCraft ships: said, never a made-up figure. */
export const NO_PAY_DATA =
  "I don't have pay data for roles: the occupation data I work from (O*NET and ESCO) lists skills and duties, not wages, so I won't guess a figure.";

/** Where official pay figures are, for the roles named. */
export const whereOfficialPay = (roles?: string) =>
  `Where to look${roles ? ` for ${roles}` : ""}: your country's official earnings statistics (ONS's earnings survey in the UK, the Bureau of Labor Statistics' wage tables in the US, Eurostat or the national statistics office in the EU), the pay ranges real ads near you state, and the trade body or union for the work.`;

export function payAnswer(f: AdviceFacts): Advice {
  const target = role(f);
  return {
    text: [
      NO_PAY_DATA,
      target && f.targetPay ? `The ${target} ad you gave states ${f.targetPay}.` : undefined,
      whereOfficialPay(target),
      "Paste an ad that states pay and I'll compare it with your expectation.",
    ]
      .filter(Boolean)
      .join(" "),
    choices: [
      PASTE_AD,
      ...(f.expectation ? [] : [{ label: "Set my expectation", text: "my salary expectation is at least " }]),
    ],
  };
}

export function growthAnswer(f: AdviceFacts): Advice {
  const l = f.ladder;
  if (!l)
    return {
      text: 'Tell me the role you mean ("what can a nurse grow into?") or set a target, and I\'ll lay out the usual steps up from it.',
      choices: [{ label: "Set a target role", text: "I want to be a " }],
    };
  const steps = [
    `go deeper in the same work: ${listWords(l.rungs, 2)}, which takes experience and ownership of harder work rather than a new qualification`,
    l.manages
      ? `lead people: towards ${l.manages}, where the job becomes planning and growing a team`
      : undefined,
    l.specialisations.length
      ? `specialise: ${listWords(l.specialisations, 3)} (the occupations closest to it at the same or a higher level)`
      : undefined,
  ].filter(Boolean);
  const first = l.specialisations[0] ?? l.manages;
  return {
    text: `From ${l.role}, the usual ways up: ${steps.map((s, i) => `${i + 1}) ${s}`).join("; ")}. Pick one and I'll check what you'd need for it.`,
    choices: first
      ? [{ label: `Am I a fit for ${first}?`, text: `am I a fit for ${first.toLowerCase()}?` }]
      : [{ label: "Set a target role", text: "I want to be a " }],
  };
}

export function tradeEntryAnswer(f: AdviceFacts): Advice {
  const target = role(f);
  const where = f.location ? ` near ${f.location}` : " near you";
  return {
    text: [
      `List the schools, firms or workshops${where} that do${target ? ` ${target.toLowerCase()}` : " this"} work (maps, the trade body's or regulator's register of approved practitioners if the trade has one), then phone or call in rather than only email: ask who takes on trainees, what training they give and how it is paid.`,
      "Where franchises exist, compare a franchise (work and support found for you, for a weekly or monthly fee) with going independent (you keep more but find your own customers): ask each for its fees, training support, and what its trainees earn in the first year.",
      "Talk to two or three people already doing the job (local trade groups, online forums, the people who trained you): ask how they started and who is taking people on now.",
    ].join(" "),
    choices: [
      { label: "Remind me to call", text: "remind me to call " },
      ...(target
        ? [{ label: "What do I need?", text: `what do I need to become a ${target.toLowerCase()}?` }]
        : []),
    ],
  };
}

export function disputedAnswer(f: AdviceFacts): Advice {
  const target = role(f);
  return {
    text: f.targetDescribed
      ? `You may well be right: for ${target ?? "this role"} I used the typical asks of the occupation the role data files it under, not an employer's, and they can miss. Paste a real job ad for it and I'll judge you against what that employer asks instead; or tell me the licences and certificates you hold for it ("add my first aid certificate as a certification") so they count.`
      : `Those requirements are read from the ad you gave${target ? ` for ${target}` : ""}. If I misread a line, paste the ad again as it is written, or paste another ad for the same job to compare.`,
    choices: [PASTE_AD, { label: "Am I a fit?", text: "am I a fit?" }],
  };
}
