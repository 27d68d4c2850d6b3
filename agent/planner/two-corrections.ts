/**
 * Two facts corrected in one message: "actually I'm in Lyon and I have 7 years, not 5". Before,
 * one of them was applied (the place, read as context for a re-run) and the other dropped (lead's
 * new-user trial, issue 12). Each part is read by the reader of its own kind — a length of
 * experience by role-change-said.ts (the job held now, or the one just told, gets that length), a
 * place or any other preference by the one preference reader (tools/gap/stated-preferences.ts) —
 * and both are applied, each said back by its own tool's reply; the analysis in focus is then run
 * again with both.
 */
import { preferencesIn } from "../../tools/gap/stated-preferences.ts";
import type { Focus } from "../graph/focus.ts";
import type { PlannedCall } from "../tools/schemas.ts";
import { opensCorrection, withoutOpener } from "./correction-opener.ts";
import { correctedLength } from "./role-change-said.ts";
import { call, type Outcome } from "./types.ts";

/** Where one corrected fact ends and the next begins: "and", ";", in the chat's languages. */
const NEXT_FACT = /\s*;\s*|,?\s+(?:and|and also|also|plus|et|y|und|e|aur)\s+(?=\S)/iu;
/** A correction said without an opener: "…, not 5", "… pas 5", "… nicht 5", "… no 5", "… não 5". */
const TAKEN_BACK = /(?<![\p{L}])(?:not|pas|nicht|no|n[aã]o|nahi)\s+\d/iu;

/** "I'm in Lyon", "I live in Lyon", "I'm based in Lyon now": where the person is, and nothing else. */
const WHERE_I_AM =
  /^(?:i'?m|i am|im|i live|i'?m (?:based|living)|i moved|based|living|moved)\s+(?:now\s+)?(?:in|to|near)\s+[\p{L}][\p{L}' .-]{1,40}?(?:\s+now)?[.!]?$/iu;

/** The calls for one part: a corrected length of experience, else the preferences it states. */
function partCalls(part: string): PlannedCall[] {
  const months = correctedLength(part) ?? correctedLength(`actually ${part}`);
  if (months !== undefined) return [call("change_role", { months })];
  const preferences = preferencesIn(part);
  return Object.keys(preferences).length ? [call("set_preferences", preferences)] : [];
}

/** Every fact of a two- or three-part correction applied, or undefined when it is not one. */
export function correctionsInOne(raw: string, focus: Focus): Outcome | undefined {
  const text = raw.trim();
  if (!opensCorrection(text) && !TAKEN_BACK.test(text)) return undefined;
  const parts = withoutOpener(text)
    .split(NEXT_FACT)
    .filter((p) => p.trim());
  // "actually I'm in Lyon": one place corrected is where they are, never a target role.
  if (parts.length === 1 && opensCorrection(text) && WHERE_I_AM.test(parts[0]!.trim())) {
    const place = preferencesIn(parts[0]!);
    return Object.keys(place).length === 1 && place.desiredLocation
      ? {
          calls: [
            call("set_preferences", place),
            ...(focus.analysisId ? [call("reanalyze", { analysisId: focus.analysisId })] : []),
          ],
        }
      : undefined;
  }
  if (parts.length < 2 || parts.length > 3) return undefined;
  const each = parts.map(partCalls);
  // Every part must be read, or the message is something else ("actually I'm in Lyon and love it").
  if (each.some((c) => c.length === 0)) return undefined;
  const calls = each.flat();
  if (new Set(calls.map((c) => c.name)).size < 2 && !calls.every((c) => c.name === "set_preferences"))
    return undefined;
  return {
    calls: [...calls, ...(focus.analysisId ? [call("reanalyze", { analysisId: focus.analysisId })] : [])],
  };
}
