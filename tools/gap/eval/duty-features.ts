/**
 * Measured signals for matching a duty or kind-of-work ask to a resume by meaning (issue 13,
 * item 2), read by measure-duty-match.ts against the outside labels: the ask's core (its
 * lead-in cut) against the best single clause of a line, and against the typical work (O*NET
 * and ESCO duties, ESCO competences) of the occupations the held titles read as. Kept in eval/:
 * measured, none separated met from unmet asks better than the shipped whole-line cosine
 * (see the module's report and /work/notes/issue-13-evidence13q.md), so the analysis does not use them.
 */
import type { ProfileSnapshot } from "../../../contract/profile.ts";
import type { Embedder } from "../../../data/embeddings/types.ts";
import { getRoleExtras } from "../../../data/roles/extras.ts";
import { shippedOccupationReader } from "../../jobs/occupation-reader.ts";
import { askCore } from "../duty-match.ts";
import { dot, vectorsFor } from "../evidence.ts";
import { occupationCodesOf } from "../title-kinship.ts";

/**
 * A line's clauses: a bullet holds several duties ("Supervised a crew of 8 loading and unloading
 * trailers; kept dock schedules"), and one of them is the evidence. Cut at semicolons, commas
 * before a new verb-like word, dashes and bullets; pieces of under two words are kept with the line.
 */
export function clausesOf(line: string): string[] {
  const pieces = line
    .split(/\s*(?:;|•|·|\s[–—-]\s|,\s+(?=[a-z]+(?:ed|ing|s)\b))\s*/i)
    .map((p) => p.trim())
    .filter((p) => p.split(/\s+/).length >= 2);
  return pieces.length > 1 ? pieces : [];
}

export interface DutyFeatures {
  /** Cosine of the whole ask with the closest whole evidence line (what evidence.ts uses). */
  line: number;
  /** Cosine of the ask's core with the closest single clause or line. */
  clause: number;
  /** Share of the ask's specific words the resume covers (word-coverage.ts). */
  coverage: number;
  /** Cosine of the ask's core with the closest typical work of the held titles' occupations. */
  occupation: number;
  /** The best line's share of the ask's words, word by word with ESCO's swaps (duty-match.ts). */
  phrase: number;
}

/**
 * The best clause (or whole line) for the ask's core: its cosine and the text. `lines` are the
 * evidence texts (keyword runs and bare listings already left out by the caller).
 */
export function bestClause(
  embedder: Embedder,
  ask: string,
  lines: readonly string[],
): { similarity: number; text?: string } {
  const candidates = [...new Set(lines.flatMap((l) => (l.length >= 3 ? [l, ...clausesOf(l)] : [])))];
  if (candidates.length === 0) return { similarity: 0 };
  const [core, ...vectors] = vectorsFor(embedder, [askCore(ask), ...candidates]);
  let best = -1;
  let at = -1;
  vectors.forEach((v, i) => {
    const s = dot(core!, v);
    if (s > best) {
      best = s;
      at = i;
    }
  });
  return { similarity: Math.max(0, best), text: candidates[at] };
}

/** A title read by meaning names its occupation at or above this centroid cosine (else word for word only). */
const READ_AT = 0.6;

export interface HeldWork {
  /** "title, company" of the held role. */
  quote: string;
  /** The occupation's duty or competence closest to the ask. */
  work: string;
  similarity: number;
}

/** The dated roles' occupations with their typical work: duties and competences. */
function heldOccupations(profile: ProfileSnapshot): { quote: string; lines: string[] }[] {
  const extras = getRoleExtras().roles;
  const reader = shippedOccupationReader();
  return profile.experience
    .filter((e) => e.title && (e.start || e.end || e.current))
    .map((e) => {
      const read = reader?.fromTitle(e.title!);
      const codes = new Set([
        ...occupationCodesOf(e.title!),
        ...(read && read.score >= READ_AT ? [read.code] : []),
      ]);
      const lines = [...codes].flatMap((c) => [
        ...(extras[c]?.fieldAsks ?? []),
        ...(extras[c]?.duties ?? []),
        ...(extras[c]?.escoDuties ?? []),
      ]);
      return { quote: [e.title, e.company].filter(Boolean).join(", "), lines };
    })
    .filter((r) => r.lines.length > 0);
}

/** The held role whose occupation's typical work reads closest to the ask, with that cosine. */
export function heldOccupationWork(
  embedder: Embedder,
  profile: ProfileSnapshot,
  ask: string,
): HeldWork | undefined {
  let best: HeldWork | undefined;
  const [core] = vectorsFor(embedder, [askCore(ask)]);
  for (const role of heldOccupations(profile)) {
    const vectors = vectorsFor(embedder, role.lines);
    vectors.forEach((v, i) => {
      const s = dot(core!, v);
      if (!best || s > best.similarity) best = { quote: role.quote, work: role.lines[i]!, similarity: s };
    });
  }
  return best;
}
