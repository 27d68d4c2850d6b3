/**
 * A reminder's day said in Spanish is kept: the English spelling fixes turned "miércoles" into
 * another word and only the hour was read, so "el miércoles a las 9" was set for today at 9
 * (trial14 §6). The day words reach the reminders service, which reads them in the person's zone.
 */
import { describe, expect, it } from "vitest";
import { parseFutureInstant } from "../../tools/applications/dates.ts";
import type { Focus } from "../graph/focus.ts";
import { TOOL_NAMES } from "../tools/schemas.ts";
import { understand } from "./understand.ts";

const TOOLS = new Set(TOOL_NAMES);
const FOCUS: Focus = { hasProfile: true };
/** Monday 7 December 2026, 10:00 in Madrid. */
const NOW = new Date("2026-12-07T09:00:00Z");

describe("a weekday with an accent in a reminder", () => {
  it.each([
    ["recuérdame llamar a la Clínica Roble el miércoles a las 9", "2026-12-09T08:00:00.000Z"],
    ["recuérdame escribirle a Ópticas Vera el sábado a las 11", "2026-12-12T10:00:00.000Z"],
  ])("%s is that day at that hour", async (text, due) => {
    const p = await understand(text, { focus: FOCUS, tracked: [], attachments: [], available: TOOLS });
    const when = p.calls.find((c) => c.name === "set_reminder")?.args.when;
    expect(typeof when).toBe("string");
    expect(parseFutureInstant(String(when), { now: NOW, timeZone: "Europe/Madrid" }).toISOString()).toBe(due);
  });
});
