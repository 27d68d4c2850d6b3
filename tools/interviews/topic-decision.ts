/**
 * Whether the bank has a request's topic, learned instead of one cosine floor: a logistic
 * model over the best meaning score (cosine of the offline embedder), the best word-sense
 * coverage (topic-coverage.ts) of the candidates and that of their roles' vocabularies
 * (role-domains.ts: is the request at home in the domain the hit comes from), fitted by
 * tools/interviews/eval/fit-topic-model.ts on the dev half of evals/data/retrieval (topics the
 * bank has and topics it lacks); its threshold chosen by cross-validation there. A candidate
 * tagged with a skill the request names, or of a role it names, is evidence on its own.
 */
import { logOdds, sigmoid } from "../ml/logistic-regression.ts";
import { TOPIC_MODEL } from "./topic-model.ts";

export interface TopicSignals {
  vector: number;
  tags: number;
  role: number;
  coverage: number;
  domain: number;
}

/**
 * The decision's inputs for a set of candidates: best cosine, best coverage, best role-domain
 * coverage, and whether a short topic (one or two units, a phrase like "warehouse safety") is
 * split: no role's questions have all of its words, each word is at home in another domain.
 */
export function topicFeatures(signals: readonly TopicSignals[], units: number): number[] {
  const best = (pick: (s: TopicSignals) => number) => Math.max(0, ...signals.map(pick));
  const domain = best((s) => s.domain);
  const split = units <= 2 && domain < 1 ? 1 : 0;
  return [best((s) => s.vector), best((s) => s.coverage), domain, split];
}

/** P(the bank has the topic) from the candidates' signals (tags and roles aside). */
export function topicProbability(signals: readonly TopicSignals[], units: number): number {
  return sigmoid(logOdds(TOPIC_MODEL.decision, topicFeatures(signals, units)));
}

/**
 * `units`: how many units the topic has (topic-coverage.ts). `threshold` overrides the learned
 * one; 0 never finds the topic missing.
 */
export function bankHasTopic(
  hits: readonly { signals: TopicSignals }[],
  units: number,
  threshold?: number,
): boolean {
  if (hits.some((h) => h.signals.tags > 0 || h.signals.role > 0)) return true;
  return (
    topicProbability(
      hits.map((h) => h.signals),
      units,
    ) >= (threshold ?? TOPIC_MODEL.threshold)
  );
}

/** One question on the request's topic by the same decision (pages after the first keep only these). */
export function onTopic(hit: { signals: TopicSignals & { units?: number } }, threshold?: number): boolean {
  return bankHasTopic([hit], hit.signals.units ?? 3, threshold);
}
