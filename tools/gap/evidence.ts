/**
 * Evidence by meaning: each typed requirement (requirements.ts) is matched to the resume
 * line that best says the same thing — a title, a duty, a bullet, a skill, a degree, a
 * language — with the offline embedder (word meaning + spelling), and that line is quoted.
 * Spoken languages are checked against the languages the resume names (and the language it
 * is written in, for English). Vectors are cached by text, so a profile analysed against many
 * jobs, or a job against many profiles, is embedded once.
 */
import type { ProfileSnapshot, UserSkill } from "../../contract/profile.ts";
import { createOfflineEmbedder } from "../../data/embeddings/offline-embedder.ts";
import type { Embedder } from "../../data/embeddings/types.ts";
import { withoutInstructions } from "../jobs/signals.ts";
import { withoutKeywordLists } from "../resume/fields/prose-evidence.ts";
import { clearanceHeld } from "./clearance.ts";
import { acceptsPart, certificationNamedIn } from "./credentials-in-progress.ts";
import { degreeAskLevel, degreeHeld, degreeInstead } from "./degree-held.ts";
import { phraseMatch } from "./duty-match.ts";
import { heldCredential } from "./held-credential.ts";
import { heldWorkQuote, heldWorkSays } from "./held-work.ts";
import { KINDRED_SIMILARITY, type KindredRole, kindredRole } from "./kindred-trade.ts";
import { languageEvidence } from "./language-evidence.ts";
import { licenceOfKind } from "./licence-kind.ts";
import { backedByWork, hasEvidence } from "./match.ts";
import type { TypedRequirement } from "./requirements.ts";
import type { SkillGraph } from "./skill-graph.ts";
import { heldByTaxonomy, relatedByTaxonomy } from "./taxonomy-held.ts";
import { heldInTrade } from "./trade-evidence.ts";
import { askCoverage } from "./word-coverage.ts";

export interface EvidenceLine {
  text: string;
  source: "title" | "bullet" | "summary" | "skill" | "education" | "language" | "certification" | "project";
}

export interface RequirementEvidence {
  requirement: TypedRequirement;
  /** 0..1: how close the best resume line comes (cosine similarity, or 1/0 for languages). */
  similarity: number;
  /** The resume line quoted as evidence (absent when nothing came close). */
  quote?: string;
  met: boolean;
  /** Specificity-weighted share of the ask's words the resume covers (word-coverage.ts). */
  coverage?: number;
  /** The ask's specific words the resume does not cover. */
  missingWords?: string[];
  /** For a years ask: the years the person shows for it (years-asks.ts). */
  yearsHeld?: number;
  /** A trade's competence with only kindred work behind it (kindred-trade.ts): partly credited. */
  kindred?: KindredRole;
}

/** Every line of the resume that can evidence a requirement, each at most 300 characters. */
export function resumeLines(
  profile: ProfileSnapshot,
  keepSkill: (s: UserSkill) => boolean = () => true,
): EvidenceLine[] {
  const out: EvidenceLine[] = [];
  const add = (text: string | undefined, source: EvidenceLine["source"]) => {
    // A passage addressed to an AI ("this applicant meets every requirement") is reported
    // by the analysis, never quoted as evidence.
    const t = text && withoutInstructions(text).replace(/\s+/g, " ").trim();
    if (t && t.length >= 3) out.push({ text: t.slice(0, 300), source });
  };
  add(profile.headline, "summary");
  for (const s of (profile.summary ?? "").split(/(?<=[.!?])\s+/)) add(s, "summary");
  for (const e of profile.experience) {
    add([e.title, e.company].filter(Boolean).join(", "), "title");
    for (const b of e.bullets) add(b, "bullet");
  }
  for (const e of profile.education)
    add([e.degree, e.field, e.institution].filter(Boolean).join(", "), "education");
  for (const c of profile.certifications.filter((c) => !c.inProgress))
    add([c.name, c.issuer].filter(Boolean).join(", "), "certification");
  for (const p of profile.projects) add([p.name, p.description].filter(Boolean).join(": "), "project");
  for (const s of profile.skills) if (keepSkill(s)) add(s.name, "skill");
  // With the level written beside it ("German (B1)"): a language ask reads the level here.
  for (const l of profile.languages) {
    const level = profile.languageLevels?.[l];
    add(level ? `${l} (${level})` : l, "language");
  }
  return out;
}

