/**
 * The requirement pieces of the reference ads (../shared, never copied into the repo), as the
 * analysis sees them: the job parser's requirement lines split into asks (splitAsks). Each piece
 * is named by ad id, its index among that ad's pieces, and a short hash of its text, so the
 * labelled measuring set (evals/data/ask-pieces/labels.jsonl) holds no ad text and a changed
 * parser or splitter shows up as a hash mismatch instead of a silently wrong label.
 */
import { createHash } from "node:crypto";
import { getTaxonomy } from "../../../data/taxonomy/index.ts";
import { parseJobPosting } from "../../jobs/parse.ts";
import { extractSkills } from "../../skills/extract.ts";
import { splitAsks } from "../requirements.ts";
import { loadPostings } from "./shared-data.ts";

export interface AskPiece {
  ad: string;
  index: number;
  hash: string;
  text: string;
  /** The ad's field as its metadata names it (industry, else role, else source). */
  field: string;
}

export const pieceHash = (text: string): string =>
  createHash("sha256").update(text.trim()).digest("hex").slice(0, 12);

/** Every requirement piece of every reference ad, or undefined when ../shared is absent. */
export function loadAskPieces(): AskPiece[] | undefined {
  const postings = loadPostings();
  if (!postings) return undefined;
  const graph = getTaxonomy();
  const pieces: AskPiece[] = [];
  for (const p of postings) {
    const job = parseJobPosting(p.text, (t) => extractSkills(t, { section: "job ad" }), graph);
    const texts = (job.requirementLines ?? []).flatMap((l) => splitAsks(l.text, graph));
    const field = p.meta?.industry || p.meta?.role || p.source || "unknown";
    texts.forEach((text, index) => {
      pieces.push({ ad: p.id, index, hash: pieceHash(text), text, field });
    });
  }
  return pieces;
}
