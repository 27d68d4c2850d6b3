// NLP.js ships no type declarations; these are the parts the intent model uses.
declare module "@nlpjs/core" {
  export interface Container {
    use(plugin: unknown): void;
    register(name: string, value: unknown, isSingleton?: boolean): void;
  }
  export function containerBootstrap(): Container;
}
declare module "@nlpjs/lang-en-min" {
  export const LangEn: unknown;
  export class StemmerEn {
    stemWord(word: string): string;
  }
}
declare module "@nlpjs/nlu" {
  export const NluNeural: unknown;
  export class NluManager {
    constructor(settings: Record<string, unknown>);
    add(locale: string, utterance: string, intent: string): void;
    train(settings?: Record<string, unknown>): Promise<unknown>;
    process(
      locale: string,
      utterance: string,
    ): Promise<{ classifications?: { intent: string; score: number }[]; intent?: string; score?: number }>;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}
declare module "eld/medium" {
  export const eld: {
    detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
  };
}