/**
 * What a line says was done: a skills-section entry or a keyword run ("PyTorch, TensorFlow,
 * Spark, MLflow" appended to a paragraph) names skills without evidence, so it is left out;
 * otherwise keyword stuffing would raise an ask's coverage and turn UNFIT into FIT.
 */
export function evidenceText(line: EvidenceLine): string {
  return line.source === "skill" ? "" : withoutKeywordLists(line.text);
}

let shipped: Embedder | undefined;

/** The embedder that ships with the project (loaded on first use, about half a second). */
export function shippedEmbedder(): Embedder {
  shipped ??= createOfflineEmbedder();
  return shipped;
}

const CACHE_LIMIT = 20_000;
const vectorCache = new Map<string, number[]>();
let cacheOwner: string | undefined;

/** Vectors for texts, cached by embedder id and text (insertion-ordered eviction keeps it bounded). */
export function vectorsFor(embedder: Embedder, texts: readonly string[]): number[][] {
  if (!embedder.embedSync) throw new Error("evidence by meaning needs an in-process embedder");
  if (cacheOwner !== embedder.id) {
    vectorCache.clear();
    cacheOwner = embedder.id;
  }
  const missing = [...new Set(texts.filter((t) => !vectorCache.has(t)))];
  if (missing.length > 0) {
    const vectors = embedder.embedSync(missing);
    missing.forEach((t, i) => {
      vectorCache.set(t, vectors[i]!);
    });
    while (vectorCache.size > CACHE_LIMIT) vectorCache.delete(vectorCache.keys().next().value!);
  }
  return texts.map((t) => vectorCache.get(t)!);
}

/** Vectors are unit length: the dot product is the cosine. */
export function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/**
 * Similarity at which a requirement counts as evidenced; below it partial credit falls to 0
 * at SIMILARITY_NONE. Placed between the similarities of requirements the outside dev pairs
 * mark met and those they mark missing (tools/gap/eval/fit-verdict.ts prints both).
 */
export const SIMILARITY_MET = 0.6;
export const SIMILARITY_NONE = 0.3;

export function partialCredit(similarity: number): number {
  if (similarity >= SIMILARITY_MET) return 1;
  if (similarity <= SIMILARITY_NONE) return 0;
  return (similarity - SIMILARITY_NONE) / (SIMILARITY_MET - SIMILARITY_NONE);
}

/** Similarity given to an ask that names a skill the person holds (or a narrower one): a taxonomy match. */
export const TAXONOMY_SIMILARITY = 0.9;
const TAXONOMY_TYPES = new Set<TypedRequirement["type"]>(["duty", "licence"]);

/**
 * The line to quote for an ask met through the taxonomy: of the held skills' evidence, the
 * line closest in meaning to the ask (a nurse's "Monitored vital signs…" bullet for "assess
 * patient health problems", not the summary that first named nursing); the first without vectors.
 */
function bestQuote(
  hits: UserSkill[],
  askVector: number[] | undefined,
  embedder: Embedder | undefined,
): string {
  const lines = [...new Set(hits.map((s) => s.evidence[0] ?? s.name))];
  if (!askVector || !embedder?.embedSync || lines.length < 2) return lines[0]!;
  const vectors = vectorsFor(embedder, lines);
  let at = 0;
  vectors.forEach((v, i) => {
    if (dot(askVector, v) > dot(askVector, vectors[at]!)) at = i;
  });
  return lines[at]!;
}

/**
 * The line to quote for an ask met through the taxonomy: the held skill's line, unless another
 * resume line reads closer to the ask (a nurse's "Gave medications and dressed wounds…" for
 * "Medication administration", not "Taught patients and families how to manage care at
 * home.", the line a held patient-care skill was read from): the quote should be the line a
 * reader would check.
 */
function closerLine(
  skillLine: string,
  closest: string | undefined,
  closestSimilarity: number,
  askVector: number[] | undefined,
  embedder: Embedder | undefined,
): string {
  if (!closest || closest === skillLine || !askVector || !embedder?.embedSync) return skillLine;
  return closestSimilarity > dot(askVector, vectorsFor(embedder, [skillLine])[0]!) ? closest : skillLine;
}

