/**
 * Someone without a resume tells their background: "I'm a cook, no resume yet. I have 4 years
 * on the line at two restaurants, I'm good with grill and sauté, I have my food handler card",
 * "im a 2nd year electrician apprentice, no resume. wat should i do next to become journeyman",
 * "soy cocinero, sin currículum, 4 años…" (blind3 trial). The job (role finder via translate-title, else
 * job-by-activity), its years, skills, certificates: the `save_background` step (called as add_profile_entry's
 * background); a target is set, a question answered. An empty profile needs no "no resume" words.
 */

import { titleCase } from "../../tools/jobs/title-case.ts";
import { statedDuration } from "../../tools/text/stated-duration.ts";
import {
  ASKS_PLAN,
  asksNext,
  CERTIFICATE_HELD,
  durationsInEnglish,
  LOOSE_END,
  NO_RESUME,
  RANKS,
  ROLE_ENDS,
  ROLE_HELD,
  SKILLS_SAID,
  SPOKEN_ON,
  TARGET_SAID,
  targetStart,
  yearOf,
} from "./background-phrases.ts";
import { certificatesSaid, skillsSaid } from "./background-skills.ts";
import { toldWithMore, withJobToldFirst } from "./background-told-loosely.ts";
import { companyAfterJob, type JobCompany } from "./company-of-job.ts";
import { NOT_A_ROLE } from "./current-role-said.ts";
import { dutiesPlaced } from "./duties-said.ts";
import { educationSaid } from "./education-said.ts";
import { namesHeldRole } from "./held-title.ts";
import { hindiJobSaid } from "./hindi-job-said.ts";
import {
  breakSaid,
  capitalsKept,
  datesSaid,
  earlierRank,
  lastPartMonths,
  type SaidDates,
  titleOfLetters,
  withoutBreak,
} from "./intro-parts.ts";
import { introRest, withListedCredentials } from "./intro-rest.ts";
import { withRoleByActivity, workAnnounced } from "./job-by-activity.ts";
import { withJobsByField } from "./job-by-field.ts";
import { withJobsByVerb } from "./job-by-verb.ts";
import { jobMissingFromResume } from "./job-missing-from-resume.ts";
import { intentModel } from "./nlu/intent-model.ts";
import { titleInEnglish } from "./title-translated-whole.ts";
import { toolsInTitle } from "./tools-in-title.ts";
import { call, type Outcome } from "./types.ts";

/**
 * The longest start of a phrase the role data knows, as a title ("electrician apprentice at …"
 * -> "Electrician Apprentice"). Where the job comes last, after when and where (Hindi: "3 saal
 * se call centre me customer support agent"), the runs that end the phrase instead.
 */
