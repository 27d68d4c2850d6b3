/**
 * `careercraft questions ...`: search the interview question bank, import a career
 * center's own bank, bookmark, practise with feedback, and see history. Every subcommand
 * takes --json; errors come out as one clear line (or a JSON error with --json).
 */

import path from "node:path";
import type { Command } from "commander";
import type { Db } from "../../../data/db/index.ts";
import { CareerCraftError, isCareerCraftError, validationError } from "../../../data/errors.ts";
import {
  DIFFICULTIES,
  type Difficulty,
  QUESTION_TYPES,
  type QuestionType,
} from "../../../data/questions/kinds.ts";
import { resolveRole } from "../../../data/questions/roles.ts";
import type { QuestionFilters } from "../../../data/repositories/questions.ts";
import type { InterviewContext } from "../../../tools/interviews/context.ts";
import type { SearchMode } from "../../../tools/interviews/search.ts";
import type { CliContext } from "../context.ts";
import { cliUserId } from "./cli-user.ts";
import { readAnswerFile, readImportFile } from "./question-files.ts";
import {
  formatFeedback,
  formatGaps,
  formatHits,
  formatImport,
  formatMissingTopic,
  formatQuestion,
  formatQuestionLine,
} from "./questions-format.ts";

interface Common {
  user?: string;
  json?: boolean;
}

interface FilterOptions extends Common {
  role?: string;
  skill?: string;
  difficulty?: string;
  type?: string;
}

// The question bank, the embedders and the interview tools load when a subcommand runs,
// so `careercraft --help` and every other command do not pay for them at startup.
async function loadModules() {
  const [
    embeddings,
    repository,
    bookmarks,
    described,
    context,
    gaps,
    importer,
    practice,
    search,
    analysis,
    service,
  ] = await Promise.all([
    import("../../../data/embeddings/index.ts"),
    import("../../../data/repositories/questions.ts"),
    import("../../../tools/interviews/bookmarks.ts"),
    import("../../../tools/interviews/bookmark-described.ts"),
    import("../../../tools/interviews/context.ts"),
    import("../../../tools/interviews/gaps.ts"),
    import("../../../tools/interviews/import/import-questions.ts"),
    import("../../../tools/interviews/practice.ts"),
    import("../../../tools/interviews/search.ts"),
    import("../../../tools/interviews/query-analysis.ts"),
    import("../../../tools/interviews/service.ts"),
  ]);
  return {
    ...embeddings,
    ...repository,
    ...bookmarks,
    ...described,
    ...context,
    ...gaps,
    ...importer,
    ...practice,
    ...search,
    analyzeQuery: analysis.analyzeQuery,
    generalQuestions: service.generalQuestions,
  };
}
type Modules = Awaited<ReturnType<typeof loadModules>>;

async function run<T>(
  ctx: CliContext,
  opts: Common,
  work: (ic: InterviewContext, db: Db, m: Modules) => Promise<T>,
  print: (result: T) => string,
  json: (result: T) => unknown = (result) => result,
): Promise<void> {
  try {
    const config = await ctx.config();
    const m = await loadModules();
    await ctx.withDb(async (db) => {
      if (opts.user) opts.user = await cliUserId(db, opts.user);
      const ic = m.createInterviewContext(db, { embedder: m.embedderFromConfig(config) });
      await ic.ready();
      const result = await work(ic, db, m);
      if (opts.json) ctx.printJson(json(result));
      else ctx.stdout.write(`${print(result)}\n`);
    });
  } catch (error) {
    if (!opts.json || !isCareerCraftError(error)) throw error;
    ctx.printJson({ error: { code: error.code, message: error.userMessage } });
    process.exitCode = error.code === "validation" ? 2 : 1;
  }
}

function requireUser(opts: Common): string {
  if (!opts.user) throw validationError("This command needs --user ID.");
  return opts.user;
}

function filtersFrom(ic: InterviewContext, opts: FilterOptions): Omit<QuestionFilters, "organizationId"> {
  const filters: Omit<QuestionFilters, "organizationId"> = {};
  if (opts.role) filters.role = resolveRole(opts.role) ?? opts.role.trim().toLowerCase().replace(/\s+/g, "-");
  if (opts.skill) {
    const id = ic.resolveSkill(opts.skill);
    if (!id)
      throw validationError(
        `"${opts.skill}" is not a skill we know. Try its common name, e.g. "kubernetes" or "sql".`,
      );
    filters.skill = id;
  }
  if (opts.difficulty) {
    const d = opts.difficulty.toLowerCase() as Difficulty;
    if (!DIFFICULTIES.includes(d))
      throw validationError(`--difficulty must be one of ${DIFFICULTIES.join(", ")}.`);
    filters.difficulty = d;
  }
  if (opts.type) {
    const t = opts.type.toLowerCase().replace(/[\s-]+/g, "_") as QuestionType;
    if (!QUESTION_TYPES.includes(t))
      throw validationError(`--type must be one of ${QUESTION_TYPES.join(", ")}.`);
    filters.type = t;
  }
  return filters;
}

function parseLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw validationError("--limit must be a whole number from 1 to 100.");
  return n;
}

const withFilters = (cmd: Command) =>
  cmd
    .option("--role <role>", "role, e.g. frontend, data-scientist, nurse")
    .option("--skill <skill>", "skill name or id, e.g. kubernetes")
    .option("--difficulty <level>", DIFFICULTIES.join(" | "))
    .option("--type <type>", QUESTION_TYPES.join(" | "));

export function register(program: Command, ctx: CliContext): void {
  const questions = program
    .command("questions")
    .description("Interview questions: search, import, bookmark, practise");

  withFilters(questions.command("search <query...>").description("Search questions by meaning and words"))
    .option("--limit <n>", "how many results (1-100)", "10")
    .option("--mode <mode>", "hybrid | vector | lexical", "hybrid")
    .option("--user <id>", "include your organization's imported questions")
    .option("--json", "machine-readable output")
    .action(async (words: string[], opts: FilterOptions & { limit?: string; mode?: string }) => {
      await run(
        ctx,
        opts,
        async (ic, _db, m) => {
          const mode = opts.mode as SearchMode;
          if (!["hybrid", "vector", "lexical"].includes(mode))
            throw validationError("--mode must be hybrid, vector or lexical.");
          const asker = await ic.asker(opts.user);
          const filters = { ...filtersFrom(ic, opts), organizationId: asker.organizationId };
          const limit = parseLimit(opts.limit, 10);
          const query = words.join(" ");
          const hits = await m.searchQuestions(ic, { query, filters, limit, mode });
          // A topic the bank lacks: say so and offer what it has (the questions every
          // interview asks), not a bare "nothing found".
          const topic = hits.length === 0 ? m.analyzeQuery(query, ic.resolveSkill).topic : "";
          const general = topic ? await m.generalQuestions(ic, asker, 5) : [];
          return { hits, topic, general };
        },
        (r) => (r.topic ? formatMissingTopic(r.topic, r.general) : formatHits(r.hits)),
        (r) => r.hits,
      );
    });

  questions
    .command("import <file>")
    .description(
      "Import a question bank from CSV or JSON (columns: question, role, type, difficulty, key_points, skills)",
    )
    .option("--user <id>", "import into this user's organization (advisor or admin of a career center)")
    .option("--dry-run", "validate and report without saving")
    .option("--json", "machine-readable output")
    .action(async (file: string, opts: Common & { dryRun?: boolean }) => {
      await run(
        ctx,
        opts,
        async (ic, db, m) => {
          const content = readImportFile(file);
          const organizationId = await ic.importTarget(opts.user);
          return m.importQuestions(
            {
              embedder: ic.embedder,
              resolveSkill: ic.resolveSkill,
              existingTextKeys: (keys, org) => ic.questions.existingTextKeys(keys, org),
              saveAll: async (qs, vectors, embedderId) => {
                await db.transaction((tx) =>
                  m.createQuestionsRepository(tx).saveImported(qs, vectors, embedderId),
                );
              },
            },
            { filename: path.basename(file), content, organizationId, dryRun: opts.dryRun },
          );
        },
        formatImport,
      );
    });

  questions
    .command("show <id>")
    .description("Show a question and what a strong answer covers")
    .option("--user <id>", "your user id (to see your organization's questions)")
    .option("--json", "machine-readable output")
    .action(async (id: string, opts: Common) => {
      await run(
        ctx,
        opts,
        async (ic, _db, m) => m.requireVisibleQuestion(ic.questions, await ic.asker(opts.user), id),
        formatQuestion,
      );
    });

  questions
    .command("bookmark <id>")
    .description("Save a question to practise later")
    .option("--user <id>", "your user id")
    .option("--remove", "remove the bookmark instead")
    .option("--json", "machine-readable output")
    .action(async (id: string, opts: Common & { remove?: boolean }) => {
      await run(
        ctx,
        opts,
        async (ic, _db, m) => {
          const asker = await ic.asker(requireUser(opts));
          if (opts.remove) return { id, ...(await m.removeBookmark(ic, asker, id)) };
          const { question, added } = await m.bookmarkQuestion(ic, asker, id);
          return { id: question.id, added };
        },
        (r) =>
          "removed" in r
            ? `Removed bookmark ${r.id}.`
            : r.added
              ? `Bookmarked ${r.id}.`
              : `${r.id} was already bookmarked.`,
      );
    });

  // The same resolver the chat's "unbookmark the one about conflict" uses.
  questions
    .command("unbookmark <words...>")
    .description('Remove a bookmark named by its place ("2", "last") or by words from the question')
    .option("--user <id>", "your user id")
    .option("--json", "machine-readable output")
    .action(async (words: string[], opts: Common) => {
      const said = words.join(" ").trim();
      const place = /^(?:#?(\d{1,3})(?:st|nd|rd|th)?|(last))$/i.exec(said);
      const description = place ? { position: place[2] ? -1 : Number(place[1]) } : { about: said };
      await run(
        ctx,
        opts,
        async (ic, _db, m) => m.removeDescribedBookmark(ic, await ic.asker(requireUser(opts)), description),
        (r) =>
          "question" in r
            ? `Removed bookmark ${r.question.id}: ${r.question.text}`
            : `Several bookmarks fit "${said}"; none removed. Say which by its place:\n${r.choices
                .map((q) => `  ${q.place}. ${formatQuestionLine(q)}`)
                .join("\n")}`,
      );
    });

  questions
    .command("bookmarks")
    .description("List your bookmarked questions")
    .option("--user <id>", "your user id")
    .option("--json", "machine-readable output")
    .action(async (opts: Common) => {
      await run(
        ctx,
        opts,
        async (ic, _db, m) => m.listBookmarks(ic, await ic.asker(requireUser(opts))),
        (list) => (list.length ? list.map((q) => formatQuestionLine(q)).join("\n") : "No bookmarks yet."),
      );
    });

  withFilters(questions.command("practice").description("Pick a question to practise (new ones first)"))
    .option("--user <id>", "your user id")
    .option("--bookmarked", "only from your bookmarks")
    .option("--gaps", "prefer skills from your latest analysis's gaps")
    .option("--json", "machine-readable output")
    .action(async (opts: FilterOptions & { bookmarked?: boolean; gaps?: boolean }) => {
      await run(
        ctx,
        opts,
        async (ic, _db, m) => {
          const asker = await ic.asker(requireUser(opts));
          const skills = opts.gaps
            ? m.gapSkillsFromAnalysis(await ic.questions.latestAnalysisResult(asker.userId))
            : undefined;
          if (opts.gaps && !skills?.length)
            throw new CareerCraftError("not_found", "No gaps found: run an analysis first.");
          return m.pickPracticeQuestion(ic, asker, {
            ...filtersFrom(ic, opts),
            bookmarked: opts.bookmarked,
            skills,
          });
        },
        (q) =>
          `${formatQuestion(q)}\n\nAnswer with: careercraft questions answer ${q.id} --user <id> --answer "..."`,
      );
    });

  questions
    .command("answer <id>")
    .description("Answer a question and get feedback (STAR for behavioural, key points for technical)")
    .option("--user <id>", "your user id")
    .option("--answer <text>", "your answer")
    .option("--answer-file <file>", "read your answer from a text file")
    .option("--json", "machine-readable output")
    .action(async (id: string, opts: Common & { answer?: string; answerFile?: string }) => {
      await run(
        ctx,
        opts,
        async (ic, _db, m) => {
          const asker = await ic.asker(requireUser(opts));
          const answer = opts.answerFile ? readAnswerFile(opts.answerFile) : opts.answer;
          if (!answer) throw validationError("Give your answer with --answer TEXT or --answer-file FILE.");
          return m.submitPracticeAnswer(ic, asker, { questionId: id, answer });
        },
        (r) => formatFeedback(r.feedback, r.attemptNumber, r.previousBest),
      );
    });

  questions
    .command("history [id]")
    .description("Your practice history (one question or all)")
    .option("--user <id>", "your user id")
    .option("--json", "machine-readable output")
    .action(async (id: string | undefined, opts: Common) => {
      await run(
        ctx,
        opts,
        async (ic, _db, m) => m.practiceHistory(ic, await ic.asker(requireUser(opts)), id),
        (list) =>
          list.length
            ? list.map((a) => `${a.createdAt}  ${a.questionId}  score ${a.score ?? "-"}`).join("\n")
            : "No practice yet. Start with: careercraft questions practice --user <id>",
      );
    });

  withFilters(questions.command("gaps").description("Questions for the skill gaps of your latest analysis"))
    .option("--user <id>", "your user id")
    .option("--skills <ids>", "comma-separated skills instead of the latest analysis")
    .option("--per-skill <n>", "questions per gap", "3")
    .option("--json", "machine-readable output")
    .action(async (opts: FilterOptions & { skills?: string; perSkill?: string }) => {
      await run(
        ctx,
        opts,
        async (ic, _db, m) => {
          const asker = await ic.asker(opts.skills ? opts.user : requireUser(opts));
          const gapSkills = opts.skills
            ? opts.skills.split(",").map((s) => {
                const skill = ic.resolveSkill(s.trim());
                if (!skill) throw validationError(`"${s.trim()}" is not a skill we know.`);
                return skill;
              })
            : m.gapSkillsFromAnalysis(await ic.questions.latestAnalysisResult(asker.userId));
          const filters = { ...filtersFrom(ic, opts), organizationId: asker.organizationId };
          return m.questionsForGaps(ic, { gapSkills, filters, perSkill: parseLimit(opts.perSkill, 3) });
        },
        formatGaps,
      );
    });
}
