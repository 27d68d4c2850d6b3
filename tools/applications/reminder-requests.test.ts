/**
 * The day a reminder request names, read in the person's time zone: "friday", "in 3 days",
 * "next week" (chrono-node through dates.ts), 09:00 local when no hour is said.
 */
import { expect, it } from "vitest";
import { followUpTime } from "./reminder-requests.ts";

const local = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    hour12: false,
    timeZone,
  }).format(d);

// Thursday 3 December 2026, 22:30 in Chicago (already Friday 04:30 in UTC).
const THURSDAY_NIGHT_CHICAGO = new Date("2026-12-04T04:30:00Z");

it("reads the day in the person's zone, at 09:00 local", () => {
  expect(local(followUpTime("friday", THURSDAY_NIGHT_CHICAGO, "America/Chicago"), "America/Chicago")).toBe(
    "Fri, Dec 4, 09",
  );
  expect(
    local(followUpTime("in 3 days", THURSDAY_NIGHT_CHICAGO, "America/Chicago"), "America/Chicago"),
  ).toMatch(/^Sun, Dec 6/);
  expect(
    local(followUpTime("next week", THURSDAY_NIGHT_CHICAGO, "America/Chicago"), "America/Chicago"),
  ).toMatch(/Dec 10/);
});

it("a weekday said on that day after 09:00 is the same day next week, not an error", () => {
  const fridayAfternoon = new Date("2026-12-04T21:00:00Z"); // 15:00 in Chicago
  expect(local(followUpTime("friday", fridayAfternoon, "America/Chicago"), "America/Chicago")).toBe(
    "Fri, Dec 11, 09",
  );
});

it("something that is no day is refused with a clear message", () => {
  expect(() => followUpTime("someday maybe", THURSDAY_NIGHT_CHICAGO, "America/Chicago")).toThrow(
    /date|day|when/i,
  );
  expect(() => followUpTime("yesterday", THURSDAY_NIGHT_CHICAGO, "America/Chicago")).toThrow(/past/);
});
