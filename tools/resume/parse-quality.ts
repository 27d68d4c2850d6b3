/**
 * How much to trust a parse. Each core field contributes its own confidence; missing
 * ones pull the score down, so a resume that parsed poorly says so instead of passing a
 * half-empty profile off as complete.
 */

import type { ParsedText } from "./parse-text.ts";
import type { ParseQuality } from "./types.ts";

const WEIGHTS = { name: 0.15, email: 0.1, experience: 0.3, education: 0.2, skills: 0.15, sections: 0.1 };

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

export function scoreParse(
  parsed: ParsedText,
  flattened: boolean,
): { confidence: number; quality: ParseQuality; warning?: string } {
  const headed = parsed.sections.filter((s) => s.heading !== null).length;
  const parts = {
    name: parsed.contact.name?.confidence ?? 0,
    email: parsed.contact.email?.confidence ?? 0,
    experience: parsed.experience.length > 0 ? mean(parsed.experience.map((e) => e.confidence)) : 0,
    education: parsed.education.length > 0 ? mean(parsed.education.map((e) => e.confidence)) : 0,
    skills: Math.min(1, (parsed.skills.length + (parsed.softSkills?.length ?? 0)) / 3),
    sections: Math.min(1, headed / 3),
  };
  let confidence = Object.entries(WEIGHTS).reduce(
    (sum, [k, w]) => sum + w * parts[k as keyof typeof parts],
    0,
  );
  // Text whose line breaks were lost is harder to read: trust it a little less.
  if (flattened) confidence *= 0.9;
  if (!parsed.language.supported) confidence *= 0.6;
  if (parsed.text.length < 200) confidence *= 0.5;
  confidence = Math.round(confidence * 100) / 100;
  const quality: ParseQuality = confidence >= 0.7 ? "good" : confidence >= 0.45 ? "fair" : "poor";
  const missing = Object.entries(parts)
    .filter(([k, v]) => v === 0 && k !== "sections")
    .map(([k]) => k);
  const warning =
    quality === "poor"
      ? `This resume parsed poorly (confidence ${confidence}); please check the profile${missing.length ? ` - nothing was found for: ${missing.join(", ")}` : ""}.`
      : undefined;
  return { confidence, quality, warning };
}
