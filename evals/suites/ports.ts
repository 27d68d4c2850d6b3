/**
 * The product functions the fit, robustness, latency and conversation suites call,
 * found in the capability folders at run time. One place maps our needs onto the names
 * the capability owners chose, so a rename touches only this file.
 */
import type { Converse } from "../../contract/conversation.ts";
import { loadCapability } from "../core/capability.ts";
import type { FitPrediction } from "./fit.ts";

export interface AnalysisLike {
  verdict: "FIT" | "UNFIT";
  confidence: number;
  scores: Record<string, number | null>;
  verdictReason?: string;
}

/** Resume text -> profile, ad text -> job, (profile, job) -> analysis: the gap engineer's composition. */
export interface AnalysisPipeline {
  profileFromText(text: string): Promise<unknown>;
  parseJob(text: string): unknown;
  analyze(profile: unknown, job: unknown): AnalysisLike;
}

interface FitDefaultsModule {
  defaultFitDeps(): Promise<AnalysisPipeline>;
}
interface FitSetModule {
  loadPairs(
    file?: string,
  ): { id: string; resume: string; job: string; label: "FIT" | "UNFIT" | "BORDERLINE" }[];
  measureFitSet(deps: AnalysisPipeline, pairs: unknown[]): Promise<{ outcomes: FitPrediction[] } | undefined>;
}

interface DevSetModule {
  loadDevPairs(file?: string, idPrefix?: string): unknown[] | undefined;
  measureDevSet(deps: AnalysisPipeline, pairs?: unknown[]): Promise<DevPrediction[] | undefined>;
}

/** One pair in the dev-pairs format (../shared/data/fit/dev_pairs.json, evals/data/fit-blind) as the analysis judged it. */
export interface DevPrediction {
  id: string;
  field: string;
  label: "FIT" | "UNFIT" | "BORDERLINE";
  verdict: "FIT" | "UNFIT";
  confidence: number;
  readiness: number;
  reason: string;
  /** The softSkills sub-score (null: not scored) and the soft skills it looked for and found shown. */
  softSkills?: { score: number | null; asked: number; shown: number };
}

/** Dream-role ranking: per field, the rank of the person's own field's role. */
export interface DreamRoleReport {
  fields: number;
  first: number;
  mrr: number;
  /** Every labelled resume of the fields, not only the first of each. */
  all: { resumes: number; first: number; mrr: number };
  /** Every resume's described roles: the share called FIT in the person's own field and in others. */
  described: { ownFitRate: number; otherFitRate: number };
  rows: { field: string; resume: string; rank: number; top: string }[];
}
/** The verdict fit's recorded out-of-fold scores on outside-style pairs (tools/gap/eval/fitted-out-of-fold.ts). */
export type OutOfFoldScores = Record<
  "accuracy" | "recallFit" | "recallUnfit" | "ece" | "logLoss" | "brier",
  number
>;
/** One part of the grouped out-of-fold scores (tools/gap/eval/grouped-report.ts). */
export type GroupedOutOfFoldScores = OutOfFoldScores & { predictions: number; fitF1: number };
interface OutOfFoldModule {
  fittedOutOfFold():
    | { all: OutOfFoldScores; dev: OutOfFoldScores; more: OutOfFoldScores; folds: number; seeds: number }
    | undefined;
  fittedGroupedOutOfFold():
    | (GroupedOutOfFoldScores & {
        folds: number;
        seeds: number;
        pairs: number;
        team: GroupedOutOfFoldScores;
        dev: GroupedOutOfFoldScores;
        /** The team's extra pairs, never fitted on: what unseen pairs show (verdict17w). */
        more?: GroupedOutOfFoldScores & { meanConfidenceClear: number; meanConfidenceGap: number };
      })
    | undefined;
}
/** A pair the eval analysed, with the verdict model's inputs (tools/gap/eval/live-out-of-fold.ts). */
interface AnalysedPairRef {
  id: string;
  label: "FIT" | "UNFIT" | "BORDERLINE";
  features?: Record<string, number>;
  completeness?: number;
}
interface LiveOutOfFoldModule {
  groupedOutOfFoldOf(
    team: AnalysedPairRef[],
    dev: AnalysedPairRef[],
    more?: AnalysedPairRef[],
  ): ReturnType<OutOfFoldModule["fittedGroupedOutOfFold"]>;
}
interface DreamRolesModule {
  measureDreamRoles(): Promise<DreamRoleReport | undefined>;
}

const GAP_EVAL = "The fit measurement (tools/gap/eval)";

