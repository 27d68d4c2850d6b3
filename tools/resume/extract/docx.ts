/** DOCX -> text with mammoth, after the zip has passed the bomb checks. */
import mammoth from "mammoth";
import { CareerCraftError } from "../../../data/errors.ts";
import { assertSafeDocx, type DocxLimits } from "./zip-guard.ts";

export async function docxText(bytes: Buffer, limits: DocxLimits): Promise<string> {
  await assertSafeDocx(bytes, limits);
  try {
    const result = await mammoth.extractRawText({ buffer: bytes });
    return result.value;
  } catch (error) {
    throw new CareerCraftError(
      "corrupt_input",
      "This DOCX file could not be read; it may be damaged. Please save it again from your editor, or upload a PDF.",
      { cause: error },
    );
  }
}
