/**
 * One line of a roadmap week by its place on the card, as the chat tool and the REST API take
 * it: 1 = the first, -1 = the last (progress.ts resolves it).
 */
import { z } from "zod";

export const weekLineSchema = z
  .number()
  .int()
  .min(-1)
  .max(50)
  .refine((n) => n !== 0, "lines count from 1 (or -1 for the last)");
