/**
 * Gold labels -> BIO tags for training: each labelled value is found in the token
 * sequence by its words (case aside), wherever it occurs, so the same gold fields label
 * the text of a resume and the text read back from its PDF alike. Longer values are
 * placed first; a token keeps the first label it gets. The name is tagged once.
 */
import { type Token, tokenize } from "./tokens.ts";

export type Field = "NAME" | "DESIG" | "COMP" | "DEG" | "COLL";
export const FIELDS: Field[] = ["NAME", "DESIG", "COMP", "DEG", "COLL"];
export const LABELS = ["O", ...FIELDS.flatMap((f) => [`B-${f}`, `I-${f}`])];

export function goldTags(tokens: Token[], gold: Partial<Record<Field, string[]>>): string[] {
  const tags = tokens.map(() => "O");
  const matches: { field: Field; at: number; length: number }[] = [];
  for (const field of FIELDS) {
    for (const value of gold[field] ?? []) {
      const words = tokenize(value).map((t) => t.lower);
      if (words.length === 0) continue;
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (words.every((w, k) => tokens[i + k]!.lower === w)) {
          matches.push({ field, at: i, length: words.length });
          if (field === "NAME") break;
        }
      }
    }
  }
  matches.sort((a, b) => b.length - a.length || a.at - b.at);
  for (const m of matches) {
    if (tags.slice(m.at, m.at + m.length).some((t) => t !== "O")) continue;
    for (let k = 0; k < m.length; k++) tags[m.at + k] = `${k === 0 ? "B" : "I"}-${m.field}`;
  }
  return tags;
}
