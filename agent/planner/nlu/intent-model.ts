/**
 * The intent model: NLP.js's neural intent classifier (a one-layer network over stemmed
 * words, with its own spell check against the trained vocabulary), trained on the team's
 * examples in six languages. What was said before matters ("save this" after a practice
 * question is a bookmark, after a posting a tracked application), so the conversation's
 * context is given to the model as one more word of the message.
 *
 * Training happens in scripts/build-intent-model.ts; the product loads the committed
 * model (model.json) once, in well under the 300 ms budget (see bench/).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { containerBootstrap } from "@nlpjs/core";
import { LangEn } from "@nlpjs/lang-en-min";
import { NluManager, NluNeural } from "@nlpjs/nlu";
import { normalize } from "../normalize.ts";
import { CONTEXTS, type Context, type Example } from "./corpus.ts";
import { withWordClasses } from "./features.ts";
import { LanguageDetector, type LanguageVocabulary, vocabularyOf } from "./language.ts";

export interface IntentScore {
  intent: string;
  score: number;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const MODEL_PATH = path.join(here, "model.json");

/** All languages share one vocabulary: the English stemmer leaves other words nearly whole. */
const LOCALE = "en";

function contextWord(context: Context | undefined): string {
  return context ? `ctx${context}` : "";
}

/**
 * What the classifier reads: the context word, then the message as the rules normalise
 * it, then its word classes (features.ts).
 */
export function modelInput(text: string, context?: Context): string {
  const words = withWordClasses(normalize(text).slice(0, 400));
  const ctx = contextWord(context);
  return ctx ? `${ctx} ${words}` : words;
}

function newManager(): NluManager {
  const container = containerBootstrap();
  container.use(LangEn);
  container.use(NluNeural);
  // Training notes ("only stop words") are not the product's log lines.
  const quiet = () => {};
  container.register(
    "logger",
    { trace: quiet, debug: quiet, info: quiet, log: quiet, warn: quiet, error: quiet, fatal: quiet },
    true,
  );
  return new NluManager({
    container,
    locales: [LOCALE],
    trainByDomain: false,
    autoSave: false,
    nlu: { log: false, spellCheck: true, spellCheckDistance: 1 },
  });
}

/**
 * Lines that hold anywhere are also shown with one context each (taken in turn), so a
 * context word carries what it really predicts rather than "one of the few intents
 * written with a context".
 */
export function trainingPairs(examples: Example[]): { input: string; intent: string }[] {
  const pairs: { input: string; intent: string }[] = [];
  examples.forEach((e, i) => {
    pairs.push({ input: modelInput(e.text, e.context), intent: e.intent });
    if (!e.context)
      pairs.push({ input: modelInput(e.text, CONTEXTS[i % CONTEXTS.length]), intent: e.intent });
  });
  return pairs;
}

interface ModelFile {
  nlu: unknown;
  vocabulary: LanguageVocabulary;
  examples: number;
}

export class IntentModel {
  readonly language: LanguageDetector;
  private constructor(
    private readonly manager: NluManager,
    private readonly vocabulary: LanguageVocabulary,
    readonly examples: number,
  ) {
    this.language = new LanguageDetector(vocabulary);
  }

  static async train(examples: Example[]): Promise<IntentModel> {
    const manager = newManager();
    for (const p of trainingPairs(examples)) manager.add(LOCALE, p.input, p.intent);
    await manager.train({ log: false });
    return new IntentModel(manager, vocabularyOf(examples), examples.length);
  }

  static fromJSON(json: ModelFile): IntentModel {
    const manager = newManager();
    manager.fromJSON(json.nlu);
    return new IntentModel(manager, json.vocabulary, json.examples);
  }

  toJSON(): ModelFile {
    return { nlu: this.manager.toJSON(), vocabulary: this.vocabulary, examples: this.examples };
  }

  /** Intents by score, best first (scores sum to about 1). */
  async classify(text: string, context?: Context): Promise<IntentScore[]> {
    const out = await this.manager.process(LOCALE, modelInput(text, context));
    return (out.classifications ?? [])
      .filter((c) => c.intent !== "None" && c.score > 0)
      .map((c) => ({ intent: c.intent, score: c.score }));
  }
}

let loaded: IntentModel | undefined;

/** The committed model, loaded on first use. */
export function intentModel(): IntentModel {
  if (!loaded) loaded = IntentModel.fromJSON(JSON.parse(readFileSync(MODEL_PATH, "utf8")));
  return loaded;
}
