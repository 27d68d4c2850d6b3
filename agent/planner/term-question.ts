/**
 * "what does 'ghosted' mean in the tracker?": a question about one of the tracker's words,
 * answered in words (issue 12 dev misses: it listed the ghosted applications). Only the
 * application statuses are terms of ours; a score's name is explain_score's.
 */
import { type ApplicationStatus, parseStatus } from "../../tools/applications/status.ts";

const MEANING =
  /^(?:so\s+|and\s+)?(?:what|wht)\s*(?:does|do|'s|s|is)\s+(?:a\s+|an\s+|the\s+)?(?:status\s+)?["'“‘]?([a-z][a-z\s_-]{1,30}?)["'”’]?\s+(?:mean|stand for)\b/i;

/** The status a "what does X mean?" question asks about, if X is one. */
export function asksMeaningOfStatus(raw: string): ApplicationStatus | undefined {
  const term = MEANING.exec(raw.trim())?.[1];
  if (!term) return undefined;
  try {
    return parseStatus(term);
  } catch {
    return undefined;
  }
}