/** A pair of the outside dev set as tools/gap/eval/dev-set.ts reads it (ids dev-NN, by position). */
export interface DevPairRef {
  id: string;
  resume: string;
  posting: string;
  label: "FIT" | "UNFIT" | "BORDERLINE";
}

/** The dev-format pairs of `file` through the gap measurement's own reader; [] when absent. */
export async function loadDevPairList(file: string): Promise<DevPairRef[]> {
  const dev = await loadCapability<DevSetModule>(
    GAP_EVAL,
    ["tools/gap/eval/dev-set.ts"],
    ["loadDevPairs", "measureDevSet"],
  );
  return (dev.loadDevPairs(file, "dev") as DevPairRef[] | undefined) ?? [];
}

export async function loadAnalysisPipeline(): Promise<AnalysisPipeline> {
  const mod = await loadCapability<FitDefaultsModule>(
    GAP_EVAL,
    ["tools/gap/eval/fit-defaults.ts"],
    ["defaultFitDeps"],
  );
  return mod.defaultFitDeps();
}

const outOfFoldModule = () =>
  loadCapability<OutOfFoldModule>(
    GAP_EVAL,
    ["tools/gap/eval/fitted-out-of-fold.ts"],
    ["fittedOutOfFold", "fittedGroupedOutOfFold"],
  );

export async function loadFitSet(): Promise<{
  predict(pairsFile: string): Promise<FitPrediction[]>;
  /** The outside dev pairs; undefined when ../shared/data/fit is absent. */
  predictDev(): Promise<DevPrediction[] | undefined>;
  /**
   * Another pairs file in the dev-pairs format (the frozen fit-blind set), ids `<idPrefix>-NN`;
   * undefined when the file or the texts it names (../shared/data) are absent.
   */
  predictDevFormat(file: string, idPrefix: string): Promise<DevPrediction[] | undefined>;
  /** Dream-role ranking over the dev resumes; undefined when ../shared/data/fit is absent. */
  dreamRoles(): Promise<DreamRoleReport | undefined>;
  /** The verdict fit's out-of-fold scores as recorded in the model file; undefined when none. */
  outOfFold(): Promise<ReturnType<OutOfFoldModule["fittedOutOfFold"]>>;
  /**
   * The grouped out-of-fold scores of the committed model's procedure (team + dev pairs), run on
   * the analyses of this run (tools/gap/eval/live-out-of-fold.ts), not the number a fit recorded.
   */
  groupedOutOfFold(
    team: AnalysedPairRef[],
    dev: AnalysedPairRef[],
    more?: AnalysedPairRef[],
  ): Promise<ReturnType<OutOfFoldModule["fittedGroupedOutOfFold"]>>;
  modulePath: string;
}> {
  const mod = await loadCapability<FitSetModule>(
    GAP_EVAL,
    ["tools/gap/eval/fit-set.ts"],
    ["loadPairs", "measureFitSet"],
  );
  const dev = await loadCapability<DevSetModule>(
    GAP_EVAL,
    ["tools/gap/eval/dev-set.ts"],
    ["loadDevPairs", "measureDevSet"],
  );
  const pipeline = await loadAnalysisPipeline();
  return {
    modulePath: mod.modulePath,
    predictDev: () => dev.measureDevSet(pipeline),
    async predictDevFormat(file, idPrefix) {
      const pairs = dev.loadDevPairs(file, idPrefix);
      // Checked here: measureDevSet's default would otherwise measure the dev pairs instead.
      return pairs ? dev.measureDevSet(pipeline, pairs) : undefined;
    },
    outOfFold: async () => (await outOfFoldModule()).fittedOutOfFold(),
    groupedOutOfFold: async (team, dev, more) =>
      (
        await loadCapability<LiveOutOfFoldModule>(
          GAP_EVAL,
          ["tools/gap/eval/live-out-of-fold.ts"],
          ["groupedOutOfFoldOf"],
        )
      ).groupedOutOfFoldOf(team, dev, more),
    dreamRoles: async () =>
      (
        await loadCapability<DreamRolesModule>(
          GAP_EVAL,
          ["tools/gap/eval/dream-roles.ts"],
          ["measureDreamRoles"],
        )
      ).measureDreamRoles(),
    async predict(pairsFile) {
      const report = await mod.measureFitSet(pipeline, mod.loadPairs(pairsFile));
      if (!report) throw new Error("The fit measurement found no reference data (../shared/data).");
      return report.outcomes;
    },
  };
}

export interface ConversationEntry {
  converse: Converse;
  close(): Promise<void>;
  /** How it was set up, for the report ("in-memory PGlite, offline planner"). */
  description: string;
}

