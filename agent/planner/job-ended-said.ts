/**
 * "got laid off last month", "was made redundant in March", "I retired from nursing last year",
 * "me despidieron hace dos meses", "j'ai été licenciée l'an dernier", "wurde letztes Jahr
 * entlassen", "fui demitido mês passado": the job's end, said as what happened. It is context, not a
 * skill or a duty: the job is over (ended that long ago), and nothing of it is said back as "not
 * placed" (trial18 §13: a laid-off reporter was asked to place "got laid off last month").
 * Read with the intro's breaks (out-of-work-said.ts), so its time is never the job's length.
 */
import { statedDuration } from "../../tools/text/stated-duration.ts";
import type { Outcome } from "./types.ts";

/** The event, in the five languages (accents optional). */
export const JOB_ENDED = new RegExp(
  [
    String.raw`\b(?:got|was|were|been|being|am|i'?m)\s+(?:just\s+)?(?:laid\s+off|let\s+go|made\s+redundant|fired|sacked|terminated|downsized)`,
    String.raw`\b(?:lost|quit|left)\s+my\s+(?:job|position|role)`,
    String.raw`\b(?:i\s+)?retired(?:\s+from\s+[\p{L} -]{2,30}?)?(?=\s+(?:last|this|in|a|\d|\.|,|$)|[.,]|$)`,
    String.raw`\b(?:the|our|my)\s+(?:company|plant|factory|store|shop|office|paper|site)\s+(?:closed|shut\s+down|went\s+bust)`,
    String.raw`\bme\s+(?:despidieron|echaron|han\s+despedido)|\bme\s+jubil[eé]`,
    String.raw`\bj'?ai\s+été\s+licencié(?:e)?|\bje\s+suis\s+(?:à\s+la\s+)?retraité(?:e)?|\bj'?ai\s+pris\s+ma\s+retraite`,
    String.raw`\b(?:wurde|bin)\s+(?:[\p{L}]+\s+){0,2}(?:entlassen|gekündigt|in\s+rente\s+gegangen)`,
    String.raw`\bfui\s+(?:demitid[oa]|mandad[oa]\s+embora)|\bme\s+aposentei`,
  ].join("|"),
  "iu",
);

/** When, after the event: "last month", "2 months ago", "in 2023", "l'an dernier", "letztes Jahr", "mês passado". */
const WHEN =
  /^[^.;!?]{0,40}?\b(?:(last|this)\s+(year|month)|(\d{1,2}|a|an|one|two|three|four|five|six)\s+(years?|months?)\s+ago|in\s+((?:19|20)\d{2})|hace\s+(\d{1,2}|un|una|dos|tres)\s+(años?|mes(?:es)?|years?|months?)|(el\s+)?(año|mes)\s+pasado|l'?an\s+dernier|l'?année\s+dernière|le\s+mois\s+dernier|(letztes|letzten)\s+(jahr|monat)|(ano|m[eê]s)\s+passado)/iu;

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  una: 1,
  two: 2,
  dos: 2,
  three: 3,
  tres: 3,
  four: 4,
  five: 5,
  six: 6,
};

export interface JobEnded {
  /** How long ago the job ended; 0 when not said. */
  months: number;
  at: number;
  end: number;
}

/** The job's end said in `text`, how long ago and where its words are; undefined when none is said. */
export function jobEndedSaid(text: string, now: Date = new Date()): JobEnded | undefined {
  const m = JOB_ENDED.exec(text);
  if (!m) return undefined;
  const after = text.slice(m.index + m[0].length);
  const next = WHEN.exec(after);
  // "wurde letztes Jahr entlassen": the German when stands inside the event's words.
  const w = next ?? WHEN.exec(m[0].replace(/^\S+\s+/, ""));
  const end = m.index + m[0].length + (next ? next[0].length : 0);
  return { months: w ? monthsAgo(w, now) : 0, at: m.index, end };
}

function monthsAgo(w: RegExpExecArray, now: Date): number {
  const unit = (s: string | undefined) => (s && /^(?:year|año|an|ann|jahr|ano)/i.test(s) ? 12 : 1);
  if (w[1]) return w[1].toLowerCase() === "this" ? 1 : unit(w[2]);
  if (w[3]) return (NUMBERS[w[3].toLowerCase()] ?? Number(w[3])) * unit(w[4]);
  if (w[5]) return Math.max(1, (now.getUTCFullYear() - Number(w[5])) * 12);
  if (w[6]) return (NUMBERS[w[6].toLowerCase()] ?? Number(w[6])) * unit(w[7]);
  if (w[9]) return unit(w[9]);
  if (/l'?an|l'?année/i.test(w[0])) return 12;
  if (/mois/i.test(w[0])) return 1;
  if (w[11]) return unit(w[11]);
  if (w[12]) return unit(w[12]);
  return statedDuration(w[0])?.months ?? 0;
}

/**
 * A background whose job is said to have ended so ("got laid off last month"), answered kindly
 * first: the loss is acknowledged before what was saved (replies-more.ts, feelings "job_ended").
 */
export function withJobEndNoted(outcomes: Outcome[] | undefined, raw: string): Outcome[] | undefined {
  const ended = outcomes?.some((o) =>
    o.calls.some(
      (c) =>
        c.name === "save_background" &&
        (c.args.roles as { current?: boolean }[]).some((r) => r.current === false),
    ),
  );
  if (!outcomes || !ended || !JOB_ENDED.test(raw) || /\bretir|jubil|retrait|rente|aposent/i.test(raw))
    return outcomes;
  return [{ calls: [], say: { kind: "feelings", detail: "job_ended" } }, ...outcomes];
}
