/**
 * Structured JSON logs (pino). Resume text and personal data never go to the log at
 * info level: log ids and counts, not content.
 */
import pino, { type Logger } from "pino";

export type { Logger } from "pino";

export function createLogger(level: string = "info", destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "careercraft" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ["req.headers.authorization", "req.headers.cookie", "*.password", "*.apiKey"],
        censor: "***",
      },
    },
    destination,
  );
}