interface ConverseModule {
  createConversation(options: { db: unknown; config: unknown; logger?: unknown }): Promise<{
    converse: Converse;
    close(): Promise<void>;
  }>;
}
interface DbModule {
  openDatabase(options: { memory: boolean }): Promise<{ close(): Promise<void> }>;
  migrateToLatest(db: unknown): Promise<void>;
}
interface ConfigModule {
  loadConfig(env: NodeJS.ProcessEnv): unknown;
}
interface LoggerModule {
  createLogger(level: string): unknown;
}

/**
 * The real conversation core (LangGraph graph, chosen provider, checkpoints) on a
 * fresh in-memory PGlite database, migrated: nothing a run does survives it.
 */
export async function openConversationEntry(model: string): Promise<ConversationEntry> {
  const what = "The conversation entry (agent/conversation/converse.ts)";
  const conv = await loadCapability<ConverseModule>(
    what,
    ["agent/conversation/converse.ts"],
    ["createConversation"],
  );
  const dbMod = await loadCapability<DbModule>(
    "The database layer",
    ["data/db/index.ts"],
    ["openDatabase", "migrateToLatest"],
  );
  const { loadConfig } = await loadCapability<ConfigModule>("Configuration", ["config.ts"], ["loadConfig"]);
  const { createLogger } = await loadCapability<LoggerModule>(
    "Logging",
    ["data/logger.ts"],
    ["createLogger"],
  );
  const config = loadConfig({ ...process.env, MODEL_PROVIDER: model, LOG_LEVEL: "silent" });
  const db = await dbMod.openDatabase({ memory: true });
  try {
    await dbMod.migrateToLatest(db);
    const conversation = await conv.createConversation({ db, config, logger: createLogger("silent") });
    return {
      converse: conversation.converse,
      description: `the real conversation core (${conv.modulePath}) on a fresh in-memory PGlite database`,
      async close() {
        await conversation.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

interface SearchSetupModules {
  db: DbModule;
  embeddings: { createOfflineEmbedder(): unknown };
  vectors: { syncQuestionVectors(db: unknown, embedder: unknown): Promise<unknown> };
  repo: { createQuestionsRepository(db: unknown): unknown };
  taxonomy: { getTaxonomy(): { lookup(text: string): { id: string; ambiguous: boolean } | undefined } };
}

export interface QuestionSearch {
  /** SearchDeps for tools/interviews/search.ts */
  deps: unknown;
  search(
    query: string,
    options?: { limit?: number; mode?: string; role?: string },
  ): Promise<{ question: { id: string } }[]>;
  modulePath: string;
  close(): Promise<void>;
}

interface SearchModule {
  searchQuestions(
    deps: unknown,
    request: { query: string; filters?: { role?: string }; limit?: number; mode?: string },
  ): Promise<{ question: { id: string } }[]>;
}

/**
 * Interview-question search as the product runs it: a fresh in-memory PGlite with the
 * real migrations, the shipped question bank embedded by the offline embedder (HNSW).
 */
export async function openQuestionSearch(): Promise<QuestionSearch> {
  const what = "Interview question search (tools/interviews)";
  const { searchQuestions, modulePath } = await loadCapability<SearchModule>(
    what,
    ["tools/interviews/search.ts"],
    ["searchQuestions"],
  );
  const m: SearchSetupModules = {
    db: await loadCapability<DbModule>(what, ["data/db/index.ts"], ["openDatabase", "migrateToLatest"]),
    embeddings: await loadCapability(what, ["data/embeddings/index.ts"], ["createOfflineEmbedder"]),
    vectors: await loadCapability(
      what,
      ["data/repositories/question-embeddings.ts"],
      ["syncQuestionVectors"],
    ),
    repo: await loadCapability(what, ["data/repositories/questions.ts"], ["createQuestionsRepository"]),
    taxonomy: await loadCapability(what, ["data/taxonomy/index.ts"], ["getTaxonomy"]),
  };
  const db = await m.db.openDatabase({ memory: true });
  try {
    await m.db.migrateToLatest(db);
    const embedder = m.embeddings.createOfflineEmbedder();
    await m.vectors.syncQuestionVectors(db, embedder);
    const taxonomy = m.taxonomy.getTaxonomy();
    const deps = {
      questions: m.repo.createQuestionsRepository(db),
      embedder,
      resolveSkill: (t: string) => {
        const s = taxonomy.lookup(t);
        return s && !s.ambiguous ? s.id : undefined;
      },
    };
    return {
      deps,
      modulePath,
      search: (query, options = {}) =>
        searchQuestions(deps, {
          query,
          filters: options.role ? { role: options.role } : {},
          limit: options.limit ?? 10,
          mode: options.mode,
        }),
      close: () => db.close(),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
