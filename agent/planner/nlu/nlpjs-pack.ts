/**
 * NLP.js's saved state (NluManager.toJSON) split for the model file (model-file.ts): its two
 * big parts as sections, the rest as JSON. With 13.5k examples the network's weights
 * (61 intents x 9k words) were 4.3 MB of JSON numbers and the exact-match dictionary
 * (`stemDict`, 24k stemmed sentences) 2.2 MB of small objects: parsing them was a third of the
 * intent model's load (issue 12 budgets 300 ms). Each network's weights are Float32 as NLP.js
 * keeps them, so the values are the very ones the JSON numbers parsed to.
 * `featuresToIntent` is left out: NLP.js writes it when training and never reads it to
 * classify; unpackNlu rebuilds it as training does, for scripts that want the whole state.
 */
import type { NluManager } from "@nlpjs/nlu";
import { featureTable, tableRow } from "../../../tools/ml/feature-table.ts";
import type { Section } from "./model-file.ts";

interface NetworkJSON {
  settings: unknown;
  features?: string[];
  intents?: string[];
  /** Per intent: its weight for each feature, then its bias. */
  perceptrons?: ArrayLike<number>[];
}

interface DomainJSON {
  intentFeatures?: Record<string, Record<string, number>>;
  featuresToIntent?: Record<string, string[]>;
  neuralNetwork?: NetworkJSON;
  [key: string]: unknown;
}

interface DomainManagerJSON {
  stemDict: Record<string, { intent: string; domain: string }>;
  domains: Record<string, DomainJSON>;
  [key: string]: unknown;
}

export interface NluJSON {
  domainManagers: Record<string, DomainManagerJSON>;
  [key: string]: unknown;
}

/** What stays JSON: the state with the sectioned parts replaced by what rebuilds them. */
interface PackedNluHead {
  nlu: NluJSON;
  /** Per locale: the intents and domains the stem dictionary's entries point at. */
  stems: Record<string, { intents: string[]; domains: string[] }>;
  /** Per locale and domain: the network's intents and each one's bias. */
  networks: Record<string, Record<string, { intents: string[]; biases: number[] }>>;
}

export interface PackedNlu {
  head: PackedNluHead;
  sections: Record<string, Section>;
}

const stemsKey = (locale: string) => `nlu.${locale}.stems`;
const stemRefsKey = (locale: string) => `nlu.${locale}.stemRefs`;
const stemTableKey = (locale: string) => `nlu.${locale}.stemTable`;
const featuresKey = (locale: string, domain: string) => `nlu.${locale}.${domain}.features`;
const weightsKey = (locale: string, domain: string) => `nlu.${locale}.${domain}.weights`;

export function packNlu(nlu: NluJSON): PackedNlu {
  const sections: Record<string, Section> = {};
  const head: PackedNluHead = { nlu: { ...nlu, domainManagers: {} }, stems: {}, networks: {} };
  for (const [locale, dm] of Object.entries(nlu.domainManagers)) {
    const entries = Object.entries(dm.stemDict ?? {});
    const intents = [...new Set(entries.map(([, v]) => v.intent))];
    const domains = [...new Set(entries.map(([, v]) => v.domain))];
    const refs = new Uint16Array(entries.length * 2);
    entries.forEach(([, v], i) => {
      refs[2 * i] = intents.indexOf(v.intent);
      refs[2 * i + 1] = domains.indexOf(v.domain);
    });
    sections[stemsKey(locale)] = entries.map(([k]) => k);
    sections[stemRefsKey(locale)] = refs;
    // So the loaded dictionary is looked up in place rather than built (stemLookup).
    sections[stemTableKey(locale)] = featureTable(entries.map(([k]) => k));
    head.stems[locale] = { intents, domains };
    head.networks[locale] = {};
    const packedDomains: Record<string, DomainJSON> = {};
    for (const [name, d] of Object.entries(dm.domains)) {
      const { featuresToIntent: _, ...kept } = d;
      const net = d.neuralNetwork;
      if (net?.features && net.intents && net.perceptrons) {
        const n = net.features.length;
        const weights = new Float32Array(net.intents.length * n);
        net.perceptrons.forEach((p, i) => {
          for (let j = 0; j < n; j++) weights[i * n + j] = p[j]!;
        });
        sections[featuresKey(locale, name)] = net.features;
        sections[weightsKey(locale, name)] = weights;
        head.networks[locale]![name] = {
          intents: net.intents,
          biases: net.perceptrons.map((p) => p[n]!),
        };
        packedDomains[name] = { ...kept, neuralNetwork: { settings: net.settings } };
      } else packedDomains[name] = kept;
    }
    head.nlu.domainManagers[locale] = { ...dm, stemDict: {}, domains: packedDomains };
  }
  return { head, sections };
}

type StemDict = DomainManagerJSON["stemDict"];

/** The stem dictionary as a plain object. */
function stemDictOf(p: PackedNlu, locale: string): StemDict {
  const keys = p.sections[stemsKey(locale)] as string[];
  const dict: StemDict = {};
  keys.forEach((k, i) => {
    dict[k] = stemEntry(p, locale, i);
  });
  return dict;
}