export function findEvidence(
  requirements: TypedRequirement[],
  profile: ProfileSnapshot,
  graph: SkillGraph,
  embedder: Embedder | undefined,
  held: UserSkill[] = profile.skills,
  /** A described role's occupation: its duties may be met by a held role's usual work (held-work.ts). */
  described?: string,
): RequirementEvidence[] {
  // A soft skill only named ("Communication, Teamwork" in a list) is no evidence of the trait an
  // ask describes: read by meaning, the bare name came close to "strong communication skills"
  // and turned a stuffed one-paragraph resume from UNFIT into FIT. Shown in a duty it counts
  // through that line (and soft-skills.ts quotes it); a listed tool's name still reads as a line.
  const lines = resumeLines(profile, (s) => hasEvidence(s) || graph.get(s.skillId)?.type !== "soft");
  // Similarity by meaning reads evidence only: a listed-only skill must not raise an ask's coverage.
  // A skills-section entry reads as evidence only when something stands behind it (a role,
  // project, certificate or stated years): a listed-only "Jasmine" read 0.53 for "Testing with
  // Jasmine or similar", so a keyword list appended to a resume raised the ask's coverage.
  const backed = new Set(held.filter(backedByWork).map((s) => s.name.toLowerCase()));
  const texts = lines.map((l) =>
    l.source === "skill" ? (backed.has(l.text.toLowerCase()) ? l.text : "") : evidenceText(l),
  );
  // What the roles say in prose: a skills-section name is no duty done.
  const prose = texts.map((t, i) => (lines[i]!.source === "skill" ? "" : t));
  const lineVectors = embedder?.embedSync
    ? vectorsFor(
        embedder,
        texts.map((t, i) => t || lines[i]!.text),
      )
    : [];
  const asks = requirements.filter((r) => r.type !== "language").map((r) => r.text);
  const askVectors = embedder?.embedSync ? vectorsFor(embedder, asks) : [];
  const askVector = new Map(asks.map((t, i) => [t, askVectors[i]]));
  const read = (requirement: TypedRequirement): RequirementEvidence => {
    if (requirement.type === "language") return languageEvidence(requirement, profile, lines, graph);
    // A clearance is met only by a clearance at that level or above, stated on the resume.
    if (requirement.type === "clearance" && requirement.clearance) {
      const quote = clearanceHeld(
        requirement.clearance,
        lines.filter((l) => l.source !== "skill").map((l) => l.text),
      );
      return quote
        ? { requirement, similarity: 1, met: true, quote }
        : { requirement, similarity: 0, met: false };
    }
    // A licence is met by that licence only, never by a line that merely reads alike.
    if (requirement.type === "licence" && requirement.credential) {
      // "Part or fully qualified ACCA": the ad accepts one being worked towards (credentials-in-progress.ts).
      const partToo = acceptsPart(requirement.text);
      // A licence of a known kind is met by its kind (licence-kind.ts) or by the credential's own
      // names (a role's "staff nurse"), never by a likeness: no embedder for the by-name check.
      const ofKind = licenceOfKind(requirement.text, profile, lines);
      const licence =
        (ofKind
          ? (ofKind.quote ?? heldCredential(requirement.credential, profile, lines, graph, undefined))
          : (heldCredential(requirement.credential, profile, lines, graph, embedder) ??
            (partToo ? certificationNamedIn(requirement.text, profile.certifications, graph) : undefined))) ??
        degreeInstead(requirement.text, profile);
      return licence
        ? { requirement, similarity: TAXONOMY_SIMILARITY, met: true, quote: licence }
        : { requirement, similarity: 0, met: false };
    }
    // A degree ask naming its level is decided by the degrees held (degree-held.ts), not by a
    // line that reads alike ("BSc Mechanical Engineering" is no PhD in it).
    const degree = requirement.type === "degree" ? degreeHeld(requirement.text, profile) : undefined;
    if (degree !== undefined)
      return degree.met
        ? { requirement, similarity: TAXONOMY_SIMILARITY, met: true, quote: degree.quote }
        : { requirement, similarity: 0, met: false };
    const v = askVector.get(requirement.text);
    let best = -1;
    let at = -1;
    if (v)
      lineVectors.forEach((lv, i) => {
        if (texts[i]!.length < 3) return;
        const s = dot(v, lv);
        if (s > best) {
          best = s;
          at = i;
        }
      });
    // A short duty ask read word by word too (duty-match.ts): the embedder averages a long
    // bullet into a blur, so "handle cargo" read "checked incoming freight" only 0.35.
    const phrase = requirement.type === "duty" ? phraseMatch(requirement.text, prose) : undefined;
    if (phrase && phrase.similarity > best) [best, at] = [phrase.similarity, phrase.at];
    const words = askCoverage(profile, requirement.text);
    const coverage = words.coverage !== undefined ? { coverage: words.coverage } : {};
    // Holding a skill the ask names meets a duty or a licence, not years or a degree in it:
    // "postdoctoral level, 3+ years of research and teaching" is not met by teaching alone.
    const byTaxonomy = TAXONOMY_TYPES.has(requirement.type) ? heldByTaxonomy(requirement, held, graph) : [];
    if (byTaxonomy.length > 0 && best < TAXONOMY_SIMILARITY)
      return {
        requirement,
        similarity: TAXONOMY_SIMILARITY,
        ...coverage,
        missingWords: words.missing,
        met: true,
        quote: closerLine(
          bestQuote(byTaxonomy, v, embedder),
          at >= 0 ? texts[at] : undefined,
          best,
          v,
          embedder,
        ),
      };
    // A relative of the named skill held (the taxonomy's related credit): partly met, at that credit.
    const related = best < SIMILARITY_MET ? relatedByTaxonomy(requirement, held, graph) : undefined;
    const byRelated = related ? SIMILARITY_NONE + related.credit * (SIMILARITY_MET - SIMILARITY_NONE) : 0;
    if (related && byRelated > best)
      return {
        requirement,
        similarity: Math.round(byRelated * 1000) / 1000,
        ...coverage,
        missingWords: words.missing,
        met: byRelated >= SIMILARITY_MET,
        quote: bestQuote([related.skill], v, embedder),
      };
    const similarity = Math.max(0, Math.round(best * 1000) / 1000);
    // Met by work held: a competence typical of a trade, by work in that trade (trade-evidence.ts),
    // or a described role's duty that a held role's occupation does (held-work.ts: a cashier's
    // "receive and disburse money" for a teller's "receive and pay out money").
    const work =
      similarity < SIMILARITY_MET
        ? (heldInTrade(requirement, profile) ??
          heldWorkQuote(heldWorkSays(requirement, profile, described, embedder)))
        : undefined;
    if (work)
      return {
        requirement,
        similarity: SIMILARITY_MET,
        ...coverage,
        missingWords: words.missing,
        met: true,
        quote: work,
      };
    const kindred =
      requirement.typicalOf && similarity < SIMILARITY_MET
        ? kindredRole(requirement.typicalOf, profile)
        : undefined;
    if (kindred)
      return {
        requirement,
        similarity: Math.max(similarity, KINDRED_SIMILARITY),
        ...coverage,
        missingWords: words.missing,
        met: false,
        quote: kindred.role,
        kindred,
      };
    return {
      requirement,
      similarity,
      ...coverage,
      missingWords: words.missing,
      met: similarity >= SIMILARITY_MET,
      ...(at >= 0 && similarity > SIMILARITY_NONE ? { quote: texts[at] } : {}),
    };
  };
  return requirements.map((requirement) => degreeHeldOrNot(read(requirement)));
}

/**
 * A degree ask naming its level is held or not: a line that reads somewhat like it, on a profile
 * whose degrees the reader could not place (degree-held.ts leaves such an ask to the lines), is
 * no part of a degree. Read partly, a profile showing no degree weighed better than one showing a
 * lower degree: a pasted "master's degree in …" the pasted guard rightly dropped took the parsed
 * degree's place and turned UNFIT into FIT (robustness dev.pasted).
 */
function degreeHeldOrNot(e: RequirementEvidence): RequirementEvidence {
  if (e.requirement.type !== "degree" || e.met || e.similarity === 0) return e;
  if (!degreeAskLevel(e.requirement.text)) return e;
  const { quote: _, ...rest } = e;
  return { ...rest, similarity: 0 };
}
