/**
 * The retrieval evaluation set (evals/data/retrieval/queries.yaml): people's phrasings of
 * what they want to practise, with the bank questions that answer each one.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";

export const RETRIEVAL_SET_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../evals/data/retrieval/queries.yaml",
);

const querySchema = z.object({
  id: z.string(),
  split: z.enum(["dev", "test"]),
  query: z.string().min(3),
  role: z.string().optional(),
  /** Empty: the bank has nothing on the topic; the right answer is no question (and saying so). */
  relevant: z.array(z.string()),
});

export type RetrievalQuery = z.infer<typeof querySchema>;

/** A query about a topic the bank lacks. */
export const isOffBank = (q: { relevant: string[] }): boolean => q.relevant.length === 0;

export function loadRetrievalSet(file = RETRIEVAL_SET_FILE): RetrievalQuery[] {
  return z.object({ queries: z.array(querySchema) }).parse(parse(readFileSync(file, "utf8"))).queries;
}