function stemEntry(p: PackedNlu, locale: string, i: number): StemDict[string] {
  const refs = p.sections[stemRefsKey(locale)] as Uint16Array;
  const { intents, domains } = p.head.stems[locale]!;
  return { intent: intents[refs[2 * i]!]!, domain: domains[refs[2 * i + 1]!]! };
}

/**
 * The stem dictionary for classifying: NLP.js only ever reads `stemDict[key]` then (domain-manager.js
 * classifyByStemDict), so the stored lookup table (tools/ml/feature-table.ts) answers it; building a
 * 24k-key object took ~30 ms of the load. Keys it lacks read through to Object.prototype as a plain
 * object's do.
 */
export function stemLookup(p: PackedNlu, locale: string): StemDict {
  const keys = p.sections[stemsKey(locale)] as string[];
  const table = p.sections[stemTableKey(locale)] as Uint32Array;
  const find = (key: string): number => tableRow(table, keys, key);
  return new Proxy({} as StemDict, {
    get(target, key, receiver) {
      const i = typeof key === "string" ? find(key) : -1;
      return i >= 0 ? stemEntry(p, locale, i) : Reflect.get(target, key, receiver);
    },
    has: (target, key) => (typeof key === "string" && find(key) >= 0) || Reflect.has(target, key),
    ownKeys: () => [...keys],
    getOwnPropertyDescriptor(_, key) {
      const i = typeof key === "string" ? find(key) : -1;
      if (i < 0) return undefined;
      return { value: stemEntry(p, locale, i), writable: true, enumerable: true, configurable: true };
    },
  });
}

/** The network as NeuralNetwork.fromJSON reads it: each perceptron's row its weights then its bias. */
function networkOf(p: PackedNlu, locale: string, domain: string, settings: unknown): NetworkJSON {
  const features = p.sections[featuresKey(locale, domain)] as string[];
  const weights = p.sections[weightsKey(locale, domain)] as Float32Array;
  const { intents, biases } = p.head.networks[locale]![domain]!;
  const n = features.length;
  const perceptrons = intents.map((_, i) => {
    // Float64 holds the Float32 weights exactly and the bias (a double) too.
    const row = new Float64Array(n + 1);
    row.set(weights.subarray(i * n, (i + 1) * n));
    row[n] = biases[i]!;
    return row;
  });
  return { settings, features, intents, perceptrons };
}

/** As NLP.js's training derives it from `intentFeatures` (nlu.js prepareCorpus). */
function featuresToIntentOf(intentFeatures: DomainJSON["intentFeatures"]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [intent, features] of Object.entries(intentFeatures ?? {}))
    for (const f of Object.keys(features)) {
      if (!Object.hasOwn(out, f)) out[f] = [];
      out[f]!.push(intent);
    }
  return out;
}

/** The whole state as NluManager.toJSON gave it (perceptrons as Float64Array rows). */
export function unpackNlu(p: PackedNlu): NluJSON {
  const domainManagers: Record<string, DomainManagerJSON> = {};
  for (const [locale, dm] of Object.entries(p.head.nlu.domainManagers)) {
    const domains: Record<string, DomainJSON> = {};
    for (const [name, d] of Object.entries(dm.domains)) {
      const packed = p.head.networks[locale]?.[name];
      domains[name] = {
        ...d,
        featuresToIntent: featuresToIntentOf(d.intentFeatures),
        ...(packed ? { neuralNetwork: networkOf(p, locale, name, d.neuralNetwork?.settings) } : {}),
      };
    }
    domainManagers[locale] = { ...dm, stemDict: stemDictOf(p, locale), domains };
  }
  return { ...p.head.nlu, domainManagers };
}

/** NLP.js's internals restoreNlu reaches: each locale's domains, each domain's network. */
interface ManagerInternals {
  domainManagers: Record<
    string,
    { domains: Record<string, { neuralNetwork?: { fromJSON(json: NetworkJSON): void } }> }
  >;
}

/**
 * Loads the packed state into `manager` for classifying, without building what only training
 * reads (featuresToIntent): the same readings as manager.fromJSON(unpackNlu(p)).
 */
export function restoreNlu(manager: NluManager, p: PackedNlu): void {
  const domainManagers: Record<string, DomainManagerJSON> = {};
  for (const [locale, dm] of Object.entries(p.head.nlu.domainManagers))
    domainManagers[locale] = { ...dm, stemDict: stemLookup(p, locale) };
  // The networks come with their settings only; their weights are set below.
  manager.fromJSON({ ...p.head.nlu, domainManagers });
  const live = (manager as unknown as ManagerInternals).domainManagers;
  for (const [locale, nets] of Object.entries(p.head.networks))
    for (const domain of Object.keys(nets)) {
      const network = live[locale]?.domains[domain]?.neuralNetwork;
      if (!network) throw new Error(`NLP.js built no network for ${locale}/${domain}`);
      const settings = p.head.nlu.domainManagers[locale]!.domains[domain]!.neuralNetwork?.settings;
      network.fromJSON(networkOf(p, locale, domain, settings));
    }
}
