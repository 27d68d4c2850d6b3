/**
 * Interview prep as every front end uses it (agent tools, CLI, REST): one interview
 * context per database (the configured embedder, loaded and the bank synced once),
 * free-text roles and skills turned into the bank's filters, and search and practice
 * that drop a role or skill filter which would leave nothing rather than answer empty.
 */
import type { Db } from "../../data/db/types.ts";
import { type EmbedderAppConfig, embedderFromConfig } from "../../data/embeddings/index.ts";
import { CareerCraftError } from "../../data/errors.ts";
import { GENERAL_ROLE } from "../../data/questions/roles.ts";
import type { InterviewQuestion } from "../../data/questions/types.ts";
import { createAnalysesRepository } from "../../data/repositories/analyses.ts";
import { createProfileRepository } from "../../data/repositories/profile.ts";
import type { QuestionFilters } from "../../data/repositories/questions.ts";
import { titlesLatestFirst } from "../experience/roles.ts";
import type { Asker } from "./bookmarks.ts";
import { withBankCognates } from "./cognates.ts";
import { createInterviewContext, type InterviewContext } from "./context.ts";
import { pickPracticeQuestion } from "./practice.ts";
import { analyzeQuery, KNOWN_ROLE_IDS } from "./query-analysis.ts";
import { warmRoleDomains } from "./role-domains.ts";
import { onTopic, searchQuestions } from "./search.ts";

const contexts = new WeakMap<Db, Promise<InterviewContext>>();

/**
 * The interview context of this database with the configured embedder (EMBEDDER=...), the
 * same one start-up syncs the bank with; another embedder here would re-embed the whole
 * bank back and forth.
 */
export function interviewsFor(db: Db, config: EmbedderAppConfig): Promise<InterviewContext> {
  let c = contexts.get(db);
  if (!c) {
    c = (async () => {
      const ctx = createInterviewContext(db, { embedder: embedderFromConfig(config) });
      await ctx.ready();
      return ctx;
    })();
    c.catch(() => contexts.delete(db));
    contexts.set(db, c);
  }
  return c;
}

/**
 * Start-up, in the background: store/refresh the bank, and load what the first search needs
 * (the embedder's word vectors, the taxonomy the query analysis reads, the statements'
 * plans), into the same cached context the first question uses. Measured by
 * `npm run bench -- first-question`: with only the bank synced, in a context of its own,
 * the first search still took seconds more than the second.
 */
export async function warmInterviews(db: Db, config: EmbedderAppConfig): Promise<void> {
  const ic = await interviewsFor(db, config);
  await searchQuestions(ic, { query: "tell me about a time you led a team through a change", limit: 1 });
  // The word-sense check reads each candidate role's questions; index the bank's roles now.
  await warmRoleDomains(ic.questions, KNOWN_ROLE_IDS, null, ic.resolveSkill);
}

export interface QuestionQuery {
  query?: string;
  role?: string;
  skill?: string;
  difficulty?: QuestionFilters["difficulty"];
  type?: QuestionFilters["type"];
}

/** Free-text role and skill -> the bank's role id and skill id (unknown ones are dropped). */
export function filtersFrom(ic: InterviewContext, args: Omit<QuestionQuery, "query">): QuestionFilters {
  const filters: QuestionFilters = {};
  if (args.role) {
    const role = analyzeQuery(args.role, ic.resolveSkill).role;
    if (role) filters.role = role;
  }
  if (args.skill) {
    const skill = ic.resolveSkill(args.skill) ?? analyzeQuery(args.skill, ic.resolveSkill).skills[0];
    if (skill) filters.skill = skill;
  }
  if (args.difficulty) filters.difficulty = args.difficulty;
  if (args.type) filters.type = args.type;
  return filters;
}

/**
 * The role a person prepares for when they name none: their target job, else the job they
 * hold or held last. A nurse asking for "a behavioural question" wants a nurse's, not a
 * developer's; a title the bank has no questions for maps to no filter (analyzeQuery).
 */
export async function personRole(db: Db, userId: string): Promise<string | undefined> {
  const target = await createAnalysesRepository(db).latestJob(userId);
  const held = titlesLatestFirst((await createProfileRepository(db).load(userId)).experience)[0];
  return roleToPractise(target?.title ?? undefined, held);
}

/**
 * The bank roles questions for the person's gaps may come from: their field's set (the
 * target's, else the held job's) and the field-neutral one; only the neutral one when the bank
 * has no set for their field; undefined (any role) when nothing names a field.
 */
export async function fieldRoles(ic: InterviewContext, userId: string): Promise<string[] | undefined> {
  const title = await personRole(ic.db, userId);
  if (!title) return undefined;
  const role = analyzeQuery(title, ic.resolveSkill).role;
  return role ? [role, GENERAL_ROLE] : [GENERAL_ROLE];
}

/**
 * The title whose questions to practise: the target's whenever there is one, else the held
 * one's. A nurse moving into health informatics prepares for health informatics interviews;
 * drilling her on nursing questions (the held title's, chosen while the bank had no role for
 * the target) answered a question she did not ask. A target the bank has no role for is
 * searched by its own title and skills (findQuestions' `field`).
 */
export function roleToPractise(target: string | undefined, held: string | undefined): string | undefined {
  return target ?? held;
}

/**
 * The person's own role as the role filter when they asked for no role and no skill (a
 * skill asked for is the subject; a role on top could only narrow it to nothing).
 */
export async function withPersonRole<A extends Omit<QuestionQuery, "query">>(
  db: Db,
  userId: string,
  args: A,
): Promise<A> {
  if (args.role || args.skill) return args;
  const role = await personRole(db, userId);
  return role ? { ...args, role } : args;
}