async function knownTitle(phrase: string, english: boolean, jobLast = false): Promise<string | undefined> {
  const words = (jobLast ? phrase : phrase.replace(ROLE_ENDS, ""))
    .replace(/[^\p{L}\s'’/&-]+$/u, "")
    .trim()
    .split(/\s+/)
    .slice(0, 11);
  if (jobLast) {
    // The job follows the last postposition ("call centre me", "3 saal se").
    const last = words.findLastIndex((w) => /^(?:me|mein|mei|mai|se|par|pe|ke|ki|ka)$/i.test(w));
    words.splice(0, last + 1);
  }
  const runs: string[] = [];
  for (let n = Math.min(words.length, 5); n >= 1; n--) runs.push(words.slice(0, n).join(" "));
  for (const said of runs) {
    if (NOT_A_ROLE.test(said) || /^\d/.test(said) || LOOSE_END.test(said) || SPOKEN_ON.test(said)) continue;
    // An English title is read as it is ("charge nurse" holds a French word, "chargé").
    // "RN" is a registered nurse: letters that stand for one role are that role's title.
    const title = titleOfLetters(said) ?? (english ? undefined : await titleInEnglish(said)) ?? said;
    if (title.length >= 3 && (await namesHeldRole(title))) return capitalsKept(titleCase(title), said);
  }
  return undefined;
}

interface Held extends JobCompany {
  title: string;
  /** Months said for it, or counted from the year of a training ("2nd year" = 12 months done). */
  months?: number;
  /** A job said in the past tense ("I was", "I worked as"). */
  current?: false;
  /** How long ago it ended, when a break since is said ("I took 5 years off"). */
  endedMonthsAgo?: number;
  /** The dates written beside it ("(2011-2018)"): they beat counting back. */
  start?: string;
  end?: string;
}

const ROLE_HELD_ALL = ROLE_HELD.map((p) => new RegExp(p.source, `${p.flags}g`));
/** Lead-ins that say the job is over. */
const PAST_LEAD =
  /\b(?:was|worked|served|used to|before that|previously|formerly|fui|trabaj[eé]|trabalhei|j'?ai été|j'?ai travaillé|war|habe als|tha|thi)(?!\p{L})/iu;

/**
 * Matches starting anywhere, overlapping: a job phrase runs on greedily ("barista for 3 years
 * and then"), so the next job's lead-in ("then as store manager") starts inside it. Collected
 * before anything is awaited: the patterns are shared module-wide, and another turn reading
 * its message meanwhile would move their lastIndex.
 */
function everyMatch(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    pattern.lastIndex = m.index + 1;
  }
  pattern.lastIndex = 0;
  return out;
}

interface Said {
  at: number;
  end: number;
  phrase: string;
  title: string;
  months?: number;
  past: boolean;
  /** Said as the job before the one told just before it ("before that I was …"). */
  before: boolean;
  /** Said as the later part of the career ("the last 5 as …"). */
  part?: boolean;
  dates?: SaidDates;
}

const BEFORE_THAT =
  /\b(?:before that|before this|prior to that|previously|earlier|antes (?:de eso|disso|eso)|avant (?:ça|cela)|auparavant|davor|vorher|zuvor|usse pehle|pehle)\b/iu;

/**
 * The jobs held, in the order said (up to four): "worked as a cashier for 2 years and then as
 * shift supervisor for 1 year" is two. Each job's years are those said between it and the next
 * job; a job followed by another ended when that one began, so the dates follow each other.
 */
export async function rolesHeld(
  text: string,
  english: boolean,
): Promise<{ roles: Held[]; phrase?: string; phrases: string[]; tools: string[] }> {
  const cut = targetStart(text);
  const said: Said[] = [];
  const tools: string[] = [];
  let first: string | undefined;
  // Every way and place a job is said, in order: "Hi, I'm Priyanka. I've been a bookkeeper"
  // names a person first, then the job. A span one way claimed is not read again another way.
  for (const pattern of ROLE_HELD_ALL) {
    for (const m of everyMatch(pattern, text)) {
      const phrase = m[1]?.slice(0, Math.max(0, cut - m.index - m[0].length + m[1].length)).trimEnd();
      if (!phrase || m.index >= cut || NOT_A_ROLE.test(phrase.split(/\s+/)[0] ?? "")) continue;
      const at = m.index + m[0].length - m[1]!.length; // the job's words stop where the wish starts
      // What the job's words take up: "a barista for 3 years and then" claims "barista" only.
      const end = at + phrase.replace(ROLE_ENDS, "").length;
      if (said.some((s) => at < s.end && end > s.at)) continue;
      first ??= phrase;
      const year = yearOf(phrase);
      const jobLast = /^(?:main|mai|mein)\b/i.test(m[0].trim());
      const words = year ? year.rest.trim() : phrase;
      // "Python/Postgres/AWS engineer": the tools in front are skills held (trial F18.1).
      const inFront = toolsInTitle(words.replace(ROLE_ENDS, ""));
      const title =
        (await knownTitle(words, english, jobLast)) ??
        (inFront ? await knownTitle(inFront.title, true) : undefined);
      if (!title || said.some((s) => s.title === title)) continue;
      tools.push(...(inFront?.tools ?? []));
      const lead = text.slice(Math.max(0, at - 40), at);
      // A second job is read only when said to come after the first ("… and then as shift
      // supervisor"); "2 yrs cashier before that" is no job to date after it.
      const part = lastPartMonths(m[0].slice(0, m[0].length - phrase.length));
      const after =
        said.length === 0 ||
        part !== undefined ||
        /\b(?:then|now|after that|later|since then|currently)\b/i.test(lead);
      // "…, before that I was a teacher for 5 years": a job said to come before the one told.
      const before = said.length > 0 && BEFORE_THAT.test(lead);
      if (!after && !before) continue;
      // Years said inside the job's own words ("4 yrs warehouse picker", "… for 6 years").
      const inMatch = statedDuration(m[0])?.months;
      said.push({
        at,
        end,
        phrase,
        title,
        ...(year
          ? { months: (year.year - 1) * 12 }
          : part || inMatch
            ? { months: part ?? inMatch, part: part !== undefined }
            : {}),
        past: PAST_LEAD.test(lead) || before,
        before,
      });
    }
  }
  said.sort((x, y) => x.at - y.at);
  const jobs = said.slice(0, 4);
  jobs.forEach((job, i) => {
    if (job.months !== undefined) return;
    // The years said after the job are its years ("… off to care for my kids. Before that I
    // was an HR generalist for 6 years": 6, not 5).
    const own = statedDuration(withoutBreak(text.slice(job.at, jobs[i + 1]?.at ?? text.length)))?.months;
    job.months = own ?? (jobs.length === 1 ? statedDuration(withoutBreak(text))?.months : undefined);
  });
  partsOfCareer(text, jobs);
  // In the order they were held: a job said "before that" goes before the one it follows.
  const held: Said[] = [];
  for (const job of jobs) {
    const prior = held.at(-1);
    if (job.before && prior) held.splice(held.indexOf(prior), 0, job);
    else held.push(job);
  }
  const ended = breakSaid(text);
  const roles: Held[] = [];
  let since = ended ?? 0;
  for (let i = held.length - 1; i >= 0; i--) {
    const job = held[i]!;
    const last = i === held.length - 1;
    const past = job.dates ? !job.dates.current : !last || job.past || ended !== undefined;
    roles.unshift({
      title: job.title,
      ...companyAfterJob(text.slice(job.end)),
      ...(job.dates ? { start: job.dates.start, ...(job.dates.end ? { end: job.dates.end } : {}) } : {}),
      ...(job.months ? { months: job.months } : {}),
      ...(past ? { current: false as const } : {}),
      ...(past && since > 0 ? { endedMonthsAgo: since } : {}),
    });
    // The job before this one ended when this one began, when its length is known.
    since = job.months !== undefined && (since > 0 || !past) ? since + job.months : 0;
  }
  const phrases = jobs.map((j) => j.phrase);
  return roles.length
    ? { roles, phrase: jobs[0]!.phrase, phrases, tools }
    : { roles: [], ...(first ? { phrase: first } : {}), phrases, tools };
}

/**
 * Each job's dates written in its own words, and "12 years …, the last 5 as a senior sales rep":
 * the job before the last part ends where it begins, or, when none was named, is the same trade
 * without the rank for the years before it (intro-parts.ts).
 */
function partsOfCareer(text: string, jobs: Said[]): void {
  jobs.forEach((job, i) => {
    job.dates = datesSaid(withoutBreak(text.slice(job.at, jobs[i + 1]?.at ?? text.length)));
    const prior = jobs[i - 1];
    if (job.part && job.months && prior?.months && prior.months > job.months) prior.months -= job.months;
  });
  const first = jobs[0];
  const total = first?.part ? statedDuration(text.slice(0, first.at))?.months : undefined;
  const earlier = first && earlierRank(first.title);
  if (!first?.months || !total || total <= first.months || !earlier) return;
  const at = first.at - 1;
  jobs.unshift({
    at,
    end: at,
    phrase: earlier,
    title: earlier,
    months: total - first.months,
    past: true,
    before: false,
  });
}

/** The job wanted; a bare rank ("journeyman") is that rank of the trade held ("Journeyman Electrician"). */
async function targetSaid(
  text: string,
  held: Held | undefined,
  english: boolean,
): Promise<string | undefined> {
  for (const pattern of TARGET_SAID) {
    const phrase = pattern.exec(text)?.[1]?.replace(ROLE_ENDS, "").trim();
    if (!phrase) continue;
    const words = phrase.split(/\s+/);
    if (RANKS.test(words[0] ?? "") && words.length === 1 && held) {
      const trade = held.title
        .replace(/\b(?:apprentice|trainee|helper|assistant|junior|intern)\b/gi, "")
        .trim();
      const ranked = await knownTitle(`${words[0]} ${trade}`, true);
      if (ranked) return ranked;
    }
    const title = await knownTitle(phrase, english);
    if (title) return title;
  }
  return undefined;
}

/** A degree said with a request about something else ("… too, rerun it", "why is my education score low, I have …"): the model reads it. */
const ASKS_MORE = /\b(?:resume|cv|re-?run|again|analy\w*|fit|make|say|pretend|fake|why|come|score|rating)\b/i;

/** Cheaply, whether the message could tell a background (a job held, its years, skills or a certificate): the person's skills are read (person-names.ts) only then. */
export function mayTellBackground(said: string): boolean {
  const raw = withJobsByVerb(said);
  if (!ROLE_HELD.some((p) => p.test(raw))) return false;
  const text = durationsInEnglish(raw);
  return (
    Boolean(statedDuration(text)) ||
    SKILLS_SAID.some(([p]) => p.test(text)) ||
    CERTIFICATE_HELD.some((p) => p.test(text))
  );
}

/** The sentences that ask something ("wat should i do next …"), for the planner to answer. */
const questionsIn = (raw: string) =>
  raw
    .split(/(?<=[.!?])\s+|\s*,\s*(?=(?:so\s+)?(?:wh?at|wat|how|where|qu[eé]|que|was|wie|o que|como|kya)\b)/i)
    .filter(asksNext)
    .join(" ")
    .trim();

/**
 * The plan for a background told instead of a resume, or undefined when the message is not
 * one. `answer` plans a question asked with it when no target is named.
 */
export async function backgroundSaid(
  raw: string,
  answer: (question: string) => Promise<Outcome[]>,
  ownSkills?: readonly string[],
): Promise<Outcome[] | undefined> {
  // "I also worked as a teller at X for 3 years, it's not on my resume": that entry added.
  const missing = jobMissingFromResume(raw);
  if (missing) return [missing];
  // "i drove city buses", "12 years in B2B sales", "main 3 saal se X hoon": the job by its title (job-by-verb/-field, hindi-job-said).
  const byTitle = hindiJobSaid(await withJobsByField(withJobsByVerb(durationsInEnglish(raw))));
  const text = await withJobToldFirst(byTitle);
  const noResume = NO_RESUME.test(raw);
  const english = intentModel().language.detect(raw).language === "en";
  const read = await rolesHeld(text, english);
  const { roles, phrase, phrases, tools } = withRoleByActivity(read, text, noResume);
  // The job held now (or last): its trade names a bare rank wanted ("journeyman").
  const held = roles.at(-1);
  // With a profile still empty, a job told with its years, skills or a certificate is the
  // background too: "I'm a line cook with 4 years at a brunch place, I want to become a sous
  // chef" from a new user left nothing saved, so "am I a fit?" said it knew nothing of them.
  const emptyProfile = ownSkills !== undefined && ownSkills.length === 0;
  const said = [...skillsSaid(text), ...tools.map((name) => ({ name }))].filter(
    (s, i, all) => all.findIndex((o) => o.name.toLowerCase() === s.name.toLowerCase()) === i,
  );
  // Tools named bare count as the new person's background; on a profile with more in it the
  // line is an entry of its own (add_profile_entry keeps the employer and the duties).
  // "I have a BSN", "… and I did a BCom": the degree is part of the background (trial F15.3);
  // its words are no skill ("BEd" is not a teaching licence held).
  const education = educationSaid(raw);
  const degreeWords = education.map((e) => e.said ?? e.degree);
  // The rest of the intro (intro-rest.ts); an employer (taken out first: a job's phrase may end inside its name) is no skill.
  const claimed = [...roles.flatMap((r) => r.company ?? []), ...phrases, ...degreeWords];
  const rest =
    said.length || !held || !(emptyProfile || toldWithMore(text)) ? undefined : introRest(text, claimed);
  const skills = rest?.skills ?? said;
  const certifications = withListedCredentials(certificatesSaid(text), rest);
  const months = statedDuration(text)?.months;
  const described = Boolean(months) || skills.length > 0 || certifications.length > 0 || education.length > 0;
  // A degree said with no job ("I have a BSN", "a BSc in Statistics from Pune University,
  // 2019") is an entry of its own: add_profile_entry reads it with the resume parser, school
  // and all (the outside conversations label it so); with a job it is part of the background.
  if (!held && !noResume)
    return education.length && !ASKS_MORE.test(raw)
      ? [{ calls: [call("add_profile_entry", { kind: "education", text: raw.trim().slice(0, 2000) })] }]
      : undefined;
  if (!held && education.length === 0) {
    // "no resume, 4 years on the line, good with the grill" with no job named: ask for it.
    return noResume && (phrase || described) ? [{ calls: [], say: { kind: "ask_background" } }] : undefined;
  }
  const target = await targetSaid(text, held, english);
  // A job held with its years beside the job wanted ("a line cook 6 years, want to be a sous chef"): the
  // target is read here; on a loaded profile wish-beside-background.ts then drops the save (conv17u).
  const besideWish = Boolean(held?.months && target);
  if (
    held &&
    !noResume &&
    !(toldWithMore(text) || workAnnounced(text) || (!english && held.months && !questionsIn(raw))) &&
    !(emptyProfile && described) &&
    !(held.months && (skills.length || certifications.length)) &&
    education.length === 0 &&
    !besideWish
  )
    return undefined;
  const save = call("save_background", {
    ...dutiesPlaced(raw.slice(0, targetStart(raw)), roles, rest?.unread ?? []), // the wish's words are no duty
    skills: held ? skills : said,
    certifications,
    ...(education.length ? { education } : {}),
  });
  const question = questionsIn(raw);
  if (target) {
    const next = question
      ? [call("analyze_fit"), ...(ASKS_PLAN.test(question) ? [call("create_roadmap")] : [])]
      : [];
    return [{ calls: [save, call("set_dream_job", { text: target }), ...next] }];
  }
  if (!question) return [{ calls: [save] }];
  return [{ calls: [save] }, ...(await answer(question))];
}
