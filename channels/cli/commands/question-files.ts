/** Files the questions commands read: a bank to import and a typed answer, size-checked before reading. */
import { readFileSync, statSync } from "node:fs";
import { CareerCraftError, isCareerCraftError, validationError } from "../../../data/errors.ts";
import { MAX_IMPORT_BYTES, tooLarge } from "../../../tools/interviews/import/decode.ts";

/** Checks size before reading so a 20 MB upload is refused without loading it. */
export function readImportFile(file: string): Buffer {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new CareerCraftError("validation", `${file} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (isCareerCraftError(error)) throw error;
    throw new CareerCraftError("not_found", `Cannot open ${file}: no such file.`);
  }
  if (size > MAX_IMPORT_BYTES) throw tooLarge(size);
  return readFileSync(file);
}

export function readAnswerFile(file: string): string {
  try {
    if (statSync(file).size > 100_000)
      throw validationError("The answer file is over 100 KB; an answer should be a few paragraphs.");
    return readFileSync(file, "utf8");
  } catch (error) {
    if (isCareerCraftError(error)) throw error;
    throw new CareerCraftError("not_found", `Cannot open ${file}: no such file.`);
  }
}
