/**
 * The learned field labeller: tags the person's name, job titles, employers, degrees and
 * schools in resume text, however the text is laid out (lines, a wall of text, a PDF
 * that lost its double spaces). Trained on the labelled resumes' training split by
 * scripts/build-resume-labeller.ts into model.json; see tools/resume/README.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Field } from "./align.ts";
import { tokenFeatureParts } from "./features.ts";
import { readPackedModel } from "./packed.ts";
import { Perceptron, type TaggerModel } from "./perceptron.ts";
import { tokenize } from "./tokens.ts";

export const MODEL_PATH = fileURLToPath(new URL("./model.json", import.meta.url));
/** model.json packed by the compiled build (packed.ts); absent in the sources. */
export const PACKED_MODEL_PATH = fileURLToPath(new URL("./model.bin", import.meta.url));

export interface LabelledSpan {
  field: Field;
  text: string;
  start: number;
  end: number;
  /** Index of the span's first token: how far into the resume it is. */
  token: number;
}

let model: Perceptron | undefined;

function loaded(): Perceptron {
  if (model) return model;
  const packed = existsSync(PACKED_MODEL_PATH) ? readPackedModel(PACKED_MODEL_PATH) : undefined;
  model = packed
    ? Perceptron.fromPacked(packed.labels, packed.packed)
    : Perceptron.fromJSON(JSON.parse(readFileSync(MODEL_PATH, "utf8")) as TaggerModel);
  return model;
}

/** The labelled spans of a resume's text, in order. */
export function labelFields(text: string, tagger: Perceptron = loaded()): LabelledSpan[] {
  const tokens = tokenize(text);
  const tags = tagger.tagParts(tokenFeatureParts(tokens));
  const spans: LabelledSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i]!;
    if (tag === "O") continue;
    const field = tag.slice(2) as Field;
    const last = spans[spans.length - 1];
    if (tag.startsWith("I-") && last && last.field === field && tags[i - 1]?.endsWith(field)) {
      last.end = tokens[i]!.end;
      last.text = text.slice(last.start, last.end);
    } else
      spans.push({ field, start: tokens[i]!.start, end: tokens[i]!.end, text: tokens[i]!.text, token: i });
  }
  return spans;
}
