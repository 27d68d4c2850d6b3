/** Where the reference data sets live: ../shared/data beside the checkout (absent on a user's clone). */
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export function sharedDataDir(): string {
  return process.env.CAREERCRAFT_SHARED_DATA ?? path.resolve(root, "../shared/data");
}
