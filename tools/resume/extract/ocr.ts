/**
 * OCR with tesseract.js, strictly offline: the English model comes from the installed
 * @tesseract.js-data/eng package (langPath is a local folder, so tesseract reads the
 * file instead of fetching it) and nothing is cached to disk. One worker per process is
 * kept warm because loading the model costs far more than recognising a page.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { Worker } from "tesseract.js";
import { CareerCraftError } from "../../../data/errors.ts";

const require = createRequire(import.meta.url);

/** The installed English model folder (LSTM "best_int": small and fast). */
export function localLangPath(): string {
  const pkg = path.dirname(require.resolve("@tesseract.js-data/eng/package.json"));
  const dir = path.join(pkg, "4.0.0_best_int");
  if (!existsSync(path.join(dir, "eng.traineddata.gz"))) {
    throw new CareerCraftError(
      "config",
      "Reading scanned resumes needs the English OCR model, which is not installed. Run `npm install` and try again.",
    );
  }
  return dir;
}

let worker: Promise<Worker> | undefined;

function getWorker(): Promise<Worker> {
  if (worker) return worker;
  // Checked first so a missing model is reported as such, not as an engine failure.
  const langPath = localLangPath();
  // tesseract.js loads on the first OCR, not with every PDF parse (text PDFs never need it).
  worker = import("tesseract.js")
    .then(({ createWorker, OEM }) =>
      createWorker("eng", OEM.LSTM_ONLY, {
        langPath,
        cachePath: path.join(os.tmpdir(), "careercraft-ocr"),
        cacheMethod: "none",
        gzip: true,
      }),
    )
    .catch((error: unknown) => {
      worker = undefined;
      throw new CareerCraftError(
        "internal",
        "The OCR engine could not start, so scanned resumes cannot be read right now.",
        {
          cause: error,
        },
      );
    });
  return worker;
}

export interface OcrPage {
  text: string;
  /** Tesseract's mean word confidence, 0..100. */
  confidence: number;
}

export async function ocrImage(image: Buffer): Promise<OcrPage> {
  const w = await getWorker();
  const { data } = await w.recognize(image);
  return { text: data.text ?? "", confidence: data.confidence ?? 0 };
}

/** Stops the OCR worker (tests and short-lived CLI runs call this so the process can exit). */
export async function closeOcr(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await (await w).terminate();
}