export interface FoundQuestions {
  questions: InterviewQuestion[];
  /**
   * The topic asked about when the bank has nothing on it ("warehouse safety"): said back to
   * the person instead of listing the nearest unrelated questions.
   */
  missingTopic?: string;
  /** The topic asked about when questions were found: said back, so the person sees what was searched. */
  topic?: string;
}

/**
 * Ranked questions for a query and filters; a role/skill filter that finds nothing is
 * relaxed. A request with no topic and no filter ("give me some interview questions", for a
 * person whose role the bank lacks) finds nothing: which questions then is the caller's call.
 */
export async function findQuestions(
  ic: InterviewContext,
  asker: Asker,
  args: QuestionQuery,
  limit = 5,
): Promise<FoundQuestions> {
  const filters = { ...filtersFrom(ic, args), organizationId: asker.organizationId };
  const query =
    args.query?.trim() || [args.skill, args.role, args.type?.replace(/_/g, " ")].filter(Boolean).join(" ");
  const topic = analyzeQuery(query, ic.resolveSkill).topic;
  if (!topic && !filters.role && !filters.skill && !filters.type) return { questions: [] };
  // A role the bank lacks ("Warehouse Operative") is still the person's field: the domain
  // the topic's words are read in.
  const field = args.role && !filters.role && args.query?.trim() ? args.role : undefined;
  // Searched with the bank's English cognates of words said in another language (cognates.ts).
  const searched = withBankCognates(query);
  let hits = await searchQuestions(ic, { query: searched, filters, limit, field });
  if (hits.length === 0 && (filters.role || filters.skill))
    hits = await searchQuestions(ic, {
      query: searched,
      filters: { difficulty: filters.difficulty, type: filters.type, organizationId: asker.organizationId },
      limit,
      field,
    });
  // A long list (pages after the first five) keeps only questions on the topic: the rest of
  // the pool is only what came nearest by some signal ("5 of 50" would count noise).
  const listed = hits.filter((h, i) => i < 5 || !topic || onTopic(h));
  if (listed.length) {
    const asked = args.query?.trim() && topic ? { topic: topicName(args, topic) } : {};
    return { questions: listed.map((h) => h.question), ...asked };
  }
  return topic ? { questions: [], missingTopic: topicName(args, topic) } : { questions: [] };
}

/**
 * How to name the topic back: the topic words the person asked about, else the skill or role
 * as they said it (a role filled in from their profile is not what they asked about).
 */
function topicName(args: QuestionQuery, topic: string): string {
  return (args.query?.trim() ? topic : (args.skill ?? args.role ?? topic)).trim().slice(0, 80);
}

/**
 * Questions any interview asks for when a role's search found none: a person preparing for
 * a role the bank does not cover still expects something to practise. They come from the
 * field-neutral set: "general behavioural" questions drawn from every role gave a school
 * counselor an accountant's month-end close and a backend engineer's production outage.
 * Any behavioural question only when a bank lacks the neutral set.
 */
export async function generalQuestions(
  ic: InterviewContext,
  asker: Asker,
  limit = 5,
): Promise<InterviewQuestion[]> {
  for (const role of [GENERAL_ROLE, undefined]) {
    const hits = await searchQuestions(ic, {
      query: "",
      filters: { type: "behavioral", organizationId: asker.organizationId, ...(role ? { role } : {}) },
      limit,
    });
    if (hits.length) return hits.map((h) => h.question);
  }
  return [];
}

/**
 * The filters a practice question is picked with when the role asked for or targeted is one
 * the bank has no set for ("School Counselor"): the field-neutral behavioural set, never the
 * whole bank (a UX case study and a marketing campaign for a school counselor). A skill or a
 * type asked for keeps its own filters.
 */
function practiceFilters(
  ic: InterviewContext,
  args: Omit<QuestionQuery, "query">,
): Omit<QuestionFilters, "organizationId"> {
  const filters = filtersFrom(ic, args);
  const roleUncovered = args.role && !filters.role && !filters.skill && !args.skill;
  const behavioural = !filters.type || filters.type === "behavioral";
  return roleUncovered && behavioural ? { ...filters, role: GENERAL_ROLE, type: "behavioral" } : filters;
}

/**
 * A question to practise; a role/skill filter with nothing left to practise is relaxed.
 * `listed`: the questions the person was just shown; with no role, skill or type asked for,
 * one of them ("quiz me" after a list means that list, not a random question of the bank).
 * `except`: the question on the table, which "skip" must not give again.
 */
export async function nextPracticeQuestion(
  ic: InterviewContext,
  asker: Asker,
  args: Omit<QuestionQuery, "query">,
  listed: string[] = [],
  except?: string,
): Promise<InterviewQuestion> {
  if (listed.length && !args.role && !args.skill && !args.type)
    return pickPracticeQuestion(ic, asker, { among: listed, except });
  const filters = { ...practiceFilters(ic, args), except };
  try {
    return await pickPracticeQuestion(ic, asker, filters);
  } catch (error) {
    if (
      !(error instanceof CareerCraftError) ||
      error.code !== "not_found" ||
      (!filters.role && !filters.skill)
    )
      throw error;
    // Nothing left for the role or skill: the field-neutral set before the whole bank.
    if (filters.role !== GENERAL_ROLE && (!filters.type || filters.type === "behavioral")) {
      const general = { role: GENERAL_ROLE, type: "behavioral" as const, except };
      const found = await pickPracticeQuestion(ic, asker, general).catch(() => undefined);
      if (found) return found;
    }
    return pickPracticeQuestion(ic, asker, { type: filters.type, except });
  }
}
